import { parse } from "csv-parse/sync";
import { MAX_INDICATOR_COLUMNS, MAX_INDICATOR_ROWS, type ParsedFile, TOO_MANY_COLUMNS } from "./indicator-limits.ts";
import { readTable } from "./indicator-table.ts";

export { MAX_INDICATOR_ROWS, type ParsedFile } from "./indicator-limits.ts";
export { parseIndicatorXlsx } from "./xlsx-in-worker.ts";

/** No line of indicators comes near it: a longer one is a wrong delimiter, or a quote never closed. */
const MAX_CSV_RECORD_CHARS = 16 * 1024;

/**
 * Parsed on the server's thread: the request body is at most 256 KiB (http-app.ts), the header is at most
 * MAX_INDICATOR_COLUMNS wide (csv-parse refuses a line of another width), and parsing stops one line past the limit.
 */
export function parseIndicatorCsv(text: string): ParsedFile {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const delimiter = firstLine.includes(";") ? ";" : firstLine.includes("\t") ? "\t" : ",";
  if (firstLine.split(delimiter).length > MAX_INDICATOR_COLUMNS) return { ok: false, error: TOO_MANY_COLUMNS };
  try {
    const records = parse(text, {
      bom: true,
      delimiter,
      relax_quotes: false,
      skip_empty_lines: true,
      max_record_size: MAX_CSV_RECORD_CHARS,
      // The header, the allowed lines, and one more to tell that there are too many.
      to: MAX_INDICATOR_ROWS + 2,
    }) as string[][];
    return readTable(records.map((cells, index) => ({ line: index + 1, cells })));
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    return { ok: false, error: `Ligne ${lines ?? "?"} : le CSV est mal formé (${(error as Error).message}).` };
  }
}
