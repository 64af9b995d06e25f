// A rate whose parts come from two files (people covered, from the Caf's; the population, from the Insee's) is
// computed once an import is merged with the space's figures, whichever file came first.
import type { ImportedFigure, IndicatorView } from "@atelier/shared";
import { CAF_MEASURES } from "./caf-variables.ts";
import { addRates, type FigureTable, partialKey, RATE_PARTS, SUM_MEASURES } from "./derived-figures.ts";
import { INSEE_MEASURES } from "./insee-variables.ts";
import { isPartialSum } from "./territory-rows.ts";

type Figure = Pick<ImportedFigure, "label" | "theme" | "year" | "values" | "source">;

const labelKey = ({ label, theme }: Pick<ImportedFigure, "label" | "theme">) => JSON.stringify([label, theme]);

/** The rates' parts by the label and theme they are stored under. */
const PART_BY_LABEL = new Map(
  [...CAF_MEASURES, ...INSEE_MEASURES, ...SUM_MEASURES]
    .filter(({ id }) => RATE_PARTS.has(id))
    .map((measure) => [labelKey(measure), measure.id]),
);

/**
 * The rates of the years an import gave a part of, computed from the import's figures (merged with the stored ones,
 * as they will be stored) and the space's other figures; not those the file computed itself, nor from a partial sum.
 */
export function ratesAcrossFiles(imported: ImportedFigure[], stored: IndicatorView[]): ImportedFigure[] {
  const table: FigureTable = new Map();
  const partial = new Set<string>();
  const parts = new Map<string, Figure>();
  // The import's figures last: they replace the stored ones of the same label, theme and year.
  for (const figure of [...stored, ...imported]) {
    const id = PART_BY_LABEL.get(labelKey(figure));
    if (id === undefined) continue;
    const key = partialKey(id, figure.year);
    const years = table.get(id) ?? new Map();
    table.set(id, years.set(figure.year, { ...figure.values }));
    if (isPartialSum(figure.source)) partial.add(key);
    else partial.delete(key);
    parts.set(key, figure);
  }
  const fromImport = new Set(imported.map((figure) => `${labelKey(figure)}|${figure.year}`));
  const rates: ImportedFigure[] = [];
  for (const { measure, parts: ids } of addRates(table, partial))
    for (const [year, values] of table.get(measure.id) ?? []) {
      const operands = ids.map((id) => parts.get(partialKey(id, year)));
      const touched = operands.some((part) => part && fromImport.has(`${labelKey(part)}|${year}`));
      // The territory's rate is the point: a year without it would blank the one stored.
      if (!touched || values.territoire === null || fromImport.has(`${labelKey(measure)}|${year}`)) continue;
      const { label, theme, unit } = measure;
      const source = `Calcul de l'atelier : ${operands.map((part) => `${part?.label} (${part?.source})`).join(" / ")}`;
      rates.push({ label, theme, unit, year, source: source.slice(0, 300), values });
    }
  return rates;
}
