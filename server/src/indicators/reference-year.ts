/** A row's reference date: its year, and a number that orders dates within the year (yyyymmdd). */
export interface ReferenceDate {
  year: number;
  period: number;
}

const FIRST_YEAR = 1950;
const LAST_YEAR = 2100;
/** Excel counts days from 30 December 1899: these are 1 January 1950 and 31 December 2100. */
const EXCEL_FIRST_DAY = 18_264;
const EXCEL_LAST_DAY = 73_415;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function dateOf(year: number, month: number, day: number): ReferenceDate | undefined {
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { year, period: year * 10_000 + month * 100 + day };
}

/** A year alone stands for the end of that year, as the Caf's reference dates do (31 December). */
const wholeYear = (year: number) => dateOf(year, 12, 31);

/** A date typed in a workbook is stored as Excel's number of days. */
function excelDay(days: number): ReferenceDate | undefined {
  const date = new Date(EXCEL_EPOCH_MS + Math.floor(days) * DAY_MS);
  return dateOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

const PATTERNS: [RegExp, (parts: (number | undefined)[]) => ReferenceDate | undefined][] = [
  // 31/12/2019, 31-12-2019, 31.12.2019, with a time after it or not.
  [/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\D|$)/, ([day, month, year]) => dateOf(year ?? 0, month ?? 0, day ?? 0)],
  // 2019-12-31, 2019-12-31T00:00:00, 2019-12, 2019/12/31.
  [/^(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?(?:\D|$)/, ([year, month, day]) => dateOf(year ?? 0, month ?? 0, day ?? 28)],
  // 12/2019
  [/^(\d{1,2})[/.-](\d{4})$/, ([month, year]) => dateOf(year ?? 0, month ?? 0, 28)],
  // 20191231 and 201912, as the Caf's newer files write their period (dtreffre).
  [/^(\d{4})(\d{2})(\d{2})$/, ([year, month, day]) => dateOf(year ?? 0, month ?? 0, day ?? 0)],
  [/^(\d{4})(\d{2})$/, ([year, month]) => dateOf(year ?? 0, month ?? 0, 28)],
  [/^(\d{4})$/, ([year]) => wholeYear(year ?? 0)],
];

/** The reference date of a cell (DTREF and the like): a date in the usual French and ISO forms, or a bare year. */
export function referenceDateOf(cell: unknown): ReferenceDate | undefined {
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return undefined;
    if (Number.isInteger(cell) && cell >= FIRST_YEAR && cell <= LAST_YEAR) return wholeYear(cell);
    if (cell >= EXCEL_FIRST_DAY && cell <= EXCEL_LAST_DAY) return excelDay(cell);
    return referenceDateOf(String(cell));
  }
  const text = String(cell ?? "").trim();
  for (const [pattern, read] of PATTERNS) {
    const match = pattern.exec(text);
    if (match) return read(match.slice(1).map((part) => (part === undefined ? undefined : Number(part))));
  }
  return undefined;
}
