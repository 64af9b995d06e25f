// Figures an open-data file gives in parts: age bands added up, and the few rates a diagnostic quotes, computed where
// the same file holds their numerator and denominator. Kept small and explicit: each is a figure the Caf's
// diagnostics show.
import { INDICATOR_LEVELS, type IndicatorLevel } from "@atelier/shared";
import { type Measure, THEMES } from "./open-data-measure.ts";

export type LevelValues = Record<IndicatorLevel, number | null>;
/** Measure id → year → the territory's, the département's and France's values. */
export type FigureTable = Map<string, Map<number, LevelValues>>;
/**
 * Measure ids and years (`partialKey`) whose territory figure is a sum lacking some communes: too low to divide. A sum
 * derived from one is added to it.
 */
export type PartialSums = Set<string>;
export const partialKey = (measure: string, year: number) => `${measure}|${year}`;

interface Derivation {
  measure: Measure;
  parts: string[];
  combine: (values: number[]) => number | null;
  /** A sum of partial sums is one too (and is said to be); a rate of one would be wrong, and is not computed. */
  ofPartial: boolean;
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
    ofPartial: true,
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
    ofPartial: true,
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
    ofPartial: false,
  },
  {
    measure: { id: "part-bas-revenus", label: "Allocataires à bas revenus", theme: THEMES.accesAuxDroits, unit: "%" },
    parts: ["bas-revenus", "allocataires-ressources"],
    combine: rate,
    ofPartial: false,
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
    ofPartial: false,
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
    ofPartial: false,
  },
];

/**
 * Adds to `table`, level by level and year by year, each derived figure whose parts it holds; returns their measures.
 * A territory figure that is a partial sum is no part: the figure derived from it would be as wrong.
 */
export function addDerivedFigures(table: FigureTable, partial: PartialSums = new Set()): Measure[] {
  // Sums first: a rate may divide one.
  return [...SUMS, ...RATES].filter((derivation) => derive(table, derivation, partial)).map(({ measure }) => measure);
}

/** The parts of a derived sum, to say which communes it lacks. */
export const partsOf = (measure: string): string[] => SUMS.find((sum) => sum.measure.id === measure)?.parts ?? [];

/** The rates' parts, as a stored indicator names them, for the rates computed across files (stored-rates.ts). */
export const SUM_MEASURES: readonly Measure[] = SUMS.map(({ measure }) => measure);
export const RATE_PARTS: ReadonlySet<string> = new Set(RATES.flatMap(({ parts }) => parts));

/** Adds the rates alone (their parts already in `table`); returns each rate's measure and parts. */
export function addRates(table: FigureTable, partial: PartialSums): { measure: Measure; parts: string[] }[] {
  return RATES.filter((derivation) => derive(table, derivation, partial));
}

function derive(table: FigureTable, { measure, parts, combine, ofPartial }: Derivation, partial: PartialSums): boolean {
  const series = parts.map((part) => table.get(part));
  const [first] = series;
  if (table.has(measure.id) || !first || series.some((one) => one === undefined)) return false;
  const years = new Map<number, LevelValues>();
  for (const year of first.keys()) {
    const fromPartial = parts.some((part) => partial.has(partialKey(part, year)));
    const values = Object.fromEntries(
      INDICATOR_LEVELS.map((level) => {
        if (level === "territoire" && fromPartial && !ofPartial) return [level, null];
        const operands = series.map((one) => one?.get(year)?.[level] ?? null);
        return [level, operands.every((value) => value !== null) ? combine(operands as number[]) : null];
      }),
    ) as LevelValues;
    if (fromPartial && ofPartial && values.territoire !== null) partial.add(partialKey(measure.id, year));
    if (INDICATOR_LEVELS.some((level) => values[level] !== null)) years.set(year, values);
  }
  if (years.size === 0) return false;
  table.set(measure.id, years);
  return true;
}
