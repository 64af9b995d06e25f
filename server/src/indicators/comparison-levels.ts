// An open-data file gives the département's and France's figures beside the territory's, or alone (a second file,
// imported after the territory's). Either way the space's figures keep the levels the file does not give.
import type { ImportedFigure, IndicatorView } from "@atelier/shared";

const keyOf = ({ label, theme, year }: Pick<ImportedFigure, "label" | "theme" | "year">) =>
  JSON.stringify([label, theme, year]);

export interface MergedFigures {
  figures: ImportedFigure[];
  /** Comparison figures of indicators the space does not have for its territory: nothing to compare them with. */
  orphans: { label: string; year: number }[];
}

/** The source of an indicator whose comparison levels came from another file. */
function withComparisonSource(own: string, comparison: string): string {
  if (own.includes(comparison)) return own;
  return `${own} ; département et France : ${comparison}`.slice(0, 300);
}

export function mergeWithStored(figures: ImportedFigure[], stored: IndicatorView[]): MergedFigures {
  const byKey = new Map(stored.map((indicator) => [keyOf(indicator), indicator]));
  const merged: ImportedFigure[] = [];
  const orphans: MergedFigures["orphans"] = [];
  for (const figure of figures) {
    const known = byKey.get(keyOf(figure));
    const departement = figure.values.departement ?? known?.values.departement ?? null;
    const france = figure.values.france ?? known?.values.france ?? null;
    if (figure.values.territoire !== null)
      merged.push({ ...figure, values: { territoire: figure.values.territoire, departement, france } });
    else if (known)
      merged.push({
        label: known.label,
        theme: known.theme,
        year: known.year,
        unit: known.unit,
        source: withComparisonSource(known.source, figure.source),
        values: { territoire: known.values.territoire, departement, france },
      });
    else orphans.push({ label: figure.label, year: figure.year });
  }
  return { figures: merged, orphans };
}
