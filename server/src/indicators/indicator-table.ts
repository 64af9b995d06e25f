import {
  fieldProblems,
  foldColumnName,
  frenchIssue,
  INDICATOR_COLUMNS,
  type IndicatorColumn,
  type IndicatorRow,
  IndicatorRowSchema,
} from "@atelier/shared";
import { numberOf } from "./french-number.ts";
import {
  type FileRefused,
  fileRefused,
  MAX_INDICATOR_ROWS,
  type NumberedLine,
  type ParsedFile,
  refusalOf,
  TEMPLATE_LIMITS,
  tooManyRows,
} from "./indicator-limits.ts";

const REQUIRED_COLUMNS: IndicatorColumn[] = ["indicateur", "annee", "valeur_territoire"];
const NUMERIC = new Set<IndicatorColumn>(["annee", "valeur_territoire", "valeur_departement", "valeur_france"]);

function headerError(names: string[]): FileRefused | undefined {
  const [unknown] = names.filter((name) => name !== "" && !(INDICATOR_COLUMNS as readonly string[]).includes(name));
  if (unknown !== undefined) return fileRefused("importUnknownColumn", { column: unknown });
  const [missing] = REQUIRED_COLUMNS.filter((column) => !names.includes(column));
  if (missing) return fileRefused("importMissingColumn", { column: missing });
  return undefined;
}

function readLine(names: string[], { line, cells }: NumberedLine): IndicatorRow | FileRefused {
  // Optional columns left out of the file read as blank cells.
  const record: Record<string, unknown> = Object.fromEntries(
    INDICATOR_COLUMNS.map((column) => [column, NUMERIC.has(column) ? null : ""]),
  );
  for (const [position, name] of names.entries()) {
    if (!name) continue;
    const cell = cells[position];
    record[name] = NUMERIC.has(name as IndicatorColumn) ? numberOf(cell) : String(cell ?? "");
  }
  const parsed = IndicatorRowSchema.safeParse(record);
  if (parsed.success) return parsed.data;
  // A refused row has at least one issue.
  const issue = parsed.error.issues[0] as (typeof parsed.error.issues)[number];
  // The wording names the column: the problem goes without its path.
  const params = { line, column: String(issue.path[0] ?? ""), detail: frenchIssue(issue) };
  return fileRefused("importCellInvalid", params, fieldProblems([{ ...issue, path: [] }]));
}

/** Checks the header and every line; the first fault is reported with its line and column, and nothing is kept. */
export function readTable(lines: NumberedLine[]): ParsedFile {
  const [first] = lines;
  if (!first) return fileRefused("importEmpty");
  const names = (first.line === 1 ? first.cells : []).map(foldColumnName);
  const fault = headerError(names);
  if (fault) return fault;
  const body = first.line === 1 ? lines.slice(1) : lines;
  if ((body.at(-1)?.line ?? 1) - 1 > MAX_INDICATOR_ROWS) return refusalOf(tooManyRows(TEMPLATE_LIMITS));
  const rows: IndicatorRow[] = [];
  for (const line of body) {
    if (line.cells.every((cell) => String(cell ?? "").trim() === "")) continue;
    const row = readLine(names, line);
    if ("ok" in row) return row;
    rows.push(row);
  }
  if (rows.length === 0) return fileRefused("importNoIndicatorLine");
  return { ok: true, rows };
}
