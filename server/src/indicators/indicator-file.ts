import { INDICATOR_COLUMNS, type IndicatorColumn, type IndicatorRow, IndicatorRowSchema } from "@atelier/shared";
import { parse } from "csv-parse/sync";

export type ParsedFile = { ok: true; rows: IndicatorRow[] } | { ok: false; error: string };

export const MAX_INDICATOR_ROWS = 5000;

const REQUIRED_COLUMNS: IndicatorColumn[] = ["indicateur", "annee", "valeur_territoire"];
const NUMERIC = new Set<IndicatorColumn>(["annee", "valeur_territoire", "valeur_departement", "valeur_france"]);

/** "Valeur territoire", "valeur_territoire" and "Valeur Territoire " all name the same column. */
function columnName(header: unknown): string {
  return String(header ?? "")
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

/** French figures: "42,5", "4 077", "42 %" are numbers; a blank cell is no value. */
function numberOf(cell: unknown): number | null | string {
  if (typeof cell === "number") return cell;
  const text = String(cell ?? "")
    .replace(/[\s\u00a0\u202f%]/g, "")
    .replace(",", ".");
  if (text === "") return null;
  const number = Number(text);
  return Number.isFinite(number) ? number : String(cell);
}

/** Checks the header and every line; the first fault is reported with its line and column, and nothing is kept. */
function readTable(table: unknown[][]): ParsedFile {
  const [header, ...lines] = table;
  if (!header) return { ok: false, error: "Le fichier est vide." };
  const names = header.map(columnName);
  const unknown = names.filter((name) => name !== "" && !(INDICATOR_COLUMNS as readonly string[]).includes(name));
  if (unknown.length > 0)
    return {
      ok: false,
      error: `Ligne 1 : colonne inconnue « ${unknown[0]} ». Colonnes attendues : ${INDICATOR_COLUMNS.join(", ")}.`,
    };
  const missing = REQUIRED_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) return { ok: false, error: `Ligne 1 : colonne manquante « ${missing[0]} ».` };
  if (lines.length > MAX_INDICATOR_ROWS)
    return { ok: false, error: `Le fichier dépasse ${MAX_INDICATOR_ROWS} lignes.` };
  const rows: IndicatorRow[] = [];
  for (const [index, cells] of lines.entries()) {
    const line = index + 2;
    if (cells.every((cell) => String(cell ?? "").trim() === "")) continue;
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
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const column = String(issue?.path[0] ?? "");
      return { ok: false, error: `Ligne ${line}, colonne « ${column} » : ${issue?.message ?? "valeur invalide"}` };
    }
    rows.push(parsed.data);
  }
  if (rows.length === 0) return { ok: false, error: "Le fichier ne contient aucune ligne d'indicateur." };
  return { ok: true, rows };
}

export function parseIndicatorCsv(text: string): ParsedFile {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const delimiter = firstLine.includes(";") ? ";" : firstLine.includes("\t") ? "\t" : ",";
  try {
    return readTable(parse(text, { bom: true, delimiter, relax_quotes: false, skip_empty_lines: true }) as string[][]);
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    return { ok: false, error: `Ligne ${lines ?? "?"} : le CSV est mal formé (${(error as Error).message}).` };
  }
}

export async function parseIndicatorXlsx(bytes: Uint8Array): Promise<ParsedFile> {
  // Loaded at the first import of a workbook, not with the server (see plan-routes.ts).
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { ok: false, error: "Ce fichier n'est pas un classeur XLSX lisible." };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, error: "Le classeur ne contient aucune feuille." };
  const table: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const values = row.values as unknown[];
    table.push(
      values.slice(1).map((cell) => (cell && typeof cell === "object" && "result" in cell ? cell.result : cell)),
    );
  });
  return readTable(table);
}
