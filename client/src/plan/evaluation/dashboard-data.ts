import { FICHE_STATUSES, type Fiche, type Indicator } from "@atelier/shared";
import { t } from "../../i18n/text.ts";
import type { PlanSnapshot } from "../use-plan-snapshot.ts";

/** One bar of a chart: a label and one value per series (stacked). */
export interface ChartRow {
  label: string;
  values: number[];
}

function statusCounts(label: string, fiches: Fiche[]): ChartRow {
  return { label, values: FICHE_STATUSES.map((status) => fiches.filter((fiche) => fiche.status === status).length) };
}

/** Fiches by status, one bar per axis (and one for fiches still without an axis). */
export function statusesByAxis(snapshot: PlanSnapshot): ChartRow[] {
  return snapshot.report.sections.map((section, index) =>
    statusCounts(section.axis ? t.plan.axisOption(index + 1, section.axis.title) : t.plan.fiche.noAxis, section.fiches),
  );
}

/** Fiches by status, one bar per theme: a fiche on two themes counts in both. */
export function statusesByTheme(fiches: Fiche[]): ChartRow[] {
  const themes = [...new Set(fiches.flatMap((fiche) => fiche.themes))].sort((a, b) => a.localeCompare(b, "fr"));
  const rows = themes.map((theme) =>
    statusCounts(
      theme,
      fiches.filter((fiche) => fiche.themes.includes(theme)),
    ),
  );
  const without = fiches.filter((fiche) => fiche.themes.length === 0);
  return without.length > 0 ? [...rows, statusCounts(t.plan.dashboard.noTheme, without)] : rows;
}

export interface IndicatorProgress {
  fiche: Fiche;
  indicator: Indicator;
  /** The latest year with a measured value, and that value. */
  year: number;
  value: number;
  target: number;
}

/** Each indicator with a target and at least one measure: its latest value against its target. */
export function indicatorProgress(fiches: Fiche[]): IndicatorProgress[] {
  return fiches.flatMap((fiche) =>
    fiche.indicators.flatMap((indicator) => {
      const [latest] = Object.keys(indicator.values)
        .map(Number)
        .sort((a, b) => b - a);
      const value = latest === undefined ? undefined : indicator.values[String(latest)];
      if (latest === undefined || value === undefined || indicator.target === null || indicator.target === 0) return [];
      return [{ fiche, indicator, year: latest, value, target: indicator.target }];
    }),
  );
}
