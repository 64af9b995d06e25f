import {
  FRENCH_SATISFACTION_WORDS,
  SATISFACTION_MIN_ANSWERS,
  SATISFACTION_SCORES,
  type SatisfactionReport,
} from "@atelier/shared";
import { HeadingLevel, Paragraph, TableRow } from "docx";
import { bullet, cell, headerRow, table } from "../plan/docx-table.ts";
import type { BilanDocxSection } from "./bilan-docx.ts";

const WITHHELD = "—";
const decimal = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const answers = (count: number) => `${count} réponse${count > 1 ? "s" : ""}`;

/**
 * The partners' satisfaction, as the bilan annuel prints it: per question, how the notes spread and their mean, then
 * the comments, unsigned. Figures a question has too few answers for are withheld, and the document says why.
 */
export function satisfactionSection(report: SatisfactionReport): BilanDocxSection {
  const words = FRENCH_SATISFACTION_WORDS;
  const withheld = report.questions.some((question) => question.figures === null);
  const blocks = [
    new Paragraph(
      `Le questionnaire de satisfaction ${report.year} a reçu ${answers(report.respondents)} des partenaires, ` +
        `sans nom ni organisation. Notes de 1 (${words.scores[1].toLocaleLowerCase("fr")}) ` +
        `à 5 (${words.scores[5].toLocaleLowerCase("fr")}).`,
    ),
    table([
      headerRow(["Question", "Réponses", ...SATISFACTION_SCORES.map(String), "Moyenne"]),
      ...report.questions.map(
        ({ question, answers: count, figures }) =>
          new TableRow({
            children: [
              cell(words.questions[question]),
              cell(String(count)),
              ...(figures?.distribution ?? SATISFACTION_SCORES.map(() => WITHHELD)).map((given) => cell(String(given))),
              cell(figures ? decimal.format(figures.mean) : WITHHELD, true),
            ],
          }),
      ),
    ]),
    ...(withheld
      ? [
          new Paragraph(
            `${WITHHELD} : moins de ${SATISFACTION_MIN_ANSWERS} réponses à la question, résultat non communiqué pour ` +
              "préserver l'anonymat des partenaires.",
          ),
        ]
      : []),
    new Paragraph({ text: "Commentaires", heading: HeadingLevel.HEADING_2 }),
    ...(report.comments === null
      ? [
          new Paragraph(
            `Moins de ${SATISFACTION_MIN_ANSWERS} réponses : les commentaires ne sont pas communiqués, pour ` +
              "préserver l'anonymat des partenaires.",
          ),
        ]
      : report.comments.length === 0
        ? [new Paragraph("Aucun commentaire.")]
        : report.comments.map(bullet)),
  ];
  return { title: "Satisfaction des partenaires", blocks };
}
