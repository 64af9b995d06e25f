import {
  type CellRange,
  type FileLimits,
  type NumberedLine,
  tooManyCells,
  tooManyColumns,
  tooManyRows,
} from "./indicator-limits.ts";

/**
 * A merged range shows its first cell's value all over, as ExcelJS read it: in each of its cells, for each line.
 * `cells`: those the sheet held, which the spread ones add to.
 */
export function spreadMerges(lines: NumberedLine[], merges: CellRange[], limits: FileLimits, cells: number) {
  if (merges.length === 0) return lines;
  const byNumber = new Map(lines.map((line) => [line.line, line]));
  let count = cells;
  for (const range of merges) {
    const value = byNumber.get(range.top)?.cells[range.left - 1];
    if (value === undefined) continue;
    if (range.bottom > limits.maxRows + 1) throw tooManyRows(limits);
    if (range.right > limits.maxColumns) throw tooManyColumns(limits);
    count += Math.max(0, range.bottom - range.top + 1) * Math.max(0, range.right - range.left + 1);
    if (count > limits.maxCells) throw tooManyCells(limits);
    for (let number = range.top; number <= range.bottom; number++) {
      const line = byNumber.get(number) ?? { line: number, cells: [] };
      byNumber.set(number, line);
      for (let column = range.left; column <= range.right; column++) line.cells[column - 1] = value;
    }
  }
  return [...byNumber.values()].sort((a, b) => a.line - b.line);
}

/** Whether a merged range reaches below the header: its value would belong to lines already read without it. */
export function mergesBelow(header: number, merges: CellRange[]): CellRange | undefined {
  return merges.find((range) => range.bottom > header);
}
