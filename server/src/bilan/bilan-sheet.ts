import {
  type BilanEntry,
  bilanFiches,
  FRENCH_PROGRESS_WORDS,
  frenchOutsideCalendar,
  type Period,
  type PlanReport,
  plannedInYear,
} from "@atelier/shared";
import type ExcelJS from "exceljs";
import { EUROS_FORMAT } from "../plan/financing-sheet.ts";

/**
 * The yearly bilans beside the follow-up table: one row per year and fiche the bilan speaks of and has an entry for, in
 * the plan's order, by the bilan's own rule (bilanFiches). Entries of fiches no longer in the plan are left out, as
 * the plan no longer says what they were. Texts are written as text cells, never formulas, whatever they start with.
 */
export function addBilanSheet(
  workbook: ExcelJS.Workbook,
  report: PlanReport,
  period: Period,
  entries: readonly BilanEntry[],
): void {
  const sheet = workbook.addWorksheet("Bilan");
  sheet.columns = [
    { header: "Année", key: "year", width: 8 },
    { header: "Axe", key: "axis", width: 30 },
    { header: "Fiche action", key: "fiche", width: 40 },
    { header: "Avancement", key: "progress", width: 14 },
    { header: "Appréciation", key: "assessment", width: 50 },
    { header: "Difficultés", key: "difficulties", width: 50 },
    { header: "Ajustements", key: "adjustments", width: 50 },
    { header: "Budget prévu", key: "planned", width: 16, style: { numFmt: EUROS_FORMAT } },
    { header: "Dépenses réalisées", key: "spent", width: 18, style: { numFmt: EUROS_FORMAT } },
    { header: "Remarque", key: "note", width: 50 },
  ];
  const years = [...new Set(entries.map((entry) => entry.year))].sort((a, b) => a - b);
  for (const year of years) {
    for (const section of report.sections) {
      for (const { fiche, outsideCalendar } of bilanFiches(section.fiches, year, period, entries)) {
        const entry = entries.find((each) => each.year === year && each.ficheId === fiche.id);
        if (!entry) continue;
        sheet.addRow({
          year,
          axis: section.axis?.title ?? "Sans axe",
          fiche: fiche.title,
          progress: FRENCH_PROGRESS_WORDS[entry.progress],
          assessment: entry.assessment,
          difficulties: entry.difficulties,
          adjustments: entry.adjustments,
          planned: plannedInYear(fiche, year),
          spent: entry.spent,
          note: outsideCalendar ? frenchOutsideCalendar(year) : undefined,
        });
      }
    }
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
}
