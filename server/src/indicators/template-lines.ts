import { type CellRange, type NumberedLine, type ParsedFile, refusalOf, TEMPLATE_LIMITS } from "./indicator-limits.ts";
import { readTable } from "./indicator-table.ts";
import { spreadMerges } from "./merged-cells.ts";

/**
 * The atelier's own template: at most 5000 lines, kept whole, then checked line by line (indicator-table.ts), once a
 * workbook's merged cells are spread over them.
 */
export class TemplateLines {
  private readonly lines: NumberedLine[] = [];

  add(line: NumberedLine): void {
    this.lines.push(line);
  }

  finish(merges: CellRange[], cells: number): ParsedFile {
    try {
      return readTable(spreadMerges(this.lines, merges, TEMPLATE_LIMITS, cells));
    } catch (error) {
      return refusalOf(error);
    }
  }
}
