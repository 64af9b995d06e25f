import {
  type BudgetLine,
  type CafDispositif,
  type FinancerKind,
  financerName,
  formatEuros,
  type Nature,
} from "./budget-line.ts";

/**
 * The French words of the financing codes, as the documents for signature (DOCX, XLSX) print them and the French
 * interface shows them; the English interface has its own.
 */
export const FRENCH_FINANCING_WORDS = {
  financers: {
    caf: "Caf",
    epci: "EPCI",
    commune: "Commune",
    departement: "Département",
    msa: "MSA",
    etat: "État",
    cpam: "CPAM",
    "france-travail": "France Travail",
    autre: "Autre",
  } satisfies Record<FinancerKind, string>,
  natures: { fonctionnement: "Fonctionnement", investissement: "Investissement" } satisfies Record<Nature, string>,
  /** A line whose nature or dispositif is not said yet (lines written before they existed). */
  unsaid: "À préciser",
  dispositifs: {
    "prestation-de-service": "Prestation de service",
    "bonus-territoire-ctg": "Bonus territoire CTG",
    "fonds-publics-et-territoires": "Fonds publics et territoires",
    cej: "CEJ (en extinction)",
    "subvention-action-sociale": "Subvention d'action sociale",
    autre: "Autre dispositif",
  } satisfies Record<CafDispositif, string>,
  /** A baseline line that a source gives for several dispositifs at once. */
  notBrokenDown: "Non ventilé",
  noAxis: "Sans axe",
};

/** A budget line in one line of French text, for comparisons: "Caf (Bonus territoire CTG), fonctionnement, 2022 : 15 000,50 €". */
export function describeBudgetLine(line: BudgetLine): string {
  const words = FRENCH_FINANCING_WORDS;
  const financer = financerName(line.financer, words.financers);
  const dispositif = line.dispositif ? ` (${words.dispositifs[line.dispositif]})` : "";
  const nature = line.nature
    ? words.natures[line.nature].toLocaleLowerCase("fr")
    : words.unsaid.toLocaleLowerCase("fr");
  return `${financer}${dispositif}, ${nature}, ${line.year} : ${formatEuros(line.amount)}`;
}
