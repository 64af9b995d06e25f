import {
  FICHE_DETAIL_FIELDS,
  FICHE_FIELD_GROUPS,
  type Fiche,
  type FicheFieldWords,
  FRENCH_FICHE_WORDS,
  ficheFieldText,
  frenchFicheWords,
  type Party,
  type PlanReport,
} from "@atelier/shared";
import { HeadingLevel, Paragraph, type Table, TableRow, TextRun } from "docx";
import { ctgDocx } from "../documents/ctg-docx.ts";
import { cell, table } from "./docx-table.ts";
import { type AnnexLine, type FinancialAnnex, financialAnnex } from "./financial-annex.ts";
import { budgetLinesTable, financingSection } from "./financing-docx.ts";
import { forParty } from "./territory-complement.ts";

export interface PlanHeader {
  spaceName: string;
  period: { start: number; end: number };
  /** Who signs the convention: the plan for signature gives each its signature block. */
  parties: readonly Pick<Party, "kind" | "name">[];
}

/** Until the space names its signatories, the two every CTG has. */
const UNNAMED_SIGNATORIES = ["Pour la Caf", "Pour la collectivité"];

export function field(label: string, value: string) {
  return new Paragraph({ children: [new TextRun({ text: `${label} : `, bold: true }), new TextRun(value || "—")] });
}

/** A fiche's fields, group by group as the definition orders them; its identity sits right under its title. */
function ficheFields(fiche: Fiche, words: FicheFieldWords): Paragraph[] {
  return FICHE_FIELD_GROUPS.flatMap((group) => {
    const fields = FICHE_DETAIL_FIELDS.filter((one) => one.group === group);
    if (fields.length === 0) return [];
    const heading = new Paragraph({ text: FRENCH_FICHE_WORDS.groups[group], heading: HeadingLevel.HEADING_3 });
    return [
      ...(group === "identity" ? [] : [heading]),
      ...fields.map((one) => field(FRENCH_FICHE_WORDS.labels[one.key], ficheFieldText(one, fiche[one.key], words))),
    ];
  });
}

function ficheSection(fiche: Fiche, years: number[], budget: AnnexLine[], words: FicheFieldWords) {
  const blocks: (Paragraph | Table)[] = [
    new Paragraph({ text: fiche.title, heading: HeadingLevel.HEADING_2 }),
    ...ficheFields(fiche, words),
  ];
  if (fiche.description) {
    blocks.push(new Paragraph({ text: "Description", heading: HeadingLevel.HEADING_3 }));
    for (const line of fiche.description.split("\n")) blocks.push(new Paragraph(line));
  }
  if (fiche.sources.length > 0) {
    blocks.push(new Paragraph({ text: "Issue du diagnostic partagé", heading: HeadingLevel.HEADING_3 }));
    for (const source of fiche.sources) {
      blocks.push(new Paragraph({ text: `${source.title} (${source.kind}, ${source.theme})`, bullet: { level: 0 } }));
    }
  }
  if (budget.length > 0) {
    blocks.push(new Paragraph({ text: "Budget prévisionnel", heading: HeadingLevel.HEADING_3 }));
    blocks.push(budgetLinesTable(budget));
  }
  if (fiche.indicators.length > 0) {
    blocks.push(new Paragraph({ text: "Indicateurs d'évaluation", heading: HeadingLevel.HEADING_3 }));
    blocks.push(
      table([
        new TableRow({
          tableHeader: true,
          children: [
            cell("Indicateur", true),
            cell("Type", true),
            cell("Cible", true),
            ...years.map((year) => cell(String(year), true)),
          ],
        }),
        ...fiche.indicators.map(
          (indicator) =>
            new TableRow({
              children: [
                cell(`${indicator.label}${indicator.unit ? ` (${indicator.unit})` : ""}`),
                cell(indicator.kind === "realisation" ? "Réalisation" : "Résultat"),
                cell(indicator.target === null ? "" : String(indicator.target)),
                ...years.map((year) => cell(String(indicator.values[String(year)] ?? ""))),
              ],
            }),
        ),
      ]),
    );
  }
  return blocks;
}

/**
 * The plan as a Word document ready for signature: one heading per axis, one section per fiche, then the convention
 * financière.
 */
export async function planDocx(report: PlanReport, header: PlanHeader): Promise<Buffer> {
  const annex = financialAnnex(report);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: `Convention territoriale globale — ${header.spaceName}`, heading: HeadingLevel.TITLE }),
    new Paragraph(`Plan d'actions ${header.period.start}-${header.period.end}`),
    ...planSections(report, annex),
  ];
  children.push(...financingSection(annex));
  children.push(new Paragraph({ text: "Signatures", heading: HeadingLevel.HEADING_1 }));
  const signatories = header.parties.length > 0 ? header.parties.map(forParty) : UNNAMED_SIGNATORIES;
  for (const signatory of signatories) {
    children.push(new Paragraph({ children: [new TextRun({ text: `${signatory}, le ____________ :`, bold: true })] }));
    children.push(new Paragraph(""), new Paragraph(""));
  }
  return ctgDocx(`Plan d'actions CTG — ${header.spaceName}`, children);
}

/** The plan's axes, objectives and fiches: the plan document's body, and the convention's annex. */
export function planSections(report: PlanReport, annex: FinancialAnnex): (Paragraph | Table)[] {
  const children: (Paragraph | Table)[] = [];
  const words = frenchFicheWords(report.names);
  for (const section of report.sections) {
    children.push(
      new Paragraph({ text: section.axis?.title ?? "Fiches à rattacher à un axe", heading: HeadingLevel.HEADING_1 }),
    );
    for (const objective of section.objectives)
      children.push(new Paragraph({ text: `Objectif : ${objective.title}`, bullet: { level: 0 } }));
    for (const fiche of section.fiches) {
      children.push(
        ...ficheSection(
          fiche,
          report.years,
          annex.lines.filter((line) => line.ficheId === fiche.id),
          words,
        ),
      );
    }
  }
  return children;
}
