// The limits of an import file, apart from the domain's schemas (indicator-table.ts): the file readers refuse a file
// without loading them (the types below are erased).
import {
  type FieldProblem,
  frenchRefusal,
  type ImportRefusal,
  type IndicatorRow,
  type RefusalCode,
  type RefusalParams,
} from "@atelier/shared";

/** Why a file is not imported: its refusal code, with what its wording quotes, and that wording in French. */
export type FileRefused = { ok: false } & ImportRefusal;

export type ParsedFile = { ok: true; rows: IndicatorRow[] } | FileRefused;

export function fileRefused(code: RefusalCode, params?: RefusalParams, problems?: FieldProblem[]): FileRefused {
  return {
    ok: false,
    error: frenchRefusal(code, params),
    code,
    ...(params && { params }),
    ...(problems && { problems }),
  };
}

/**
 * A line of the file and its number as its author sees it: a sheet does not store its blank rows, so numbers may
 * skip, and the first line is the header only when it is line 1.
 */
export interface NumberedLine {
  line: number;
  cells: unknown[];
}

/** How far a file may go. It depends on what the file is, known once its header is read. */
export interface FileLimits {
  /** Lines after the header. */
  maxRows: number;
  maxColumns: number;
  /** Cells a workbook's sheet may hold, empty formatted ones included (they cost as much to read). */
  maxCells: number;
}

/**
 * Reads a file's lines as they come, without keeping them when it need not: a national file of the Caf's is read
 * line by line in the worker, and only the territory's rows are kept.
 */
export interface LineSink {
  /** The widest limits until the header is read, then those of the file's layout. */
  readonly limits: FileLimits;
  /** Each line holding a value, in order; throws ImportRefused on a fault. False: enough is read, stop. */
  line(line: NumberedLine): boolean;
}

/** Why a file is not imported, thrown from where the reading finds it. */
export class ImportRefused extends Error {
  readonly code: RefusalCode;
  readonly params: RefusalParams | undefined;

  constructor(code: RefusalCode, params?: RefusalParams) {
    super(frenchRefusal(code, params));
    this.code = code;
    this.params = params;
  }
}

/** What a file reader answers once it has handed every line over. */
export type LinesRead = { ok: true; merges: CellRange[]; cells: number } | FileRefused;

/** A range of a sheet's cells, numbered from 1 ("B2:C40" is 2, 2, 40, 3). */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A reader's answer to a refusal: the person's message, or the error again if it is not one. */
export function refusalOf(error: unknown): FileRefused {
  if (!(error instanceof ImportRefused)) throw error;
  return fileRefused(error.code, error.params);
}

export const MAX_INDICATOR_ROWS = 5000;
/** Eight columns are known; the rest is room for blank or note columns, which are ignored. */
export const MAX_INDICATOR_COLUMNS = 50;

export const TEMPLATE_LIMITS: FileLimits = {
  maxRows: MAX_INDICATOR_ROWS,
  maxColumns: MAX_INDICATOR_COLUMNS,
  maxCells: (MAX_INDICATOR_ROWS + 1) * MAX_INDICATOR_COLUMNS,
};

/**
 * The Caf's and the Insee's files: a national commune file is ~35,000 rows a year, several years may be stacked, and
 * the Insee's bases have a hundred columns or more. They are read line by line, so rows cost time, not memory; the
 * upload (20 MiB), the workbook's inflated size and the worker's time limit bound that time.
 */
export const OPEN_DATA_LIMITS: FileLimits = { maxRows: 200_000, maxColumns: 400, maxCells: 4_000_000 };

/** A file mapped by hand: as many rows as an open-data file, as few columns as the template (one per measure). */
export const MAPPED_LIMITS: FileLimits = { ...OPEN_DATA_LIMITS, maxColumns: MAX_INDICATOR_COLUMNS };

export const tooManyRows = (limits: FileLimits) => new ImportRefused("importTooManyRows", { maximum: limits.maxRows });
export const tooManyColumns = (limits: FileLimits) =>
  new ImportRefused("importTooManyColumns", { maximum: limits.maxColumns });
export const tooManyCells = (limits: FileLimits) =>
  new ImportRefused("importTooManyCells", { maximum: limits.maxCells });
