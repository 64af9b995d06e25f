import type { BilanEntry } from "./bilan.ts";
import type { Fiche } from "./fiche.ts";
import { type Period, periodYears } from "./space.ts";

type Calendar = Pick<Fiche, "years" | "startDate" | "endDate">;

const yearOf = (date: string | null): number | null => (date === null ? null : Number(date.slice(0, 4)));

/**
 * The years a fiche's own calendar spans: its years, kept between its start and end dates when it has them; without
 * years, the span of its dates within the CTG's period; null when it says none of them.
 */
export function calendarYears(fiche: Calendar, period: Period): number[] | null {
  const start = yearOf(fiche.startDate);
  const end = yearOf(fiche.endDate);
  const within = (year: number) => (start === null || year >= start) && (end === null || year <= end);
  if (fiche.years.length > 0) return [...new Set(fiche.years)].filter(within).sort((a, b) => a - b);
  if (start === null && end === null) return null;
  const first = Math.max(start ?? period.start, period.start);
  const last = Math.min(end ?? period.end, period.end);
  return last < first ? [] : periodYears({ start: first, end: last });
}

/**
 * The years whose bilan covers the fiche: those of its calendar; a fiche without one runs, as far as anyone said,
 * over the whole convention. The one rule every bilan reads (the COPIL's page and DOCX, the workbook, the public page).
 */
export function bilanYearsOf(fiche: Calendar, period: Period): number[] {
  return calendarYears(fiche, period) ?? periodYears(period);
}

export interface BilanFiche<F> {
  fiche: F;
  /**
   * Its calendar no longer covers the year: only an entry written for it before its dates changed keeps it in the
   * year's bilan, so that what was said is never lost.
   */
  outsideCalendar: boolean;
}

/**
 * The fiches the bilan of `year` speaks of, in the order given: those whose calendar covers the year (bilanYearsOf),
 * and those with an entry kept for that year, marked outside their calendar. A fiche starting later is left out: it
 * has nothing to report yet, and is not a fiche "non renseignée".
 */
export function bilanFiches<F extends Calendar & Pick<Fiche, "id">>(
  fiches: readonly F[],
  year: number,
  period: Period,
  entries: readonly Pick<BilanEntry, "ficheId" | "year">[],
): BilanFiche<F>[] {
  const kept = new Set(entries.filter((entry) => entry.year === year).map((entry) => entry.ficheId));
  return fiches.flatMap((fiche) => {
    const covered = bilanYearsOf(fiche, period).includes(year);
    return covered || kept.has(fiche.id) ? [{ fiche, outsideCalendar: !covered }] : [];
  });
}
