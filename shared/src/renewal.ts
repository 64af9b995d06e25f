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

/** Between a period's two years in a name: "2021-2025", "2021 – 2025", "2021/2025", "2021 à 2025". */
const YEARS_SEPARATOR = String.raw`\s*[-‐‑–—/]\s*|\s+(?:à|au|to)\s+`;

/**
 * The next convention's name: the previous one's with its period's years replaced by the next ones ("CTG
 * Conflent-Canigou 2021-2025" → "CTG Conflent-Canigou 2026-2030", the end year written as it was, in 2 or 4 digits),
 * or, when the name does not say its years, the name followed by the next period's: two conventions never share a name
 * by default.
 */
export function renewalName(previous: { name: string; period: Period }, next: Period): string {
  const { start, end } = previous.period;
  const range = new RegExp(`(?<!\\d)${start}(${YEARS_SEPARATOR})(${end}|${String(end).slice(2)})(?!\\d)`, "g");
  const renamed = previous.name.replace(range, (_match, separator: string, written: string) => {
    const nextEnd = written.length === 2 ? String(next.end).slice(2) : String(next.end);
    return `${next.start}${separator}${nextEnd}`;
  });
  return renamed !== previous.name ? renamed : `${previous.name.trim()} ${next.start}-${next.end}`;
}

/** What the form proposes: the five years right after the previous convention, and the name renewed for them. */
export function proposedRenewal(previous: { name: string; period: Period }): Renewal {
  const start = previous.period.end + 1;
  const period = { start, end: Math.max(start, Math.min(LAST_YEAR, start + MAX_PERIOD_YEARS - 1)) };
  return { name: renewalName(previous, period), period };
}
