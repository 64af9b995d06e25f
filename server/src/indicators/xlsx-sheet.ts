import { posix } from "node:path";
import { SaxesParser } from "saxes";
import {
  type CellRange,
  ImportRefused,
  type LineSink,
  type LinesRead,
  type NumberedLine,
  refusalOf,
  tooManyCells,
  tooManyColumns,
  tooManyRows,
} from "./indicator-limits.ts";
import { openWorkbookArchive, unreadable, type WorkbookArchive } from "./xlsx-archive.ts";

/** A sheet nests elements 7 deep, its extensions a few more; a parser's stack of open elements must stay small. */
const MAX_DEPTH = 32;
/**
 * Texts a workbook may hold: an Insee or Caf national file names ~35,000 communes, plus their codes. The table of
 * texts is read before the sheet, so before its layout is known.
 */
const MAX_SHARED_STRINGS = 500_000;
/** No cell of a figures file comes near it; a longer one is a zip bomb's filling. */
const MAX_CELL_CHARS = 32 * 1024;

// Where Excel, LibreOffice and ExcelJS put them; ExcelJS, which read workbooks before, looked nowhere else.
const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELATIONS = "xl/_rels/workbook.xml.rels";
const SHARED_STRINGS = "xl/sharedStrings.xml";

interface XmlReader {
  open(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

/**
 * Hands the first sheet of a workbook to `sink` line by line, streaming, and refuses it as soon as it goes past the
 * sink's limits: a row numbered past the last allowed line, a value past the last allowed column, too many cells,
 * too many bytes. Blank rows are never made: a row numbered 40,000,000 is refused when its opening tag is read.
 * Merged ranges are listed after the rows: they are answered for the sink to spread.
 */
export async function readFirstSheet(bytes: Uint8Array, sink: LineSink): Promise<LinesRead> {
  let archive: WorkbookArchive | undefined;
  try {
    archive = await openWorkbookArchive(bytes);
    const sheet = await firstSheetPart(archive);
    const lines = new SheetLines(await sharedStrings(archive), sink);
    await readPart(archive, sheet, lines).catch((error: unknown) => {
      // The sink has what it needs: the rest of the sheet is not read.
      if (!(error instanceof EnoughRead)) throw error;
    });
    return { ok: true, merges: lines.merges, cells: lines.cells };
  } catch (error) {
    // Anything else is XML that does not parse, or a part that is not where the workbook says.
    return refusalOf(error instanceof ImportRefused ? error : unreadable());
  } finally {
    archive?.close();
  }
}

class EnoughRead extends Error {}

/** `x:row` is a `row`: some writers prefix SpreadsheetML's elements. */
function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}

async function readPart(archive: WorkbookArchive, part: string, reader: XmlReader): Promise<void> {
  const parser = new SaxesParser({ xmlns: false, position: false } as const);
  let depth = 0;
  parser.on("opentag", (tag) => {
    depth += 1;
    if (depth > MAX_DEPTH) throw unreadable();
    reader.open(localName(tag.name), tag.attributes);
  });
  parser.on("closetag", (tag) => {
    depth -= 1;
    reader.close?.(localName(tag.name));
  });
  parser.on("text", (text) => reader.text?.(text));
  parser.on("cdata", (text) => reader.text?.(text));
  for await (const chunk of archive.text(part)) parser.write(chunk);
  parser.close();
}

/** The first worksheet the workbook lists, as ExcelJS's `worksheets[0]`: hidden or not, but not a chart sheet. */
async function firstSheetPart(archive: WorkbookArchive): Promise<string> {
  const listed: string[] = [];
  await readPart(archive, WORKBOOK, {
    open(name, attributes) {
      // The relationship's namespace prefix is the writer's choice; "r:id" is the usual one.
      const relation = Object.entries(attributes).find(([key]) => key.endsWith(":id"))?.[1];
      if (name === "sheet" && relation !== undefined) listed.push(relation);
    },
  });
  const worksheets = new Map<string, string>();
  if (archive.has(WORKBOOK_RELATIONS))
    await readPart(archive, WORKBOOK_RELATIONS, {
      open(name, { Id, Type, Target }) {
        if (name === "Relationship" && Id && Target && Type?.endsWith("/worksheet")) worksheets.set(Id, Target);
      },
    });
  const target = listed.map((relation) => worksheets.get(relation)).find((found) => found !== undefined);
  if (target === undefined) throw new ImportRefused("importNoSheet");
  return target.startsWith("/") ? target.slice(1) : posix.normalize(posix.join("xl", target));
}

/** Excel writes control characters as `_x000D_`. */
function unescapeExcel(text: string): string {
  return text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** The workbook's table of texts, which cells of type "s" point into. Phonetic guides are not part of the text. */
async function sharedStrings(archive: WorkbookArchive): Promise<string[]> {
  const strings: string[] = [];
  if (!archive.has(SHARED_STRINGS)) return strings;
  let text = "";
  let inText = false;
  let phonetic = false;
  await readPart(archive, SHARED_STRINGS, {
    open(name) {
      if (name === "si") text = "";
      else if (name === "rPh") phonetic = true;
      else if (name === "t") inText = !phonetic;
    },
    text(value) {
      if (inText) text += value;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic = false;
      else if (name === "si") {
        if (strings.length >= MAX_SHARED_STRINGS)
          throw new ImportRefused("importTooManyTexts", { maximum: MAX_SHARED_STRINGS });
        strings.push(unescapeExcel(text));
      }
    },
  });
  return strings;
}

/** "B12" is in column 2, "AA3" in column 27; Excel's last column, XFD, is 16384. */
function columnOf(reference: string): number {
  const letters = /^[A-Z]{1,3}/.exec(reference.toUpperCase())?.[0];
  if (!letters) throw unreadable();
  return [...letters].reduce((column, letter) => column * 26 + letter.charCodeAt(0) - 64, 0);
}

/** "B2:C40" */
function rangeOf(reference: string | undefined): CellRange {
  const [from, to] = (reference ?? "").split(":");
  const top = Number(/\d+$/.exec(from ?? "")?.[0]);
  const bottom = Number(/\d+$/.exec(to ?? "")?.[0]);
  if (!from || !to || !Number.isInteger(top) || !Number.isInteger(bottom)) throw unreadable();
  return { top, left: columnOf(from), bottom, right: columnOf(to) };
}

/** `<dimension ref="A1:Z40000000"/>` announces the rows to come. */
function lastRowOf(reference: string | undefined): number {
  const lastRow = Number(/\d+$/.exec(reference ?? "")?.[0]);
  return Number.isFinite(lastRow) ? lastRow : 0;
}

interface OpenCell {
  column: number;
  type: string;
  /** The text of `<v>` or of an inline string's `<t>`s; undefined for a cell that only carries a format. */
  value: string | undefined;
}

/** The rows of a sheet that hold a value, each handed to the sink as soon as its closing tag is read. */
class SheetLines implements XmlReader {
  readonly merges: CellRange[] = [];
  cells = 0;
  private readonly strings: string[];
  private readonly sink: LineSink;
  private row: NumberedLine | undefined;
  private rowNumber = 0;
  private cell: OpenCell | undefined;
  private column = 0;
  private inValue = false;
  private phonetic = false;
  /** The rows the sheet announces; checked once the header tells the sink how many it allows. */
  private announcedRows = 0;
  private headerRead = false;

  constructor(strings: string[], sink: LineSink) {
    this.strings = strings;
    this.sink = sink;
  }

  open(name: string, attributes: Record<string, string>): void {
    if (name === "dimension") this.announce(lastRowOf(attributes.ref));
    else if (name === "row") this.openRow(attributes.r);
    else if (name === "c") this.openCell(attributes);
    else if (name === "mergeCell") this.openMerge(attributes.ref);
    else if (name === "rPh") this.phonetic = true;
    else if ((name === "v" || name === "t") && this.cell && !this.phonetic) {
      this.inValue = true;
      this.cell.value ??= "";
    }
  }

  text(text: string): void {
    if (!this.inValue || !this.cell) return;
    this.cell.value += text;
    if ((this.cell.value?.length ?? 0) > MAX_CELL_CHARS)
      throw new ImportRefused("importCellTooLong", { line: this.rowNumber, maximum: MAX_CELL_CHARS });
  }

  close(name: string): void {
    if (name === "v" || name === "t") this.inValue = false;
    else if (name === "rPh") this.phonetic = false;
    else if (name === "c") this.closeCell();
    else if (name === "row") this.closeRow();
  }

  private get maxLine(): number {
    return this.sink.limits.maxRows + 1;
  }

  /**
   * How many rows a file may have depends on its layout, which its header tells: the rows announced are checked
   * against the sink's limits once the header is read, before any other row.
   */
  private announce(rows: number): void {
    this.announcedRows = rows;
  }

  private checkAnnounced(): void {
    if (this.announcedRows > this.maxLine) throw tooManyRows(this.sink.limits);
  }

  /** Rows come in ascending order, as Excel writes them; a row without a number follows the previous one. */
  private openRow(reference: string | undefined): void {
    const number = reference === undefined ? this.rowNumber + 1 : Number(reference);
    if (!Number.isInteger(number) || number <= this.rowNumber) throw unreadable();
    if (number > this.maxLine) throw tooManyRows(this.sink.limits);
    this.rowNumber = number;
    this.column = 0;
    this.row = { line: number, cells: [] };
  }

  private closeRow(): void {
    const row = this.row;
    this.row = undefined;
    if (!row || row.cells.length === 0) return;
    if (!this.sink.line(row)) throw new EnoughRead();
    if (!this.headerRead) {
      this.headerRead = true;
      this.checkAnnounced();
    }
  }

  private openCell(attributes: Record<string, string>): void {
    this.count(1);
    this.column = attributes.r === undefined ? this.column + 1 : columnOf(attributes.r);
    this.cell = { column: this.column, type: attributes.t ?? "n", value: undefined };
  }

  private closeCell(): void {
    const cell = this.cell;
    this.cell = undefined;
    if (!cell || cell.value === undefined || !this.row) return;
    if (cell.column > this.sink.limits.maxColumns) throw tooManyColumns(this.sink.limits);
    const value = this.valueOf(cell.type, cell.value);
    if (value !== undefined) this.row.cells[cell.column - 1] = value;
  }

  private openMerge(reference: string | undefined): void {
    this.count(1);
    this.merges.push(rangeOf(reference));
  }

  private count(cells: number): void {
    this.cells += cells;
    if (this.cells > this.sink.limits.maxCells) throw tooManyCells(this.sink.limits);
  }

  /** As ExcelJS read them, except that a formatted date stays Excel's number, and rich text is its plain text. */
  private valueOf(type: string, text: string): unknown {
    switch (type) {
      case "s":
        return this.strings[Number(text)];
      case "inlineStr":
        return unescapeExcel(text);
      case "str":
      case "e":
      case "d":
        return text;
      case "b":
        return text === "1";
      default:
        return text.trim() === "" ? undefined : Number.parseFloat(text);
    }
  }
}
