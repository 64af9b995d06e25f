import type * as Y from "yjs";
import { type CafBaseline, readCafBaseline } from "./caf-baseline.ts";
import type { Fiche } from "./fiche.ts";
import { FICHE_STATUS_LABELS, type PlanNames } from "./fiche-words.ts";
import { type BaselineTotals, baselineTotals, type FinancingTotals, financingTotals } from "./financing.ts";
import { type Axis, listAxes, listFiches, listObjectives, type Objective } from "./plan-document.ts";
import { type Period, periodYears } from "./space.ts";

export interface PlanSection {
  /** null: fiches not yet placed under an axis. */
  axis: Axis | null;
  objectives: Objective[];
  fiches: Fiche[];
}

export interface PlanReport {
  years: number[];
  sections: PlanSection[];
  /** The plan's money: totals per year, financer, nature, Caf dispositif and axis. */
  budget: FinancingTotals;
  /** What the Caf already pays on the territory, which the plan's new money reads against. */
  baseline: CafBaseline & BaselineTotals;
  /** The follow-up table: one row per fiche and indicator (a fiche without indicator has one empty row). */
  followUp: FollowUpRow[];
  /** What the fiches' fields name by id or code, for reading them as text (frenchFicheWords). */
  names: PlanNames;
}

export interface FollowUpRow {
  ficheId: string;
  axis: string;
  fiche: string;
  status: string;
  pilot: string;
  indicator: string;
  kind: string;
  unit: string;
  target: number | null;
  values: Record<string, number | null>;
}

/**
 * Everything an export or a dashboard shows of a plan, computed once from the document; `communes` are the space's
 * territory, whose names the fiches' communes are read with.
 */
export function planReport(doc: Y.Doc, period: Period, communes: PlanNames["communes"]): PlanReport {
  const years = periodYears(period);
  const fiches = listFiches(doc);
  const axes = listAxes(doc);
  const known = new Set(axes.map((axis) => axis.id));
  const sections: PlanSection[] = axes.map((axis) => ({
    axis,
    objectives: listObjectives(doc, axis.id),
    fiches: fiches.filter((fiche) => fiche.axisId === axis.id),
  }));
  const unplaced = fiches.filter((fiche) => fiche.axisId === null || !known.has(fiche.axisId));
  if (unplaced.length > 0) sections.push({ axis: null, objectives: [], fiches: unplaced });

  const budget = financingTotals(
    sections.flatMap((section) =>
      section.fiches.flatMap((fiche) => fiche.budget.map((line) => ({ ...line, axisId: section.axis?.id ?? null }))),
    ),
    years,
    axes.map((axis) => axis.id),
  );
  const baseline = readCafBaseline(doc);

  const followUp = sections.flatMap((section) =>
    section.fiches.flatMap((fiche): FollowUpRow[] => {
      const base = {
        ficheId: fiche.id,
        axis: section.axis?.title ?? "Sans axe",
        fiche: fiche.title,
        status: FICHE_STATUS_LABELS[fiche.status],
        pilot: fiche.pilot,
      };
      if (fiche.indicators.length === 0) {
        return [{ ...base, indicator: "", kind: "", unit: "", target: null, values: emptyYears(years) }];
      }
      return fiche.indicators.map((indicator) => ({
        ...base,
        indicator: indicator.label,
        kind: indicator.kind === "realisation" ? "Réalisation" : "Résultat",
        unit: indicator.unit,
        target: indicator.target,
        values: Object.fromEntries(years.map((year) => [String(year), indicator.values[String(year)] ?? null])),
      }));
    }),
  );
  const names = { axes, objectives: listObjectives(doc), communes };
  return { years, sections, budget, baseline: { ...baseline, ...baselineTotals(baseline) }, followUp, names };
}

function emptyYears(years: number[]): Record<string, null> {
  return Object.fromEntries(years.map((year) => [String(year), null]));
}
