import { ficheById, type IndicatorFields, setIndicator, setIndicatorValue } from "@atelier/shared";
import type * as Y from "yjs";
import { newId } from "../spaces/secrets.ts";

/** The year the demo's story stops at: its first bilan, validated by the December 2022 COPIL. */
const MEASURED_YEAR = 2022;

interface DemoIndicator {
  fields: IndicatorFields;
  /**
   * What the 2022 bilan measured, for the actions it says ran that year (demo-bilan.ts); absent for those whose
   * calendar starts later (the crèche and the espace de vie sociale, in 2023).
   */
  measured2022?: number;
}

/**
 * The indicators of réalisation and résultat of each demo fiche, as the COPIL of 30 November 2021 validated the
 * evaluation method. The presentation of 9 June 2021 gives none: labels, targets and values are illustrative, and
 * each label says so, as the demo's cards, dates and bilan do. The 2022 values follow the 2022 bilan's words (four
 * villages, two weeks each; five groups met twice; the two fiches under way in the bilan the COPIL validated). Labels
 * are kept short enough for the evaluation's charts to show them whole, "illustratif" included.
 */
const DEMO_INDICATORS: Record<string, DemoIndicator[]> = {
  "Une crèche à vocation d'insertion professionnelle à Prades": [
    {
      fields: { label: "Places d'accueil ouvertes (illustratif)", kind: "realisation", unit: "places", target: 20 },
    },
    {
      fields: {
        label: "Parents en emploi ou formation (illustratif)",
        kind: "resultat",
        unit: "%",
        target: 60,
      },
    },
  ],
  "Un accueil de loisirs itinérant l'été": [
    {
      fields: {
        label: "Villages desservis dans l'été (illustratif)",
        kind: "realisation",
        unit: "villages",
        target: 6,
      },
      measured2022: 4,
    },
    {
      fields: {
        label: "Semaines d'accueil dans les villages (illustratif)",
        kind: "realisation",
        unit: "semaines",
        target: 12,
      },
      measured2022: 8,
    },
  ],
  "Un espace de vie sociale dans le haut Conflent": [
    {
      fields: {
        label: "Participants à l'écriture du projet social (illustratif)",
        kind: "realisation",
        unit: "habitants",
        target: 30,
      },
    },
    {
      fields: {
        label: "Familles venues aux activités (illustratif)",
        kind: "resultat",
        unit: "familles",
        target: 60,
      },
    },
  ],
  "Coordonner la CTG : 2,5 ETP de chargés de coopération": [
    {
      fields: {
        label: "Réunions des groupes thématiques (illustratif)",
        kind: "realisation",
        unit: "réunions",
        target: 10,
      },
      measured2022: 10,
    },
    {
      fields: {
        label: "Fiches au bilan validé en COPIL (illustratif)",
        kind: "resultat",
        unit: "fiches",
        target: 4,
      },
      measured2022: 2,
    },
  ],
};

/** Gives a demo fiche its indicators, without values: the plan the November 2021 COPIL validated. */
export function addDemoIndicators(doc: Y.Doc, ficheId: string, title: string): void {
  for (const { fields } of DEMO_INDICATORS[title] ?? []) setIndicator(doc, ficheId, newId(), fields);
}

/** Records what the 2022 bilan measured, once the year is over: the values are not in the version signed in 2021. */
export function measureDemoIndicators(doc: Y.Doc, fiches: ReadonlyMap<string, string>): void {
  for (const [title, indicators] of Object.entries(DEMO_INDICATORS)) {
    const ficheId = fiches.get(title);
    const fiche = ficheId ? ficheById(doc, ficheId) : undefined;
    if (!ficheId || !fiche) throw new Error(`La fiche d'exemple « ${title} » manque au plan.`);
    for (const { fields, measured2022 } of indicators) {
      const indicator = fiche.indicators.find((candidate) => candidate.label === fields.label);
      if (!indicator) throw new Error(`L'indicateur d'exemple « ${fields.label} » manque à sa fiche.`);
      if (measured2022 !== undefined) setIndicatorValue(doc, ficheId, indicator.id, MEASURED_YEAR, measured2022);
    }
  }
}
