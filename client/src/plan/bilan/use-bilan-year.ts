import { type Period, periodYears } from "@atelier/shared";
import { useSearchParams } from "wouter";
import { readStored, writeStored } from "../../access/local-storage.ts";

const YEAR_PARAM = "annee";
const storageKey = (spaceId: string) => `atelier:bilan-year:${spaceId}`;

/** The bilan of the year under way, or the period's nearest year when the CTG has not started or has ended. */
function defaultYear(period: Period): number {
  return Math.min(period.end, Math.max(period.start, new Date().getFullYear()));
}

/** A year kept earlier counts only while it is still one of the period's (the period may have changed since). */
function yearOf(period: Period, kept: string | null): number | null {
  const year = Number(kept);
  return kept !== null && periodYears(period).includes(year) ? year : null;
}

/**
 * The year the bilan shows. The address holds it, so that a reload or a shared link opens the same year; the plan's
 * tabs name no year, so coming back through them finds the last year chosen in this browser for the space; else the
 * year under way. A facilitator writing up 2023 in December 2026 is not sent back to 2026 each time.
 */
export function useBilanYear(spaceId: string, period: Period): [number, (year: number) => void] {
  const [search, setSearch] = useSearchParams();
  const year =
    yearOf(period, search.get(YEAR_PARAM)) ?? yearOf(period, readStored(storageKey(spaceId))) ?? defaultYear(period);
  const choose = (next: number) => {
    writeStored(storageKey(spaceId), String(next));
    // Replacing: the year is a setting of the view, and Back should leave the bilan, not step through its years.
    setSearch(
      (current) => {
        const changed = new URLSearchParams(current);
        changed.set(YEAR_PARAM, String(next));
        return changed;
      },
      { replace: true },
    );
  };
  return [year, choose];
}
