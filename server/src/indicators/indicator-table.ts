import {
  foldColumnName,
  frenchIssue,
  INDICATOR_COLUMNS,
  type IndicatorColumn,
  type IndicatorRow,
  IndicatorRowSchema,
} from "@atelier/shared";
import { numberOf } from "./french-number.ts";
import { MAX_INDICATOR_ROWS, type NumberedLine, type ParsedFile, TOO_MANY_ROWS } from "./indicator-limits.ts";

const REQUIRED_COLUMNS: IndicatorColumn[] = ["indicateur", "annee", "valeur_territoire"];
const NUMERIC = new Set<IndicatorColumn>(["annee", "valeur_territoire", "valeur_departement", "valeur_france"]);

function headerError(names: string[]): string | undefined {
  const unknown = names.filter((name) => name !== "" && !(INDICATOR_COLUMNS as readonly string[]).includes(name));
  if (unknown.length > 0)
    return `Ligne 1 : colonne inconnue « ${unknown[0]} ». Colonnes attendues : ${INDICATOR_COLUMNS.join(", ")}.`;
  const missing = REQUIRED_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) return `Ligne 1 : colonne manquante « ${missing[0]} ».`;
  return undefined;
}

function readLine(names: string[], { line, cells }: NumberedLine): IndicatorRow | string {
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
  const issue = parsed.error.issues[0];
  const column = String(issue?.path[0] ?? "");
  return `Ligne ${line}, colonne « ${column} » : ${issue ? frenchIssue(issue) : "valeur invalide"}`;
}

/** Checks the header and every line; the first fault is reported with its line and column, and nothing is kept. */
export function readTable(lines: NumberedLine[]): ParsedFile {
  const [first] = lines;
  if (!first) return { ok: false, error: "Le fichier est vide." };
  const names = (first.line === 1 ? first.cells : []).map(foldColumnName);
  const fault = headerError(names);
  if (fault) return { ok: false, error: fault };
  const body = first.line === 1 ? lines.slice(1) : lines;
  if ((body.at(-1)?.line ?? 1) - 1 > MAX_INDICATOR_ROWS) return { ok: false, error: TOO_MANY_ROWS };
  const rows: IndicatorRow[] = [];
  for (const line of body) {
    if (line.cells.every((cell) => String(cell ?? "").trim() === "")) continue;
    const row = readLine(names, line);
    if (typeof row === "string") return { ok: false, error: row };
    rows.push(row);
  }
  if (rows.length === 0) return { ok: false, error: "Le fichier ne contient aucune ligne d'indicateur." };
  return { ok: true, rows };
}
