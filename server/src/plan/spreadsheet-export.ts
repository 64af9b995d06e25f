import { type FollowUpRow, FRENCH_FINANCING_WORDS, financerName, type PlanReport } from "@atelier/shared";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
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
 * convention financière.
 */
export async function planXlsx(report: PlanReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Atelier CTG";
  const followUp = workbook.addWorksheet("Suivi");
  followUp.columns = [
    ...FIXED_COLUMNS,
    ...report.years.map((year) => ({ header: String(year), key: String(year), width: 10 })),
  ];
  for (const row of report.followUp) followUp.addRow(flatten(row, report.years));
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
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The follow-up table as CSV for a French spreadsheet: semicolons, UTF-8 with a byte-order mark. Titles come from
 * anyone's cards (a habitant's idea may become a fiche): a cell that a spreadsheet would read as a formula (= + - @,
 * tab, carriage return) is written with a leading apostrophe, so it stays text.
 */
export function planCsv(report: PlanReport): string {
  const columns = [
    ...FIXED_COLUMNS.map(({ key, header }) => ({ key, header })),
    ...report.years.map((year) => ({ key: String(year), header: String(year) })),
  ];
  return stringify(
    report.followUp.map((row) => flatten(row, report.years)),
    { header: true, columns, delimiter: ";", bom: true, escape_formulas: true },
  );
}
