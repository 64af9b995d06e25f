import type { Decision, Meeting } from "./governance.ts";
import { type Period, periodYears } from "./space.ts";

/** Before July, a COPIL reviewing a year's bilan reviews the year just ended; from July, the current one. */
const FIRST_MONTH_OF_OWN_YEAR = 7;

/**
 * The year a bilan annuel validates: the one its decision names, else the one its meeting most likely reviewed (a
 * COPIL of December reviews its own year, one of March the year before), so that a decision recorded before decisions
 * named their year reads as its comité meant it.
 */
export function bilanYear(decision: Pick<Decision, "year">, meetingDate: string): number {
  if (decision.year !== undefined) return decision.year;
  const year = Number(meetingDate.slice(0, 4));
  return Number(meetingDate.slice(5, 7)) < FIRST_MONTH_OF_OWN_YEAR ? year - 1 : year;
}

/**
 * A year of the convention at the evaluation step: its bilan validated, the one awaited next, one to come, or one
 * left without a validated bilan while a later year's was validated.
 */
export type YearlyBilanState = "valide" | "attendu" | "a-venir" | "manquant";

export interface YearlyBilan {
  year: number;
  state: YearlyBilanState;
  /** The day of the first meeting that validated this year's bilan. */
  validatedOn: string | null;
  /** The day its bilan is due: planned as the first one was, else the end of the next half-year (see bilanDueOn). */
  dueOn: string;
  /** Not validated, and its due day is past. */
  late: boolean;
}

export interface YearlyEvaluation {
  /** Every year of the convention, in order. */
  years: YearlyBilan[];
  /** The year whose bilan comes next (the one after the last validated); null once the last year's is validated. */
  next: number | null;
  /** The day the last year's bilan was validated: the evaluation of the convention is then complete. */
  completedOn: string | null;
}

/**
 * The first year a signed convention owes a bilan for: the year of its signature, or the next one when it was signed
 * in the second half of the year (there was next to nothing of that year to review).
 */
export function firstBilanYear(signedOn: string): number {
  const year = Number(signedOn.slice(0, 4));
  return Number(signedOn.slice(5, 7)) < FIRST_MONTH_OF_OWN_YEAR ? year : year + 1;
}

/**
 * When the bilan of `year` is planned, from the day the first one was planned (the step's planned date): the same
 * day of the year, as many years later as the bilan's year is after the first bilan's.
 */
export function bilanPlannedOn(firstPlannedOn: string, year: number): string {
  const shift = year - bilanYear({}, firstPlannedOn);
  return `${Number(firstPlannedOn.slice(0, 4)) + shift}${firstPlannedOn.slice(4)}`;
}

/**
 * The day the bilan of `year` is due: as planned when the first bilan was (bilanPlannedOn), else the last day a COPIL
 * still reviews that year as the one just ended (bilanYear), the 30 June after it.
 */
export function bilanDueOn(year: number, firstPlannedOn: string | null): string {
  return firstPlannedOn ? bilanPlannedOn(firstPlannedOn, year) : `${year + 1}-06-30`;
}

export interface EvaluationContext {
  /** The first year a bilan is owed for: the signature's (firstBilanYear), else the convention's start. */
  firstYear: number;
  /** The day the first bilan is planned (the step's planned day), if it is. */
  firstPlannedOn: string | null;
  today: string;
}

/**
 * The evaluation step, one bilan per year of the convention from the context's first year, each validated by a
 * decision `bilan-annuel`. `held` are the meetings that count (held, after any re-opening of the step), by date. A
 * year outside them counts for nothing here.
 */
export function yearlyEvaluation(
  held: readonly Pick<Meeting, "date" | "decisions">[],
  period: Period,
  { firstYear, firstPlannedOn, today }: EvaluationContext,
): YearlyEvaluation {
  const validatedOn = new Map<number, string>();
  for (const meeting of held) {
    for (const decision of meeting.decisions) {
      const year = bilanYear(decision, meeting.date);
      if (decision.kind === "bilan-annuel" && !validatedOn.has(year)) validatedOn.set(year, meeting.date);
    }
  }
  const start = Math.min(Math.max(firstYear, period.start), period.end);
  const years = periodYears({ start, end: period.end });
  const lastValidated = years.findLast((year) => validatedOn.has(year));
  const next = lastValidated === undefined ? start : lastValidated < period.end ? lastValidated + 1 : null;
  const stateOf = (year: number): YearlyBilanState => {
    if (validatedOn.has(year)) return "valide";
    if (year === next) return "attendu";
    return next === null || year < next ? "manquant" : "a-venir";
  };
  return {
    years: years.map((year) => {
      const dueOn = bilanDueOn(year, firstPlannedOn);
      const validated = validatedOn.get(year) ?? null;
      return { year, state: stateOf(year), validatedOn: validated, dueOn, late: validated === null && dueOn < today };
    }),
    next,
    completedOn: validatedOn.get(period.end) ?? null,
  };
}
