import type { FileColumn, ImportMapping, MappingSuggestion } from "@atelier/shared";

/** One column of the file, as the mapping step shows it: imported or not, and as which indicator. */
export interface MeasureDraft {
  column: string;
  samples: string[];
  include: boolean;
  label: string;
  unit: string;
  theme: string;
}

export interface MappingDraft {
  territoryColumn: string;
  yearMode: "column" | "fixed";
  yearColumn: string;
  fixedYear: string;
  source: string;
  /** Every column of the file, in its order; those holding the territory or the year are not offered. */
  measures: MeasureDraft[];
}

export type MappingField = "territoryColumn" | "yearColumn" | "fixedYear" | "measures" | `label:${string}`;
export type MappingProblem = "noTerritoryColumn" | "noYearColumn" | "badYear" | "noMeasure" | "noLabel";

/** The server's guess, for the facilitator to check; a file name is the source until they say better. */
export function draftOf(
  columns: FileColumn[],
  suggestion: MappingSuggestion | undefined,
  fileName: string,
): MappingDraft {
  const year = suggestion?.year ?? null;
  return {
    territoryColumn: suggestion?.territoryColumn ?? "",
    yearMode: year && "fixed" in year ? "fixed" : year ? "column" : "fixed",
    yearColumn: year && "column" in year ? year.column : "",
    fixedYear: year && "fixed" in year ? String(year.fixed) : "",
    source: fileName,
    measures: columns.map(({ name, samples }) => {
      const suggested = suggestion?.measures.find((measure) => measure.column === name);
      return {
        column: name,
        samples,
        include: suggested !== undefined,
        label: suggested?.label ?? name,
        unit: suggested?.unit ?? "",
        theme: suggested?.theme ?? "",
      };
    }),
  };
}

/** The columns offered as figures: not the one locating the rows, nor the one dating them. */
export function offeredMeasures(draft: MappingDraft): MeasureDraft[] {
  return draft.measures.filter(
    ({ column }) => column !== draft.territoryColumn && !(draft.yearMode === "column" && column === draft.yearColumn),
  );
}

/** The mapping to send, or the first thing to correct (the server checks it all again). */
export function mappingOf(
  draft: MappingDraft,
): { ok: true; mapping: ImportMapping } | { ok: false; field: MappingField; problem: MappingProblem } {
  if (!draft.territoryColumn) return { ok: false, field: "territoryColumn", problem: "noTerritoryColumn" };
  let year: ImportMapping["year"];
  if (draft.yearMode === "column") {
    if (!draft.yearColumn) return { ok: false, field: "yearColumn", problem: "noYearColumn" };
    year = { column: draft.yearColumn };
  } else {
    const fixed = Number(draft.fixedYear.trim());
    if (!Number.isInteger(fixed) || fixed < 1950 || fixed > 2100)
      return { ok: false, field: "fixedYear", problem: "badYear" };
    year = { fixed };
  }
  const included = offeredMeasures(draft).filter(({ include }) => include);
  if (included.length === 0) return { ok: false, field: "measures", problem: "noMeasure" };
  const unnamed = included.find(({ label }) => label.trim() === "");
  if (unnamed) return { ok: false, field: `label:${unnamed.column}`, problem: "noLabel" };
  return {
    ok: true,
    mapping: {
      territoryColumn: draft.territoryColumn,
      year,
      measures: included.map(({ column, label, unit, theme }) => ({
        column,
        label: label.trim(),
        unit: unit.trim(),
        theme: theme.trim(),
      })),
      source: draft.source.trim(),
    },
  };
}
