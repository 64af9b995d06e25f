import {
  type BudgetBilan,
  budgetExecution,
  type FicheBilan,
  FRENCH_PROGRESS_WORDS,
  formatEuros,
  formatFigure,
  frenchOutsideCalendar,
  type IndicatorBilan,
  NOT_ASSESSED,
  PROGRESS_COUNTED,
  type YearBilan,
} from "@atelier/shared";
import { HeadingLevel, Paragraph, TableRow, TextRun } from "docx";
import { ctgDocx, type DocxBlock } from "../documents/ctg-docx.ts";
import { longDate } from "../governance/decisions-docx.ts";
import { field, type PlanHeader } from "../plan/docx-export.ts";
import { amountCell, cell, headerRow, table } from "../plan/docx-table.ts";

/** A part of the bilan annuel under its own heading: the bilan's own parts, and any another feature adds. */
export interface BilanDocxSection {
  title: string;
  blocks: DocxBlock[];
}

const subheading = (text: string, level: "HEADING_2" | "HEADING_3" = "HEADING_3") =>
  new Paragraph({ text, heading: HeadingLevel[level] });
const lines = (text: string) => text.split("\n").map((line) => new Paragraph(line));
const REACHED = { true: "Oui", false: "Non", null: "—" } as const;

function summary(bilan: YearBilan): BilanDocxSection {
  const rows = PROGRESS_COUNTED.map(
    (progress) =>
      new TableRow({ children: [cell(FRENCH_PROGRESS_WORDS[progress]), cell(String(bilan.counts[progress]))] }),
  );
  return {
    title: "Synthèse de l'avancement",
    blocks: [table([headerRow(["Avancement", "Fiches actions"]), ...rows]), ...budgetSummary(bilan)],
  };
}

const executionText = (budget: BudgetBilan) => {
  const rate = budgetExecution(budget);
  return rate === null ? "—" : `${rate} %`;
};

function budgetRow(label: string, budget: BudgetBilan, bold = false) {
  return new TableRow({
    children: [
      cell(label, bold),
      amountCell(budget.planned, bold),
      budget.spent === null ? cell("—", bold) : amountCell(budget.spent, bold),
      cell(executionText(budget), bold),
    ],
  });
}

/** The year's money by axis: the plan's budget lines against what the entries say was spent. */
function budgetSummary(bilan: YearBilan): DocxBlock[] {
  if (bilan.budget.planned === 0 && bilan.budget.spent === null) return [];
  const { unreported } = bilan.budget;
  return [
    subheading(`Budget ${bilan.year} : prévu et réalisé`, "HEADING_2"),
    table([
      headerRow(["Axe", "Budget prévu", "Dépenses réalisées", "Taux de réalisation"]),
      ...bilan.axes.map((axis) => budgetRow(axis.axis?.title ?? "Fiches à rattacher à un axe", axis.budget)),
      budgetRow("Total", bilan.budget, true),
    ]),
    ...(unreported > 0
      ? [
          new Paragraph(
            unreported === 1
              ? "Les dépenses d'une fiche dotée d'un budget cette année ne sont pas encore renseignées."
              : `Les dépenses de ${unreported} fiches dotées d'un budget cette année ne sont pas encore renseignées.`,
          ),
        ]
      : []),
  ];
}

/** The fiche's money of the year, when it has some planned or spent. */
function ficheBudgetFields({ budget }: FicheBilan): Paragraph[] {
  if (budget.planned === 0 && budget.spent === null) return [];
  const spent = budget.spent === null ? "non renseignées" : formatEuros(budget.spent);
  const rate = budgetExecution(budget);
  return [
    field("Budget prévu", formatEuros(budget.planned)),
    field("Dépenses réalisées", rate === null ? spent : `${spent} (${rate} % du budget prévu)`),
  ];
}

function indicatorsTable(indicators: IndicatorBilan[], year: number) {
  return table([
    headerRow(["Indicateur", "Cible", `Valeur ${year}`, "Cible atteinte"]),
    ...indicators.map(
      (indicator) =>
        new TableRow({
          children: [
            cell(indicator.label),
            cell(formatFigure(indicator.target, indicator.unit)),
            cell(formatFigure(indicator.value, indicator.unit)),
            cell(REACHED[`${indicator.reached}`]),
          ],
        }),
    ),
  ]);
}

/** The fiche's indicator year by year beside the territory's figure it is read against. */
function impactBlocks(indicator: IndicatorBilan): DocxBlock[] {
  const { impact } = indicator;
  if (!impact) return [];
  if (!impact.found) {
    return [new Paragraph(`${indicator.label} : l'indicateur territorial relié n'est plus dans l'espace.`)];
  }
  return [
    subheading(`Impact : ${indicator.label} et ${impact.label} (territoire)`),
    ...(impact.source ? [new Paragraph(`Source : ${impact.source}`)] : []),
    table([
      headerRow(["Année", indicator.label, impact.label]),
      ...impact.rows.map(
        (row) =>
          new TableRow({
            children: [
              cell(String(row.year)),
              cell(formatFigure(row.fiche, indicator.unit)),
              cell(formatFigure(row.territory, impact.unit)),
            ],
          }),
      ),
    ]),
  ];
}

function ficheBlocks(fiche: FicheBilan, year: number): DocxBlock[] {
  const { entry } = fiche;
  const blocks: DocxBlock[] = [
    subheading(fiche.title, "HEADING_2"),
    ...(fiche.outsideCalendar
      ? [new Paragraph({ children: [new TextRun({ text: frenchOutsideCalendar(year), italics: true })] })]
      : []),
    field("Pilote", fiche.pilot),
    field("Avancement", FRENCH_PROGRESS_WORDS[entry?.progress ?? NOT_ASSESSED]),
    field("Appréciation", entry?.assessment ?? ""),
    ...ficheBudgetFields(fiche),
  ];
  if (entry?.difficulties) blocks.push(subheading("Difficultés rencontrées"), ...lines(entry.difficulties));
  if (entry?.adjustments) blocks.push(subheading("Ajustements proposés"), ...lines(entry.adjustments));
  if (fiche.indicators.length > 0) {
    blocks.push(subheading("Indicateurs et cibles"), indicatorsTable(fiche.indicators, year));
    blocks.push(...fiche.indicators.flatMap(impactBlocks));
  }
  return blocks;
}

function decisions(bilan: YearBilan): BilanDocxSection {
  const blocks =
    bilan.meetings.length === 0
      ? [new Paragraph(`Aucune réunion de ${bilan.year} n'a encore validé le bilan annuel.`)]
      : bilan.meetings.flatMap((meeting) => [
          subheading(`${longDate(meeting.date)} — ${meeting.title}`, "HEADING_2"),
          ...meeting.decisions.flatMap(lines),
        ]);
  return { title: "Validation du bilan annuel", blocks };
}

/** The bilan's own parts: the summary, one per axis with its fiches, then the meetings that validated it. */
export function bilanSections(bilan: YearBilan): BilanDocxSection[] {
  const axes = bilan.axes.map((axis) => ({
    title: axis.axis?.title ?? "Fiches à rattacher à un axe",
    blocks: axis.fiches.flatMap((fiche) => ficheBlocks(fiche, bilan.year)),
  }));
  return [summary(bilan), ...axes, decisions(bilan)];
}

/** The bilan annuel for the COPIL, part after part: another feature adds its own by passing more sections. */
export async function bilanDocx(year: number, header: PlanHeader, sections: BilanDocxSection[]): Promise<Buffer> {
  const children: DocxBlock[] = [
    new Paragraph({ text: `Bilan annuel ${year}`, heading: HeadingLevel.TITLE }),
    new Paragraph(
      `Convention territoriale globale — ${header.spaceName} (${header.period.start}-${header.period.end})`,
    ),
    ...sections.flatMap((section) => [
      new Paragraph({ text: section.title, heading: HeadingLevel.HEADING_1 }),
      ...(section.blocks.length > 0 ? section.blocks : [new Paragraph("—")]),
    ]),
  ];
  return ctgDocx(`Bilan annuel ${year} — ${header.spaceName}`, children);
}
