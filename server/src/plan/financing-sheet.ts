import type ExcelJS from "exceljs";
import type { FinancialAnnex } from "./financial-annex.ts";

/** Euros with their cents, as a French spreadsheet shows them. */
export const EUROS_FORMAT = '#,##0.00 "€"';

/**
 * The convention financière as one sheet, in blocks a reader scrolls through: the lines per fiche, the totals per
 * year, financer, nature, Caf dispositif and axis, then the Caf's existing financing. Titles and names are written
 * as text cells, never formulas, whatever they start with.
 */
export function addFinancingSheet(workbook: ExcelJS.Workbook, annex: FinancialAnnex): void {
  const sheet = workbook.addWorksheet("Financement");
  sheet.columns = [
    { width: 34 },
    { width: 40 },
    { width: 16 },
    { width: 26 },
    { width: 16 },
    { width: 28 },
    { width: 10 },
    { width: 16 },
  ];
  const title = (text: string) => {
    const row = sheet.addRow([text]);
    row.font = { bold: true, size: 13 };
  };
  const header = (cells: string[]) => {
    const row = sheet.addRow(cells);
    row.font = { bold: true };
  };
  const money = (row: ExcelJS.Row, from: number) => {
    row.eachCell((cell, column) => {
      if (column >= from) cell.numFmt = EUROS_FORMAT;
    });
  };
  const years = annex.years.map(String);

  title("Convention financière — lignes par fiche action");
  header(["Axe", "Fiche action", "Financeur", "Nom", "Nature", "Dispositif de la Caf", "Année", "Montant"]);
  for (const line of annex.lines) {
    const row = sheet.addRow([
      line.axis,
      line.fiche,
      line.financer,
      line.name,
      line.nature,
      line.dispositif,
      line.year,
      line.amount,
    ]);
    money(row, 8);
  }
  sheet.addRow([]);

  title("Totaux par année");
  header(["", ...years, "Total"]);
  money(sheet.addRow(["Plan d'actions", ...annex.byYear, annex.total]), 2);
  for (const totals of annex.totals) {
    sheet.addRow([]);
    // "Par financeur" reads "Totaux par financeur"; the names inside it keep their capitals ("de la Caf").
    title(`Totaux ${totals.title.charAt(0).toLocaleLowerCase("fr")}${totals.title.slice(1)}`);
    header([totals.header, ...years, "Total"]);
    for (const row of totals.rows) money(sheet.addRow([row.label, ...row.byYear, row.total]), 2);
  }
  sheet.addRow([]);

  const { baseline } = annex;
  title(`Financement existant de la Caf${baseline.year === null ? "" : ` (${baseline.year})`}`);
  if (baseline.note) sheet.addRow([baseline.note]);
  header(["Ce qui est financé", "Dispositif de la Caf", "Montant"]);
  for (const line of baseline.lines) money(sheet.addRow([line.label, line.dispositif, line.amount]), 3);
  for (const row of baseline.byDispositif) money(sheet.addRow([`Total ${row.dispositif}`, "", row.total]), 3);
  const total = sheet.addRow(["Total", "", baseline.total]);
  total.font = { bold: true };
  money(total, 3);
}
