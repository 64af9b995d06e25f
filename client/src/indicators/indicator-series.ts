import { foldedText, type IndicatorSeries, type IndicatorView } from "@atelier/shared";

/** Series grouped under their theme, in the order of `seriesOf`. */
export function byTheme(series: readonly IndicatorSeries[]): [theme: string, series: IndicatorSeries[]][] {
  const groups = new Map<string, IndicatorSeries[]>();
  for (const one of series) groups.set(one.theme, [...(groups.get(one.theme) ?? []), one]);
  return [...groups.entries()];
}

/** For the citation picker: every word typed must appear in the label, the theme or the year, accents aside. */
export function matchesQuery(indicator: IndicatorView, query: string): boolean {
  return matchesWords(`${indicator.label} ${indicator.theme} ${indicator.year}`, query);
}

/** Whether every word typed appears in the text, accents and case aside. */
export function matchesWords(text: string, query: string): boolean {
  const folded = foldedText(text);
  return foldedText(query)
    .split(/\s+/)
    .every((word) => folded.includes(word));
}
