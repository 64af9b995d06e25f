import { type AmountRow, CAF_DISPOSITIFS, type CafDispositif, NATURES, type PlanReport } from "@atelier/shared";
import { t } from "../../i18n/text.ts";
import type { ChartRow } from "../evaluation/dashboard-data.ts";
import { financerLabel } from "./financer-words.ts";

export interface ChartSeries {
  label: string;
  tone: string;
}

export interface ChartData {
  series: ChartSeries[];
  rows: ChartRow[];
}

/** What is not said yet (a nature, a dispositif) is drawn grey; the rest take the chart's distinct hues. */
const tone = (index: number | null) => (index === null ? "proposee" : `year-${index}`);

const amountsByYear = (row: AmountRow<unknown>, years: readonly number[]) =>
  years.map((year) => row.byYear[String(year)] ?? 0);

/** Each year of the period, its money split by nature. */
export function byYearAndNature(report: PlanReport): ChartData {
  const natures = report.budget.byNature;
  return {
    series: natures.map((row) => ({
      label: row.key ? t.plan.financing.natures[row.key] : t.plan.financing.unsaid,
      tone: tone(row.key ? NATURES.indexOf(row.key) : null),
    })),
    rows: report.years.map((year) => ({
      label: String(year),
      values: natures.map((row) => row.byYear[String(year)] ?? 0),
    })),
  };
}

const yearSeries = (years: readonly number[]) =>
  years.map((year, index) => ({ label: String(year), tone: tone(index) }));

/** Each financer, its money split by year. */
export function byFinancerAndYear(report: PlanReport): ChartData {
  return {
    series: yearSeries(report.years),
    rows: report.budget.byFinancer.map((row) => ({
      label: financerLabel(row.financer),
      values: amountsByYear(row, report.years),
    })),
  };
}

/** Each axis (and the fiches without one), its money split by year. */
export function byAxisAndYear(report: PlanReport): ChartData {
  const titles = new Map(
    report.sections.flatMap((section, index) =>
      section.axis ? [[section.axis.id, t.plan.axisOption(index + 1, section.axis.title)] as const] : [],
    ),
  );
  return {
    series: yearSeries(report.years),
    rows: report.budget.byAxis.map((row) => ({
      label: (row.key && titles.get(row.key)) || t.plan.financing.noAxis,
      values: amountsByYear(row, report.years),
    })),
  };
}

/**
 * The Caf's existing financing, then what the plan has it pay each year, split by dispositif: the new money reads
 * against what is already there. A dispositif shows when either side uses it.
 */
export function cafAgainstBaseline(report: PlanReport): ChartData {
  const { baseline, budget } = report;
  const planned = new Map(budget.byDispositif.map((row) => [row.key, row]));
  const existing = new Map(baseline.byDispositif.map((row) => [row.dispositif, row.total]));
  const used = [...CAF_DISPOSITIFS, null].filter((key) => planned.has(key) || existing.has(key));
  const unsaidLabel = [
    ...(existing.has(null) ? [t.plan.financing.notBrokenDown] : []),
    ...(planned.has(null) ? [t.plan.financing.unsaid] : []),
  ].join(" / ");
  const series = used.map((key: CafDispositif | null) => ({
    label: key ? t.plan.financing.dispositifs[key] : unsaidLabel,
    tone: tone(key ? CAF_DISPOSITIFS.indexOf(key) : null),
  }));
  const rows: ChartRow[] = report.years.map((year) => ({
    label: t.plan.financing.planYear(year),
    values: used.map((key) => planned.get(key)?.byYear[String(year)] ?? 0),
  }));
  if (baseline.lines.length > 0) {
    rows.unshift({
      label: t.plan.financing.existing(baseline.year),
      values: used.map((key) => existing.get(key) ?? 0),
    });
  }
  return { series, rows };
}
