// Figures an open-data file gives in parts: age bands added up, and the few rates a diagnostic quotes, computed where
// the same file holds their numerator and denominator. Kept small and explicit: each is a figure the Caf's
// diagnostics show.
import { INDICATOR_LEVELS, type IndicatorLevel } from "@atelier/shared";
import { type Measure, THEMES } from "./open-data-measure.ts";

export type LevelValues = Record<IndicatorLevel, number | null>;
/** Measure id → year → the territory's, the département's and France's values. */
export type FigureTable = Map<string, Map<number, LevelValues>>;

interface Derivation {
  measure: Measure;
  parts: string[];
  combine: (values: number[]) => number | null;
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
/** Percent, to one decimal, as the Caf's key figures show them. */
const rate = ([numerator = 0, denominator = 0]: number[]) =>
  denominator > 0 ? Math.round((numerator / denominator) * 1000) / 10 : null;

const SUMS: Derivation[] = [
  {
    measure: {
      id: "population-3-17",
      label: "Enfants et jeunes de 3 à 17 ans",
      theme: THEMES.enfanceJeunesse,
      unit: "enfants",
      whole: true,
    },
    parts: ["population-3-5", "population-6-10", "population-11-17"],
    combine: sum,
  },
  {
    measure: {
      id: "familles-3-enfants-plus",
      label: "Familles de 3 enfants ou plus de moins de 25 ans",
      theme: THEMES.parentalite,
      unit: "familles",
      whole: true,
    },
    parts: ["familles-3-enfants", "familles-4-enfants"],
    combine: sum,
  },
];

/** Labelled as the example data set labels them, so that an import continues the same series. */
const RATES: Derivation[] = [
  {
    measure: {
      id: "part-couverte",
      label: "Part de la population couverte par la Caf",
      theme: THEMES.general,
      unit: "%",
    },
    parts: ["personnes-couvertes", "population"],
    combine: rate,
  },
  {
    measure: { id: "part-bas-revenus", label: "Allocataires à bas revenus", theme: THEMES.accesAuxDroits, unit: "%" },
    parts: ["bas-revenus", "allocataires-ressources"],
    combine: rate,
  },
  {
    measure: {
      id: "part-monoparentales",
      label: "Part des familles monoparentales",
      theme: THEMES.parentalite,
      unit: "%",
    },
    parts: ["familles-monoparentales", "familles"],
    combine: rate,
  },
  {
    measure: {
      id: "part-nombreuses",
      label: "Part des familles de 3 enfants ou plus",
      theme: THEMES.parentalite,
      unit: "%",
    },
    parts: ["familles-3-enfants-plus", "familles"],
    combine: rate,
  },
];

/** Adds to `table`, level by level and year by year, each derived figure whose parts it holds; returns their measures. */
export function addDerivedFigures(table: FigureTable): Measure[] {
  // Sums first: a rate may divide one.
  return [...SUMS, ...RATES].filter((derivation) => derive(table, derivation)).map(({ measure }) => measure);
}

function derive(table: FigureTable, { measure, parts, combine }: Derivation): boolean {
  const series = parts.map((part) => table.get(part));
  const [first] = series;
  if (table.has(measure.id) || !first || series.some((one) => one === undefined)) return false;
  const years = new Map<number, LevelValues>();
  for (const year of first.keys()) {
    const values = Object.fromEntries(
      INDICATOR_LEVELS.map((level) => {
        const operands = series.map((one) => one?.get(year)?.[level] ?? null);
        return [level, operands.every((value) => value !== null) ? combine(operands as number[]) : null];
      }),
    ) as LevelValues;
    if (INDICATOR_LEVELS.some((level) => values[level] !== null)) years.set(year, values);
  }
  if (years.size === 0) return false;
  table.set(measure.id, years);
  return true;
}
