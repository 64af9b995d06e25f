import type { Meeting } from "./governance.ts";
import type { Refusal, RefusalCode } from "./refusals.ts";
import { renewalRefusal } from "./renewal.ts";
import { type ConventionLink, type Period, periodYears } from "./space.ts";
import { bilanYear } from "./yearly-evaluation.ts";

/** Why a space's period may not change (`PATCH /api/spaces/:id`): each is about the period's fields. */
export const PERIOD_CHANGE_REFUSALS = [
  "periodOverlapsPrevious",
  "periodOverlapsNext",
  "periodDropsBilanYears",
] as const satisfies readonly RefusalCode[];
export type PeriodChangeRefusal = Refusal & { code: (typeof PERIOD_CHANGE_REFUSALS)[number] };

/** What a space's period must still hold once changed. */
export interface PeriodHolds {
  /** The conventions before and after this one: they never overlap (renewalRefusal). */
  previous: ConventionLink | null;
  next: ConventionLink | null;
  /** Every year a bilan of the space is kept for: its fiches' yearly entries, questionnaires, validations. */
  bilanYears: readonly number[];
}

/** The years meetings validated a bilan annuel of (bilanYear), whether or not they count for the démarche. */
export function bilanYearsValidated(meetings: readonly Pick<Meeting, "date" | "decisions">[]): number[] {
  return meetings.flatMap((meeting) =>
    meeting.decisions.flatMap((decision) =>
      decision.kind === "bilan-annuel" ? [bilanYear(decision, meeting.date)] : [],
    ),
  );
}

/**
 * Why `current` may not become `period`: it would overlap the convention before or after it, or leave out a year of
 * the convention whose bilan is kept (it would stay stored and read as no year of the convention). Years the current
 * period already leaves out are no concern of this change.
 */
export function periodChangeRefusal(current: Period, period: Period, holds: PeriodHolds): PeriodChangeRefusal | null {
  const { previous, next } = holds;
  if (previous && renewalRefusal(previous.period, period)) {
    return { code: "periodOverlapsPrevious", params: { name: previous.name, end: previous.period.end } };
  }
  if (next && renewalRefusal(period, next.period)) {
    return { code: "periodOverlapsNext", params: { name: next.name, start: next.period.start } };
  }
  const kept = new Set(holds.bilanYears);
  const dropped = periodYears(current).filter((year) => kept.has(year) && (year < period.start || year > period.end));
  return dropped.length === 0 ? null : { code: "periodDropsBilanYears", params: { years: dropped } };
}
