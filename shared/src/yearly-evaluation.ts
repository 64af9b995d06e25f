import type { Decision, Meeting } from "./governance.ts";
import { type Period, periodYears } from "./space.ts";

/**
 * The year a bilan annuel validates: the one its decision names, else its meeting's (the COPIL of December reviews
 * its own year; one held in March names the year before).
 */
export function bilanYear(decision: Pick<Decision, "year">, meetingDate: string): number {
  return decision.year ?? Number(meetingDate.slice(0, 4));
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
 * The evaluation step, one bilan per year of the convention, each validated by a decision `bilan-annuel`. `held`
 * are the meetings that count (held, after any re-opening of the step), by date. A year outside the period counts
 * for nothing here.
 */
export function yearlyEvaluation(
  held: readonly Pick<Meeting, "date" | "decisions">[],
  period: Period,
): YearlyEvaluation {
  const validatedOn = new Map<number, string>();
  for (const meeting of held) {
    for (const decision of meeting.decisions) {
      const year = bilanYear(decision, meeting.date);
      if (decision.kind === "bilan-annuel" && !validatedOn.has(year)) validatedOn.set(year, meeting.date);
    }
  }
  const years = periodYears(period);
  const lastValidated = years.findLast((year) => validatedOn.has(year));
  const next = lastValidated === undefined ? period.start : lastValidated < period.end ? lastValidated + 1 : null;
  const stateOf = (year: number): YearlyBilanState => {
    if (validatedOn.has(year)) return "valide";
    if (year === next) return "attendu";
    return next === null || year < next ? "manquant" : "a-venir";
  };
  return {
    years: years.map((year) => ({ year, state: stateOf(year), validatedOn: validatedOn.get(year) ?? null })),
    next,
    completedOn: validatedOn.get(period.end) ?? null,
  };
}
