import { formatEuros } from "@atelier/shared";
import { AlignmentType, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";

export const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

export const amountCell = (amount: number, bold = false) =>
  new TableCell({
    children: [
      new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: formatEuros(amount), bold })] }),
    ],
  });

export const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });

export const headerRow = (labels: string[]) =>
  new TableRow({ tableHeader: true, children: labels.map((label) => cell(label, true)) });

export function table(rows: TableRow[]) {
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
}
