import {
  FICHE_DETAIL_FIELDS,
  type FollowUpRow,
  FRENCH_FICHE_WORDS,
  FRENCH_FINANCING_WORDS,
  ficheFieldText,
  financerName,
  frenchFicheWords,
  type PlanReport,
} from "@atelier/shared";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { EXPORT_AUTHOR } from "../documents/ctg-docx.ts";
import { financialAnnex } from "./financial-annex.ts";
import { addFinancingSheet, EUROS_FORMAT } from "./financing-sheet.ts";

const FIXED_COLUMNS = [
  { header: "Axe", key: "axis", width: 30 },
  { header: "Fiche action", key: "fiche", width: 40 },
  { header: "Statut", key: "status", width: 18 },
  { header: "Pilote", key: "pilot", width: 20 },
  { header: "Indicateur", key: "indicator", width: 40 },
  { header: "Type", key: "kind", width: 14 },
  { header: "Unité", key: "unit", width: 12 },
  { header: "Cible", key: "target", width: 10 },
] as const;

/** The fiche's fields the fixed columns do not give: a column each, after the years. */
const FICHE_COLUMNS = FICHE_DETAIL_FIELDS.filter((field) => !FIXED_COLUMNS.some((column) => column.key === field.key));

/** The follow-up table's columns: the fixed ones, a column per year, the fiche's other fields, its description. */
function followUpColumns(years: number[]) {
  return [
    ...FIXED_COLUMNS,
    ...years.map((year) => ({ header: String(year), key: String(year), width: 10 })),
    ...FICHE_COLUMNS.map((field) => ({ header: FRENCH_FICHE_WORDS.labels[field.key], key: field.key, width: 30 })),
    { header: "Description", key: "description", width: 60 },
  ];
}

/** The follow-up table's rows, each with its fiche's fields as French text and its description as plain text. */
function followUpRows(report: PlanReport) {
  const fiches = new Map(report.sections.flatMap((section) => section.fiches).map((fiche) => [fiche.id, fiche]));
  const words = frenchFicheWords(report.names);
  return report.followUp.map((row) => {
    const fiche = fiches.get(row.ficheId);
    const fields = FICHE_COLUMNS.map((field) => [
      field.key,
      fiche ? ficheFieldText(field, fiche[field.key], words) : "",
    ]);
    return { ...flatten(row, report.years), ...Object.fromEntries(fields), description: fiche?.description ?? "" };
  });
}

function flatten(row: FollowUpRow, years: number[]) {
  return {
    axis: row.axis,
    fiche: row.fiche,
    status: row.status,
    pilot: row.pilot,
    indicator: row.indicator,
    kind: row.kind,
    unit: row.unit,
    target: row.target,
    ...Object.fromEntries(years.map((year) => [String(year), row.values[String(year)] ?? null])),
  };
}

/**
 * The follow-up table (one row per fiche and indicator, a column per year), the budget per financer and the
 * convention financière; `addSheets` puts others after them (the yearly bilan: bilan-sheet.ts).
 */
export async function planXlsx(report: PlanReport, addSheets?: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = EXPORT_AUTHOR;
  workbook.lastModifiedBy = EXPORT_AUTHOR;
  const followUp = workbook.addWorksheet("Suivi");
  followUp.columns = followUpColumns(report.years);
  for (const row of followUpRows(report)) followUp.addRow(row);
  followUp.getRow(1).font = { bold: true };
  followUp.views = [{ state: "frozen", ySplit: 1 }];

  const budget = workbook.addWorksheet("Budget");
  budget.columns = [
    { header: "Financeur", key: "financer", width: 30 },
    ...report.years.map((year) => ({
      header: String(year),
      key: String(year),
      width: 14,
      style: { numFmt: EUROS_FORMAT },
    })),
    { header: "Total", key: "total", width: 16, style: { numFmt: EUROS_FORMAT } },
  ];
  for (const row of report.budget.byFinancer) {
    const financer = financerName(row.financer, FRENCH_FINANCING_WORDS.financers);
    budget.addRow({ financer, ...row.byYear, total: row.total });
  }
  const totals = budget.addRow({ financer: "Total", ...report.budget.byYear, total: report.budget.total });
  totals.font = { bold: true };
  budget.getRow(1).font = { bold: true };
  addFinancingSheet(workbook, financialAnnex(report));
  addSheets?.(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The follow-up table as CSV for a French spreadsheet: semicolons, UTF-8 with a byte-order mark. Titles come from
 * anyone's cards (a habitant's idea may become a fiche): a cell that a spreadsheet would read as a formula (= + - @,
 * tab, carriage return) is written with a leading apostrophe, so it stays text.
 */
export function planCsv(report: PlanReport): string {
  const columns = followUpColumns(report.years).map(({ key, header }) => ({ key, header }));
  return stringify(followUpRows(report), { header: true, columns, delimiter: ";", bom: true, escape_formulas: true });
}
