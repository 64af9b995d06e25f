// The Insee's census variables a CTG diagnostic uses (bases "Évolution et structure de la population" and
// "Couples, familles, ménages"). The year is in the name: P19_POP is the population in 2019 ("P" for the main
// exploitation, "C" for the complementary one), so one file may hold several years of the same variable.
import { dictionaryOf, type Measure, THEMES, type VariableEntry } from "./open-data-measure.ts";

const { petiteEnfance, enfanceJeunesse, parentalite, accesAuxDroits, general } = THEMES;

const INSEE_VARIABLES: VariableEntry[] = [
  [["pop"], "population", "Population", general, "habitants"],
  [["pmen"], "population-menages", "Population des ménages", general, "habitants"],
  [["men"], "menages", "Ménages", general, "ménages"],
  [["pop0002"], "population-0-2", "Enfants de 0 à 2 ans", petiteEnfance, "enfants"],
  [["pop0305"], "population-3-5", "Enfants de 3 à 5 ans", enfanceJeunesse, "enfants"],
  [["pop0610"], "population-6-10", "Enfants de 6 à 10 ans", enfanceJeunesse, "enfants"],
  [["pop1117"], "population-11-17", "Jeunes de 11 à 17 ans", enfanceJeunesse, "jeunes"],
  [["pop1824"], "population-18-24", "Jeunes adultes de 18 à 24 ans", accesAuxDroits, "jeunes"],
  [["pop0014"], "population-0-14", "Enfants de 0 à 14 ans", enfanceJeunesse, "enfants"],
  [["pop1529"], "population-15-29", "Habitants de 15 à 29 ans", accesAuxDroits, "habitants"],
  [["fam"], "familles", "Familles", parentalite, "familles"],
  [["coupaenf"], "couples-avec-enfants", "Couples avec enfant(s)", parentalite, "familles"],
  [["coupsenf"], "couples-sans-enfant-insee", "Couples sans enfant", parentalite, "familles"],
  [["fammono"], "familles-monoparentales", "Nombre de familles monoparentales", parentalite, "familles"],
  [["hmono"], "peres-seuls", "Pères seuls avec enfant(s)", parentalite, "familles"],
  [["fmono"], "meres-seules", "Mères seules avec enfant(s)", parentalite, "familles"],
  [["ne24f0"], "familles-0-enfant", "Familles sans enfant de moins de 25 ans", parentalite, "familles"],
  [["ne24f1"], "familles-1-enfant", "Familles avec 1 enfant de moins de 25 ans", parentalite, "familles"],
  [["ne24f2"], "familles-2-enfants", "Familles avec 2 enfants de moins de 25 ans", parentalite, "familles"],
  [["ne24f3"], "familles-3-enfants", "Familles avec 3 enfants de moins de 25 ans", parentalite, "familles"],
  [["ne24f4p"], "familles-4-enfants", "Familles avec 4 enfants ou plus de moins de 25 ans", parentalite, "familles"],
];

const BY_STEM = dictionaryOf(INSEE_VARIABLES, { whole: true });
/** Every measure of the dictionary, each spelling once: stored indicators are found by their label. */
export const INSEE_MEASURES: readonly Measure[] = [...BY_STEM.values()];

/** p19_pop: "p", "19", "pop". */
const CENSUS_NAME = /^[pc](\d{2})_(.+)$/;

/** Whether a (folded) column name is an Insee census variable at all, known to the dictionary or not. */
export function isCensusName(name: string): boolean {
  return CENSUS_NAME.test(name);
}

/** The Insee's variable of that (folded) column name and its year, if the dictionary knows it. */
export function inseeVariable(name: string): { measure: Measure; year: number } | undefined {
  const [, yy, stem] = CENSUS_NAME.exec(name) ?? [];
  const measure = stem === undefined ? undefined : BY_STEM.get(stem);
  if (!measure || yy === undefined) return undefined;
  // The census started its yearly form in 2004; "99" is the 1999 census.
  const year = Number(yy) > 50 ? 1900 + Number(yy) : 2000 + Number(yy);
  return { measure, year };
}
