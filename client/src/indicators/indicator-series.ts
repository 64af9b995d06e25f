import { type IndicatorView, withoutAccents } from "@atelier/shared";

/** One indicator over the years it was imported for: the table shows the latest, the chart all of them. */
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

/** Series grouped under their theme, in the order of `seriesOf`. */
export function byTheme(series: readonly IndicatorSeries[]): [theme: string, series: IndicatorSeries[]][] {
  const groups = new Map<string, IndicatorSeries[]>();
  for (const one of series) groups.set(one.theme, [...(groups.get(one.theme) ?? []), one]);
  return [...groups.entries()];
}

/** For the citation picker: every word typed must appear in the label, the theme or the year, accents aside. */
export function matchesQuery(indicator: IndicatorView, query: string): boolean {
  const text = fold(`${indicator.label} ${indicator.theme} ${indicator.year}`);
  return fold(query)
    .split(/\s+/)
    .every((word) => text.includes(word));
}

/** A board's theme and a file's theme column, typed by different people: "parentalite" is "Parentalité". */
export function sameTheme(a: string, b: string): boolean {
  return fold(a) === fold(b);
}

function fold(text: string): string {
  return withoutAccents(text).toLowerCase().trim();
}
