import { z } from "zod/mini";
import type { Refusal } from "./refusals.ts";
import { MAX_PERIOD_YEARS, NewPeriodSchema, type Period, SpaceNameSchema } from "./space.ts";
import { objectErrors } from "./validation.ts";

/**
 * `POST /api/spaces/:id/renewal`: the convention that follows a space's, with its own name and period (five years at
 * most, as any new space). That it starts after the previous one ends depends on that space: `renewalRefusal`.
 */
export const RenewalSchema = z.strictObject(
  { name: SpaceNameSchema, period: NewPeriodSchema },
  { error: objectErrors("renewalNotObject") },
);
export type Renewal = z.infer<typeof RenewalSchema>;

/** The following convention starts the year after the previous one's last at the soonest: they never overlap. */
export function renewalRefusal(previous: Period, next: Period): Refusal | null {
  return next.start > previous.end
    ? null
    : { code: "renewalPeriodOverlaps", params: { start: next.start, end: previous.end } };
}

/** The latest year a space may hold (YearSchema). */
const LAST_YEAR = 2100;

/** What the form proposes: the same name, and the five years right after the previous convention. */
export function proposedRenewal(previous: { name: string; period: Period }): Renewal {
  const start = previous.period.end + 1;
  return {
    name: previous.name,
    period: { start, end: Math.max(start, Math.min(LAST_YEAR, start + MAX_PERIOD_YEARS - 1)) },
  };
}
