import { parse } from "csv-parse/sync";
import {
  fileRefused,
  ImportRefused,
  type LineSink,
  type LinesRead,
  refusalOf,
  tooManyColumns,
  tooManyRows,
} from "./indicator-limits.ts";

/** No line of figures comes near it: a longer one is a wrong delimiter, or a quote never closed. */
const MAX_CSV_RECORD_CHARS = 16 * 1024;

/** UTF-8 when the bytes are; otherwise Windows-1252, as French Excel and the Caf's older files save a CSV. */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

class EnoughRead extends Error {}

/** In order of preference when two split the lines equally well: French files use ";" and a decimal comma. */
const DELIMITERS = [";", "\t", ","] as const;
/** A Caf or Insee file may put a few title lines above its header: the delimiter is guessed past them. */
const SNIFFED_LINES = 10;

/**
 * The delimiter that splits the most of the first non-empty lines into one same number (two or more) of fields, and
 * the first of those lines: lines above it are titles ("Allocataires par commune"), left out as csv-parse would
 * refuse their other width.
 */
export function guessDelimiter(text: string): { delimiter: string; fromLine: number } {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/, 100)
    .map((content, index) => ({ content, line: index + 1 }))
    .filter(({ content }) => content.trim() !== "")
    .slice(0, SNIFFED_LINES);
  let best = { delimiter: ",", fromLine: 1, lines: 0 };
  for (const delimiter of DELIMITERS) {
    const widths = lines.map(({ content }) => content.split(delimiter).length);
    const counts = new Map<number, number>();
    for (const width of widths) if (width >= 2) counts.set(width, (counts.get(width) ?? 0) + 1);
    for (const [width, count] of counts)
      if (count > best.lines) {
        const first = lines[widths.indexOf(width)]?.line ?? 1;
        best = { delimiter, fromLine: first, lines: count };
      }
  }
  return { delimiter: best.delimiter, fromLine: best.fromLine };
}

/**
 * Hands a CSV's records to `sink` one by one, numbered by the line they end on, and keeps none: csv-parse refuses a
 * record of another width than the header, and reading stops at the first one past the sink's limits.
 */
export function readCsvLines(text: string, sink: LineSink): LinesRead {
  const { delimiter, fromLine } = guessDelimiter(text);
  let records = 0;
  try {
    parse(text, {
      bom: true,
      delimiter,
      from_line: fromLine,
      relax_quotes: false,
      skip_empty_lines: true,
      max_record_size: MAX_CSV_RECORD_CHARS,
      on_record: (cells: string[], { lines }: { lines: number }) => {
        records += 1;
        if (records > sink.limits.maxRows + 1) throw tooManyRows(sink.limits);
        if (cells.length > sink.limits.maxColumns) throw tooManyColumns(sink.limits);
        if (!sink.line({ line: lines, cells })) throw new EnoughRead();
        return null;
      },
    });
  } catch (error) {
    if (error instanceof ImportRefused) return refusalOf(error);
    if (!(error instanceof EnoughRead)) {
      const lines = (error as { lines?: number }).lines;
      // csv-parse's own words say what is wrong: they are quoted as they are.
      return fileRefused("importCsvMalformed", {
        ...(lines !== undefined && { line: lines }),
        detail: (error as Error).message,
      });
    }
  }
  return { ok: true, merges: [], cells: 0 };
}
