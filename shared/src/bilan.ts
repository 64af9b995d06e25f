import { z } from "zod/mini";
import { EurosSchema, sumEuros } from "./budget-line.ts";
import type { Fiche, IndicatorKind } from "./fiche.ts";
import { type BilanFiche, bilanFiches } from "./fiche-calendar.ts";
import type { Meeting } from "./governance.ts";
import type { IndicatorView } from "./indicator.ts";
import { seriesOf } from "./indicator-series.ts";
import { type ProblemSubject, problem } from "./problems.ts";
import { type Period, periodYears } from "./space.ts";
import { objectErrors } from "./validation.ts";
import { bilanYear } from "./yearly-evaluation.ts";

/** Where a fiche action stands at the yearly bilan, as the COPIL reads it. */
export const BILAN_PROGRESS = ["realisee", "en-cours", "reportee", "abandonnee", "reorientee"] as const;
export type BilanProgress = (typeof BILAN_PROGRESS)[number];

/** A fiche the bilan of the year does not speak of yet. */
export const NOT_ASSESSED = "non-renseignee" as const;
/** What a count of the fiches' progress counts, in the order the bilan shows them. */
export const PROGRESS_COUNTED = [...BILAN_PROGRESS, NOT_ASSESSED] as const;
export type ProgressCounts = Record<(typeof PROGRESS_COUNTED)[number], number>;

const text = (field: ProblemSubject, max: number) =>
  z._default(
    z.string({ error: problem("notText", field) }).check(z.trim(), z.maxLength(max, problem("tooLong", field))),
    "",
  );

/** What the bilan says of one fiche for one year. */
export const BilanEntryInputSchema = z.strictObject(
  {
    progress: z.enum(BILAN_PROGRESS, { error: problem("bilanProgressUnknown") }),
    assessment: text("assessment", 2_000),
    difficulties: text("difficulties", 5_000),
    adjustments: text("adjustments", 5_000),
    /** What the fiche cost that year, all financers together, as the pilot's accounts say; null: not said yet. */
    spent: z._default(z.nullable(EurosSchema), null),
  },
  {
    error: objectErrors("bilanEntryNotObject"),
  },
);
export type BilanEntryInput = z.input<typeof BilanEntryInputSchema>;
export type BilanEntryFields = z.output<typeof BilanEntryInputSchema>;

export interface BilanEntry extends BilanEntryFields {
  ficheId: string;
  year: number;
  updatedAt: number;
}

/** A year of the bilan, as the address gives it: one of the space's period. */
export function bilanYearSchema(period: Period) {
  const outside = { message: problem("bilanYearOutside"), params: { start: period.start, end: period.end } };
  return z.coerce.number({ error: problem("bilanYearNotNumber") }).check(
    z.int(problem("bilanYearNotInteger")),
    z.refine((year) => year >= period.start && year <= period.end, outside),
  );
}

const id = (what: ProblemSubject) =>
  z
    .string({ error: problem("notId", what) })
    .check(z.minLength(1, problem("required", what)), z.maxLength(64, problem("tooLong", what)));

/** A fiche's indicator, by the plan's ids. */
export const ImpactKeySchema = z.strictObject(
  { ficheId: id("fiche"), indicatorId: id("ficheIndicator") },
  { error: objectErrors("impactKeyNotObject") },
);
export type ImpactKey = z.infer<typeof ImpactKeySchema>;

/**
 * A fiche's indicator read against a territorial one (the space's imported figures): what the action did beside
 * how the territory moved.
 */
export const ImpactLinkSchema = z.strictObject(
  { ...ImpactKeySchema.shape, territorialIndicatorId: id("territorialIndicator") },
  { error: objectErrors("impactLinkNotObject") },
);
export type ImpactLink = z.infer<typeof ImpactLinkSchema>;

export interface YearValue {
  year: number;
  value: number | null;
}

export interface ImpactRow {
  year: number;
  /** The fiche's indicator that year. */
  fiche: number | null;
  /** The territory's figure that year. */
  territory: number | null;
}

export interface ImpactBilan {
  territorialIndicatorId: string;
  /** False once the linked figure is no longer among the space's indicators: the link shows, without a series. */
  found: boolean;
  label: string;
  unit: string;
  source: string;
  /** Both series side by side, over the CTG's years and every year the territory has a figure for. */
  rows: ImpactRow[];
}

export interface IndicatorBilan {
  id: string;
  label: string;
  kind: IndicatorKind;
  unit: string;
  target: number | null;
  /** The value measured in the bilan's year. */
  value: number | null;
  /** Whether that value reaches the target; null without one or the other. */
  reached: boolean | null;
  /** The fiche's values over the CTG's years. */
  series: YearValue[];
  impact: ImpactBilan | null;
}

/** A year's money, as the plan's budget lines planned it and as the bilan says it was spent. */
export interface BudgetBilan {
  /** The budget lines of the year, all financers together. */
  planned: number;
  /** What the entries say was spent: the sum of those that say it, null when none does. */
  spent: number | null;
  /** Fiches with money planned that year whose spending is not said yet. */
  unreported: number;
}

export interface FicheBilan {
  id: string;
  title: string;
  pilot: string;
  status: Fiche["status"];
  /** Its calendar no longer covers the year: the bilan keeps it for the entry written before its dates changed. */
  outsideCalendar: boolean;
  entry: (BilanEntryFields & { updatedAt: number }) | null;
  indicators: IndicatorBilan[];
  budget: BudgetBilan;
}

export interface AxisBilan {
  /** null: fiches not yet placed under an axis. */
  axis: { id: string; title: string } | null;
  counts: ProgressCounts;
  budget: BudgetBilan;
  fiches: FicheBilan[];
}

export type BilanMeeting = Pick<Meeting, "id" | "date" | "title" | "kind"> & { decisions: string[] };

export interface YearBilan {
  year: number;
  years: number[];
  counts: ProgressCounts;
  budget: BudgetBilan;
  axes: AxisBilan[];
  /** The meetings that validated the bilan annuel of the year, with those decisions' text. */
  meetings: BilanMeeting[];
}

export interface BilanInputs {
  year: number;
  period: Period;
  /** The plan's fiches by axis, in the plan's order (PlanReport.sections): the year's are kept (bilanFiches). */
  sections: readonly { axis: { id: string; title: string } | null; fiches: readonly Fiche[] }[];
  /** The entries of any years: those of `year` are kept. */
  entries: readonly BilanEntry[];
  impacts: readonly ImpactLink[];
  territorial: readonly IndicatorView[];
  meetings: readonly Pick<Meeting, "id" | "date" | "title" | "kind" | "decisions">[];
}

export function progressCounts(progress: readonly (BilanProgress | null)[]): ProgressCounts {
  const counts = Object.fromEntries(PROGRESS_COUNTED.map((key) => [key, 0])) as ProgressCounts;
  for (const value of progress) counts[value ?? NOT_ASSESSED] += 1;
  return counts;
}

/** The fiches' budgets added up, in whole cents; spending is summed over the fiches that say it. */
export function budgetSum(budgets: readonly BudgetBilan[]): BudgetBilan {
  const said = budgets.flatMap((budget) => (budget.spent === null ? [] : [budget.spent]));
  return {
    planned: sumEuros(budgets.map((budget) => budget.planned)),
    spent: said.length === 0 ? null : sumEuros(said),
    unreported: budgets.reduce((sum, budget) => sum + budget.unreported, 0),
  };
}

/** Spent against planned, in percent; null when nothing was planned or the spending is not said. */
export function budgetExecution(budget: BudgetBilan): number | null {
  return budget.planned === 0 || budget.spent === null ? null : Math.round((budget.spent / budget.planned) * 100);
}

/** What the fiche's budget lines plan for the year, all financers together. */
export function plannedInYear(fiche: Pick<Fiche, "budget">, year: number): number {
  return sumEuros(fiche.budget.filter((line) => line.year === year).map((line) => line.amount));
}

function ficheBudget(fiche: Fiche, year: number, spent: number | null): BudgetBilan {
  const planned = plannedInYear(fiche, year);
  return { planned, spent, unreported: planned > 0 && spent === null ? 1 : 0 };
}

function impactBilan(
  link: ImpactLink,
  ficheValues: Record<string, number>,
  years: readonly number[],
  territorial: readonly IndicatorView[],
): ImpactBilan {
  // The imported figures share a label and a theme across years: the linked one stands for its whole series.
  const linked = seriesOf(territorial).find((series) =>
    series.years.some((figure) => figure.id === link.territorialIndicatorId),
  );
  const territory = new Map(linked?.years.map((figure) => [figure.year, figure.values.territoire]));
  const allYears = [...new Set([...years, ...territory.keys()])].sort((a, b) => a - b);
  return {
    territorialIndicatorId: link.territorialIndicatorId,
    found: linked !== undefined,
    label: linked?.label ?? "",
    unit: linked?.latest.unit ?? "",
    source: linked?.latest.source ?? "",
    rows: linked
      ? allYears.map((year) => ({
          year,
          fiche: ficheValues[String(year)] ?? null,
          territory: territory.get(year) ?? null,
        }))
      : [],
  };
}

/**
 * The bilan annuel of one year, from the plan, the year's entries, the impact links and the meetings. It speaks of the
 * fiches running that year (bilanFiches), and its counts and money of those alone.
 */
export function assembleBilan(inputs: BilanInputs): YearBilan {
  const { year, sections, impacts, territorial } = inputs;
  const years = periodYears(inputs.period);
  const entries = new Map(
    inputs.entries.filter((entry) => entry.year === year).map((entry) => [entry.ficheId, entry] as const),
  );
  const ficheBilan = ({ fiche, outsideCalendar }: BilanFiche<Fiche>): FicheBilan => {
    const stored = entries.get(fiche.id);
    return {
      id: fiche.id,
      title: fiche.title,
      pilot: fiche.pilot,
      status: fiche.status,
      outsideCalendar,
      entry: stored
        ? {
            progress: stored.progress,
            assessment: stored.assessment,
            difficulties: stored.difficulties,
            adjustments: stored.adjustments,
            spent: stored.spent,
            updatedAt: stored.updatedAt,
          }
        : null,
      indicators: fiche.indicators.map((indicator) => {
        const value = indicator.values[String(year)] ?? null;
        const link = impacts.find((impact) => impact.ficheId === fiche.id && impact.indicatorId === indicator.id);
        return {
          id: indicator.id,
          label: indicator.label,
          kind: indicator.kind,
          unit: indicator.unit,
          target: indicator.target,
          value,
          reached: value === null || indicator.target === null ? null : value >= indicator.target,
          series: years.map((each) => ({ year: each, value: indicator.values[String(each)] ?? null })),
          impact: link ? impactBilan(link, indicator.values, years, territorial) : null,
        };
      }),
      budget: ficheBudget(fiche, year, stored?.spent ?? null),
    };
  };
  // An axis none of whose fiches runs that year has nothing to report: it is left out, as those fiches are.
  const axes = sections.flatMap((section) => {
    const fiches = bilanFiches(section.fiches, year, inputs.period, inputs.entries).map(ficheBilan);
    if (fiches.length === 0) return [];
    return [
      {
        axis: section.axis,
        counts: progressCounts(fiches.map((f) => f.entry?.progress ?? null)),
        budget: budgetSum(fiches.map((fiche) => fiche.budget)),
        fiches,
      },
    ];
  });
  return {
    year,
    years,
    counts: progressCounts(axes.flatMap((axis) => axis.fiches.map((fiche) => fiche.entry?.progress ?? null))),
    budget: budgetSum(axes.map((axis) => axis.budget)),
    axes,
    meetings: inputs.meetings
      .map((meeting) => ({
        id: meeting.id,
        date: meeting.date,
        title: meeting.title,
        kind: meeting.kind,
        decisions: meeting.decisions
          .filter((decision) => decision.kind === "bilan-annuel" && bilanYear(decision, meeting.date) === year)
          .map((decision) => decision.text),
      }))
      .filter((meeting) => meeting.decisions.length > 0)
      .sort((a, b) => a.date.localeCompare(b.date)),
  };
}
