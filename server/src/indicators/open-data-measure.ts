import { DEFAULT_THEMES } from "@atelier/shared";

/** What a column of an open-data file measures, and how the atelier shows it. */
export interface Measure {
  /** The same for every spelling of the variable (NB_Allocataires, indfoy_ndur): rates find their parts by it. */
  id: string;
  label: string;
  theme: string;
  unit: string;
  /** The Insee's census counts are estimates with decimals: shown as whole numbers once added up. */
  whole?: boolean;
}

function boardTheme(theme: string): string {
  if (!DEFAULT_THEMES.some((seed) => seed.theme === theme))
    throw new Error(`« ${theme} » n'est pas un thème par défaut.`);
  return theme;
}

/**
 * The default boards' themes, so that a board's panel shows its figures; the territory's overall figures (population,
 * allocataires, coverage) are "Général", as in the example data set, whose series they continue.
 */
export const THEMES = {
  petiteEnfance: boardTheme("Petite enfance"),
  enfanceJeunesse: boardTheme("Enfance-Jeunesse"),
  parentalite: boardTheme("Parentalité"),
  accesAuxDroits: boardTheme("Accès aux droits / Jeunes adultes"),
  vieSocialeLogement: boardTheme("Animation de la vie sociale / Logement"),
  general: "Général",
} as const;

/** A dictionary entry: the variable's spellings (lower case), then its measure. */
export type VariableEntry = [names: string[], id: string, label: string, theme: string, unit: string];

/** The dictionary as a lookup by lower-case name. */
export function dictionaryOf(entries: VariableEntry[], extra: Partial<Measure> = {}): Map<string, Measure> {
  const byName = new Map<string, Measure>();
  for (const [names, id, label, theme, unit] of entries)
    for (const name of names) byName.set(name, { id, label, theme, unit, ...extra });
  return byName;
}
