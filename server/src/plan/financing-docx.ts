import { formatEuros } from "@atelier/shared";
import { HeadingLevel, Paragraph, type Table, TableRow } from "docx";
import { amountCell, cell, headerRow, table } from "./docx-table.ts";
import type { AnnexLine, AnnexTotals, FinancialAnnex } from "./financial-annex.ts";

/** A fiche's budget lines, as its section of the plan prints them. */
export function budgetLinesTable(lines: AnnexLine[]) {
  return table([
    headerRow(["Financeur", "Nature", "Dispositif de la Caf", "Année", "Montant"]),
    ...lines.map(
      (line) =>
        new TableRow({
          children: [
            cell(line.name ? `${line.financer} — ${line.name}` : line.financer),
            cell(line.nature),
            cell(line.dispositif),
            cell(String(line.year)),
            amountCell(line.amount),
          ],
        }),
    ),
  ]);
}

function totalsTable(years: string[], totals: AnnexTotals) {
  return [
    new Paragraph({ text: totals.title, heading: HeadingLevel.HEADING_2 }),
    table([
      headerRow([totals.header, ...years, "Total"]),
      ...totals.rows.map(
        (row) =>
          new TableRow({
            children: [cell(row.label), ...row.byYear.map((amount) => amountCell(amount)), amountCell(row.total, true)],
          }),
      ),
    ]),
  ];
}

/**
 * The convention financière annexed to the plan: the totals per year, financer, nature, Caf dispositif and axis,
 * then what the Caf already pays on the territory, which the plan's money adds to.
 */
export function financingSection(annex: FinancialAnnex): (Paragraph | Table)[] {
  const years = annex.years.map(String);
  const { baseline } = annex;
  const blocks: (Paragraph | Table)[] = [
    new Paragraph({ text: "Convention financière", heading: HeadingLevel.HEADING_1 }),
    new Paragraph(`Le plan d'actions mobilise ${formatEuros(annex.total)} sur la période.`),
    new Paragraph({ text: "Par année", heading: HeadingLevel.HEADING_2 }),
    table([
      headerRow(["", ...years, "Total"]),
      new TableRow({
        children: [
          cell("Plan d'actions", true),
          ...annex.byYear.map((amount) => amountCell(amount, true)),
          amountCell(annex.total, true),
        ],
      }),
    ]),
  ];
  for (const totals of annex.totals) if (totals.rows.length > 0) blocks.push(...totalsTable(years, totals));
  blocks.push(
    new Paragraph({
      text: `Financement existant de la Caf${baseline.year === null ? "" : ` en ${baseline.year}`}`,
      heading: HeadingLevel.HEADING_2,
    }),
  );
  if (baseline.note) blocks.push(new Paragraph(baseline.note));
  if (baseline.lines.length === 0) {
    blocks.push(new Paragraph("Non renseigné."));
    return blocks;
  }
  blocks.push(
    table([
      headerRow(["Ce qui est financé", "Dispositif de la Caf", "Montant"]),
      ...baseline.lines.map(
        (line) => new TableRow({ children: [cell(line.label), cell(line.dispositif), amountCell(line.amount)] }),
      ),
      new TableRow({ children: [cell("Total", true), cell(""), amountCell(baseline.total, true)] }),
    ]),
  );
  return blocks;
}
