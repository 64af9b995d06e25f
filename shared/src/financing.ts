import {
  type BudgetLine,
  CAF_DISPOSITIFS,
  type CafDispositif,
  type Financer,
  financerKey,
  NATURES,
  type Nature,
  toCents,
} from "./budget-line.ts";
import type { CafBaseline } from "./caf-baseline.ts";

/** A budget line with the axis of its fiche (null: a fiche not yet placed), as the totals need it. */
export interface FinancedLine extends BudgetLine {
  axisId: string | null;
}

/** One row of a total: its amount for each year and over the whole period, in euros with their cents. */
export interface AmountRow<K> {
  key: K;
  byYear: Record<string, number>;
  total: number;
}

export interface FinancingTotals {
  total: number;
  byYear: Record<string, number>;
  /** Largest first. */
  byFinancer: (AmountRow<string> & { financer: Financer })[];
  /** In the order of NATURES, then the lines whose nature is not said yet (null). */
  byNature: AmountRow<Nature | null>[];
  /** The Caf's lines only, in the order of CAF_DISPOSITIFS, then those whose dispositif is not said yet. */
  byDispositif: AmountRow<CafDispositif | null>[];
  /** In the order of `axisOrder`, then the fiches without an axis (null). */
  byAxis: AmountRow<string | null>[];
}

/** Sums per key and year in whole cents, and answers each row in euros. */
function group<K>(lines: readonly FinancedLine[], keyOf: (line: FinancedLine) => K): Map<K, AmountRow<K>> {
  const cents = new Map<K, Map<string, number>>();
  for (const line of lines) {
    const key = keyOf(line);
    const years = cents.get(key) ?? new Map<string, number>();
    const year = String(line.year);
    years.set(year, (years.get(year) ?? 0) + toCents(line.amount));
    cents.set(key, years);
  }
  const rows = new Map<K, AmountRow<K>>();
  for (const [key, years] of cents) {
    let total = 0;
    const byYear: Record<string, number> = {};
    for (const [year, amount] of years) {
      byYear[year] = amount / 100;
      total += amount;
    }
    rows.set(key, { key, byYear, total: total / 100 });
  }
  return rows;
}

function inOrder<K>(rows: Map<K, AmountRow<K>>, order: readonly K[]): AmountRow<K>[] {
  return [...order, null as K].flatMap((key) => {
    const row = rows.get(key);
    return row ? [row] : [];
  });
}

/**
 * The plan's money per year, per financer, per nature, per Caf dispositif and per axis. Every year of `years` has a
 * total (0 when nothing is planned), and so has any other year a line names.
 */
export function financingTotals(
  lines: readonly FinancedLine[],
  years: readonly number[],
  axisOrder: readonly string[],
): FinancingTotals {
  const all = group(lines, () => "all").get("all");
  const byYear: Record<string, number> = Object.fromEntries(years.map((year) => [String(year), 0]));
  for (const [year, amount] of Object.entries(all?.byYear ?? {})) byYear[year] = amount;
  const firstFinancer = new Map<string, Financer>();
  for (const line of lines) {
    const key = financerKey(line.financer);
    if (!firstFinancer.has(key)) firstFinancer.set(key, line.financer);
  }
  const byFinancer = [...group(lines, (line) => financerKey(line.financer)).values()]
    .map((row) => ({ ...row, financer: firstFinancer.get(row.key) as Financer }))
    .sort((a, b) => b.total - a.total || a.key.localeCompare(b.key, "fr"));
  return {
    total: all?.total ?? 0,
    byYear,
    byFinancer,
    byNature: inOrder(
      group(lines, (line) => line.nature),
      NATURES,
    ),
    byDispositif: inOrder(
      group(
        lines.filter((line) => line.financer.kind === "caf"),
        (line) => line.dispositif,
      ),
      CAF_DISPOSITIFS,
    ),
    byAxis: inOrder(
      group(lines, (line) => (line.axisId !== null && axisOrder.includes(line.axisId) ? line.axisId : null)),
      axisOrder,
    ),
  };
}

export interface BaselineTotals {
  total: number;
  /** In the order of CAF_DISPOSITIFS, then the lines not broken down by dispositif (null). */
  byDispositif: { dispositif: CafDispositif | null; total: number }[];
}

/** The Caf's existing financing, in total and per dispositif. */
export function baselineTotals(baseline: CafBaseline): BaselineTotals {
  const cents = new Map<CafDispositif | null, number>();
  for (const line of baseline.lines)
    cents.set(line.dispositif, (cents.get(line.dispositif) ?? 0) + toCents(line.amount));
  return {
    total: [...cents.values()].reduce((sum, amount) => sum + amount, 0) / 100,
    byDispositif: [...CAF_DISPOSITIFS, null].flatMap((dispositif) => {
      const amount = cents.get(dispositif);
      return amount === undefined ? [] : [{ dispositif, total: amount / 100 }];
    }),
  };
}
