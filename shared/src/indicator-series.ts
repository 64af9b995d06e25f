import type { IndicatorView } from "./indicator.ts";
import { withoutAccents } from "./text-folding.ts";

/** One indicator over the years it was imported for: the latest year is shown first, the others tell its evolution. */
export interface IndicatorSeries {
  key: string;
  label: string;
  theme: string;
  /** Oldest first; never empty. */
  years: IndicatorView[];
  latest: IndicatorView;
}

const byFrench = (a: string, b: string) => a.localeCompare(b, "fr", { sensitivity: "base" });

/** The server keys a figure by label, theme and year: the same label and theme over several years is one series. */
export function seriesOf(indicators: readonly IndicatorView[]): IndicatorSeries[] {
  const groups = new Map<string, IndicatorView[]>();
  for (const indicator of indicators) {
    const key = JSON.stringify([indicator.theme, indicator.label]);
    groups.set(key, [...(groups.get(key) ?? []), indicator]);
  }
  return [...groups.entries()]
    .flatMap(([key, group]) => {
      const years = group.toSorted((a, b) => a.year - b.year);
      const latest = years.at(-1);
      return latest ? [{ key, label: latest.label, theme: latest.theme, years, latest }] : [];
    })
    .sort((a, b) => byFrench(a.theme, b.theme) || byFrench(a.label, b.label));
}

export function themesOf(indicators: readonly IndicatorView[]): string[] {
  return [...new Set(indicators.map((indicator) => indicator.theme))].sort(byFrench);
}

/** Text as people type it in a theme or a search, accents, case and surrounding spaces aside. */
export function foldedText(text: string): string {
  return withoutAccents(text).toLowerCase().trim();
}

/** A board's theme and a file's theme column, typed by different people: "parentalite" is "Parentalité". */
export function sameTheme(a: string, b: string): boolean {
  return foldedText(a) === foldedText(b);
}
