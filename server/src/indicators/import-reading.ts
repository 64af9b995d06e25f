// One import file, read line by line: its header says what it is (open-data-layout.ts), then each line goes where that
// layout wants it. This runs in the import worker (file-in-worker.ts), away from the server's thread.
import { foldColumnName, type ImportMapping, type IndicatorRow, type Territory } from "@atelier/shared";
import { decodeCsv, readCsvLines } from "./csv-lines.ts";
import {
  type FileLimits,
  type FileRefused,
  fileRefused,
  ImportRefused,
  type LineSink,
  type LinesRead,
  MAPPED_LIMITS,
  type NumberedLine,
  OPEN_DATA_LIMITS,
  refusalOf,
  TEMPLATE_LIMITS,
  tooManyColumns,
} from "./indicator-limits.ts";
import { fileColumns, SAMPLE_LINES, suggestMapping } from "./mapping-suggestion.ts";
import { mergesBelow } from "./merged-cells.ts";
import { planFromMapping, type ReadingPlan, recogniseLayout } from "./open-data-layout.ts";
import { TemplateLines } from "./template-lines.ts";
import { type OpenDataFigures, TerritoryRows } from "./territory-rows.ts";
import { readFirstSheet } from "./xlsx-sheet.ts";

export interface FileToRead {
  bytes: Uint8Array;
  format: "csv" | "xlsx";
  territory: Territory;
  mapping: ImportMapping | null;
}

export type FileReading =
  | { ok: true; kind: "template"; rows: IndicatorRow[] }
  | ({ ok: true; kind: "open-data" } & OpenDataFigures)
  | FileRefused;

/** The Insee's workbooks put a few lines of title above their header. */
const HEADER_SEARCH_LINES = 10;

type State =
  | { kind: "start"; lines: NumberedLine[] }
  | { kind: "template"; lines: TemplateLines }
  | { kind: "open-data"; header: number; rows: TerritoryRows }
  | { kind: "unknown"; header: NumberedLine; samples: NumberedLine[] };

export class ImportReading implements LineSink {
  limits: FileLimits = OPEN_DATA_LIMITS;
  private readonly territory: Territory;
  private readonly mapping: ImportMapping | null;
  private state: State = { kind: "start", lines: [] };

  constructor(territory: Territory, mapping: ImportMapping | null) {
    this.territory = territory;
    this.mapping = mapping;
  }

  line(line: NumberedLine): boolean {
    switch (this.state.kind) {
      case "start":
        return this.start(this.state.lines, line);
      case "template":
        this.state.lines.add(line);
        return true;
      case "open-data":
        this.state.rows.add(line);
        return true;
      case "unknown":
        this.state.samples.push(line);
        return this.state.samples.length < SAMPLE_LINES;
    }
  }

  /** Once every line is read (or enough of them): the figures, or why there are none. */
  finish(read: Extract<LinesRead, { ok: true }>): FileReading {
    try {
      if (this.state.kind === "start") this.settle(this.state.lines);
      const state = this.state as Exclude<State, { kind: "start" }>;
      switch (state.kind) {
        case "template": {
          const parsed = state.lines.finish(read.merges, read.cells);
          return parsed.ok ? { ok: true, kind: "template", rows: parsed.rows } : parsed;
        }
        case "open-data": {
          const merged = mergesBelow(state.header, read.merges);
          if (merged) throw new ImportRefused("importMergedCells", { start: merged.top, end: merged.bottom });
          return { ok: true, kind: "open-data", ...state.rows.finish() };
        }
        case "unknown":
          return {
            ...fileRefused("mapping-required", { line: state.header.line }),
            columns: fileColumns(state.header.cells, state.samples),
            suggestion: suggestMapping(state.header.cells, state.samples),
          };
      }
    } catch (error) {
      return refusalOf(error);
    }
  }

  /**
   * The header decides: the template's is line 1; a mapped file's is the first line naming the chosen territory
   * column; an open-data file's may come after a few title lines. Lines above the header are titles, left aside.
   */
  private start(before: NumberedLine[], line: NumberedLine): boolean {
    if (this.mapping) {
      if (this.names(line, this.mapping.territoryColumn))
        return this.readOpenData(planFromMapping(line.cells, line.line, this.mapping), line, MAPPED_LIMITS);
      before.push(line);
      if (before.length >= HEADER_SEARCH_LINES) this.settle(before);
      return true;
    }
    const recognised = recogniseLayout(line.cells);
    if (recognised.kind === "open-data") return this.readOpenData(recognised.plan, line, OPEN_DATA_LIMITS);
    if (before.length === 0 && (recognised.kind === "template" || line.line !== 1)) {
      this.limits = TEMPLATE_LIMITS;
      this.checkWidth(line);
      const lines = new TemplateLines();
      lines.add(line);
      this.state = { kind: "template", lines };
      return true;
    }
    // A first line that no layout knows and is wider than a mapped file may be is no title: it is refused now.
    if (before.length === 0) this.checkWidth(line, MAPPED_LIMITS);
    before.push(line);
    if (before.length < HEADER_SEARCH_LINES) return true;
    this.settleUnrecognised(before);
    return (this.state as { samples: NumberedLine[] }).samples.length < SAMPLE_LINES;
  }

  private readOpenData(plan: ReadingPlan, header: NumberedLine, limits: FileLimits): boolean {
    const { epci, communes } = this.territory;
    if (!epci && communes.length === 0) throw new ImportRefused("territory-required");
    this.limits = limits;
    this.checkWidth(header);
    this.state = { kind: "open-data", header: header.line, rows: new TerritoryRows(plan, this.territory) };
    return true;
  }

  /** The file ended before a header was found: a mapping's columns are missing from it, or no layout is known. */
  private settle(lines: NumberedLine[]): void {
    const [first] = lines;
    if (this.mapping && first) planFromMapping(first.cells, first.line, this.mapping);
    this.settleUnrecognised(lines);
  }

  /** No header was recognised: the first line is the one the facilitator maps, and the next ones show examples. */
  private settleUnrecognised(lines: NumberedLine[]): void {
    const [header, ...samples] = lines;
    if (!header) {
      // An empty file: the template's checks say so.
      this.state = { kind: "template", lines: new TemplateLines() };
      return;
    }
    this.limits = MAPPED_LIMITS;
    this.state = { kind: "unknown", header, samples: samples.slice(0, SAMPLE_LINES) };
  }

  private checkWidth({ cells }: NumberedLine, limits = this.limits): void {
    if (cells.length > limits.maxColumns) throw tooManyColumns(limits);
  }

  private names({ cells }: NumberedLine, column: string): boolean {
    const name = foldColumnName(column);
    return cells.some((cell) => foldColumnName(cell) === name);
  }
}

/** Reads a whole file, as the import worker does. */
export async function readImportFile({ bytes, format, territory, mapping }: FileToRead): Promise<FileReading> {
  const reading = new ImportReading(territory, mapping);
  const read = format === "xlsx" ? await readFirstSheet(bytes, reading) : readCsvLines(decodeCsv(bytes), reading);
  return read.ok ? reading.finish(read) : { ...read };
}
