// The limits of an import file, apart from the domain's schemas (indicator-table.ts): the workbook reader refuses a
// file without loading them (the type below is erased).
import type { IndicatorRow } from "@atelier/shared";

export type ParsedFile = { ok: true; rows: IndicatorRow[] } | { ok: false; error: string };

/**
 * A line of the file and its number as its author sees it: a sheet does not store its blank rows, so numbers may
 * skip, and the first line is the header only when it is line 1.
 */
export interface NumberedLine {
  line: number;
  cells: unknown[];
}

export const MAX_INDICATOR_ROWS = 5000;
/** Eight columns are known; the rest is room for blank or note columns, which are ignored. */
export const MAX_INDICATOR_COLUMNS = 50;

export const TOO_MANY_ROWS = `Le fichier dépasse ${MAX_INDICATOR_ROWS} lignes.`;
export const TOO_MANY_COLUMNS = `Le fichier dépasse ${MAX_INDICATOR_COLUMNS} colonnes.`;
