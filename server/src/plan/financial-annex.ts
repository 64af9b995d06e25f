import { type AmountRow, financerName, type PlanReport, FRENCH_FINANCING_WORDS as WORDS } from "@atelier/shared";

/** One budget line of the annex, worded in French for a document. */
export interface AnnexLine {
  ficheId: string;
  axis: string;
  fiche: string;
  financer: string;
  /** The party's or commune's name when the line gives one. */
  name: string;
  nature: string;
  dispositif: string;
  year: number;
  amount: number;
}

/** A table of totals: a label per row, an amount per year, then the row's total. */
export interface AnnexTotals {
  title: string;
  header: string;
  rows: { label: string; byYear: number[]; total: number }[];
}

export interface FinancialAnnex {
  years: number[];
  lines: AnnexLine[];
  totals: AnnexTotals[];
  /** The plan's total per year, and over the period. */
  byYear: number[];
  total: number;
  baseline: {
    year: number | null;
    note: string;
    lines: { label: string; dispositif: string; amount: number }[];
    byDispositif: { dispositif: string; total: number }[];
    total: number;
  };
}

/**
 * The convention financière as the DOCX and the XLSX both print it: every budget line by fiche, the totals per
 * financer, nature, Caf dispositif and axis, and the Caf's existing financing.
 */
export function financialAnnex(report: PlanReport): FinancialAnnex {
  const { budget, baseline } = report;
  // The convention's years, and any other year a line was written for (kept from an older plan): every amount
  // stands in a column, so the columns add up to the totals.
  const years = [...new Set([...report.years, ...Object.keys(budget.byYear).map(Number)])].toSorted((a, b) => a - b);
  const axisTitles = new Map(
    report.sections.flatMap((section) => (section.axis ? [[section.axis.id, section.axis.title]] : [])),
  );
  const rows = <R extends AmountRow<unknown>>(items: R[], label: (row: R) => string) =>
    items.map((row) => ({
      label: label(row),
      byYear: years.map((year) => row.byYear[String(year)] ?? 0),
      total: row.total,
    }));
  return {
    years,
    lines: report.sections.flatMap((section) =>
      section.fiches.flatMap((fiche) =>
        fiche.budget.map((line) => ({
          ficheId: fiche.id,
          axis: section.axis?.title ?? WORDS.noAxis,
          fiche: fiche.title,
          financer: WORDS.financers[line.financer.kind],
          name: line.financer.label,
          nature: line.nature ? WORDS.natures[line.nature] : WORDS.unsaid,
          dispositif: line.dispositif
            ? WORDS.dispositifs[line.dispositif]
            : line.financer.kind === "caf"
              ? WORDS.unsaid
              : "",
          year: line.year,
          amount: line.amount,
        })),
      ),
    ),
    totals: [
      {
        title: "Par financeur",
        header: "Financeur",
        rows: rows(budget.byFinancer, (row) => financerName(row.financer, WORDS.financers)),
      },
      {
        title: "Par nature",
        header: "Nature",
        rows: rows(budget.byNature, ({ key }) => (key ? WORDS.natures[key] : WORDS.unsaid)),
      },
      {
        title: "Par dispositif de la Caf",
        header: "Dispositif",
        rows: rows(budget.byDispositif, ({ key }) => (key ? WORDS.dispositifs[key] : WORDS.unsaid)),
      },
      {
        title: "Par axe",
        header: "Axe",
        rows: rows(budget.byAxis, ({ key }) => (key ? (axisTitles.get(key) ?? WORDS.noAxis) : WORDS.noAxis)),
      },
    ],
    byYear: years.map((year) => budget.byYear[String(year)] ?? 0),
    total: budget.total,
    baseline: {
      year: baseline.year,
      note: baseline.note,
      lines: baseline.lines.map((line) => ({
        label: line.label,
        dispositif: line.dispositif ? WORDS.dispositifs[line.dispositif] : WORDS.notBrokenDown,
        amount: line.amount,
      })),
      byDispositif: baseline.byDispositif.map((row) => ({
        dispositif: row.dispositif ? WORDS.dispositifs[row.dispositif] : WORDS.notBrokenDown,
        total: row.total,
      })),
      total: baseline.total,
    },
  };
}
