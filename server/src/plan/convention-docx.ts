import {
  type Avenant,
  avenantOwnLabel,
  FRENCH_DECISION_KINDS,
  MEETING_KINDS,
  type Meeting,
  type Party,
  partySignedOn,
} from "@atelier/shared";
import { HeadingLevel, Paragraph, type Table, TextRun } from "docx";
import { ctgDocx } from "../documents/ctg-docx.ts";
import { longDate, MEETING_KIND_LABELS } from "../governance/decisions-docx.ts";
import type { ConventionContent } from "./convention-service.ts";
import { field, planSections } from "./docx-export.ts";
import { financialAnnex } from "./financial-annex.ts";
import { financingSection } from "./financing-docx.ts";
import { forParty, ofTerritory } from "./territory-complement.ts";

type Block = Paragraph | Table;

const heading = (text: string, level: "HEADING_1" | "HEADING_2" = "HEADING_1") =>
  new Paragraph({ text, heading: HeadingLevel[level] });
const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });
const lines = (text: string) => text.split("\n").map((line) => new Paragraph(line));

/** A party as the accord-cadre names it: who, represented by whom, and when it signed. */
function partyLine(party: Party, signedOn: string | null) {
  const representative = party.representative
    ? `, représenté(e) par ${party.representative.name}${party.representative.title ? `, ${party.representative.title}` : ""}`
    : "";
  return bullet(`${party.name}${representative}${signedOn ? ` — signé le ${longDate(signedOn)}` : ""}`);
}

function governance(meetings: Meeting[]): Block[] {
  const blocks: Block[] = [
    heading("Article 4 — Gouvernance"),
    new Paragraph(
      "Le comité de pilotage (COPIL) réunit les signataires : il valide le diagnostic, les priorités, le plan " +
        "d'actions et son évaluation, et décide des avenants. Les comités ci-dessous préparent ses décisions.",
    ),
  ];
  for (const kind of MEETING_KINDS) {
    const held = meetings.filter((meeting) => meeting.kind === kind);
    if (held.length === 0) continue;
    blocks.push(heading(MEETING_KIND_LABELS[kind], "HEADING_2"));
    for (const meeting of held) blocks.push(bullet(`${longDate(meeting.date)} — ${meeting.title}`));
  }
  if (meetings.length === 0) blocks.push(new Paragraph("Aucune réunion n'est encore consignée."));
  return blocks;
}

function evaluation({ meetings, report }: ConventionContent): Block[] {
  const blocks: Block[] = [
    heading("Article 5 — Modalités d'évaluation"),
    new Paragraph(
      "Le plan d'actions est évalué chaque année en COPIL (bilan annuel), à partir des indicateurs de réalisation " +
        "et de résultat de chaque fiche action.",
    ),
  ];
  for (const meeting of meetings) {
    for (const decision of meeting.decisions.filter(({ kind }) => kind === "validation-evaluation")) {
      blocks.push(
        new Paragraph({
          children: [
            new TextRun({ text: `${FRENCH_DECISION_KINDS[decision.kind]} (${longDate(meeting.date)})`, bold: true }),
          ],
        }),
        ...lines(decision.text),
      );
    }
  }
  for (const fiche of report.sections.flatMap((section) => section.fiches)) {
    for (const indicator of fiche.indicators) {
      blocks.push(
        bullet(`${fiche.title} : ${indicator.label}${indicator.target === null ? "" : ` (cible ${indicator.target})`}`),
      );
    }
  }
  return blocks;
}

/**
 * An avenant as the convention lists it: its number (with the non-breaking space French typography puts after
 * "n°"), what its label adds, and the day of the comité that decided it; the day it was frozen when none is named.
 */
function avenantLine(avenant: Avenant): Paragraph {
  const own = avenantOwnLabel(avenant.label);
  const day = avenant.decidedOn
    ? longDate(avenant.decidedOn)
    : `version figée le ${longDate(new Date(avenant.createdAt).toISOString().slice(0, 10))}`;
  return bullet(`Avenant n°\u00a0${avenant.number}${own ? ` : ${own}` : ""} (${day})`);
}

function avenants({ status }: ConventionContent): Block[] {
  if (status.avenants.length === 0) return [];
  return [heading("Article 6 — Avenants"), ...status.avenants.map(avenantLine)];
}

function signatureBlocks(content: ConventionContent): Block[] {
  const blocks: Block[] = [heading("Signatures")];
  for (const party of content.space.parties) {
    const signedOn = partySignedOn(party, content.status.signature);
    blocks.push(
      new Paragraph({ children: [new TextRun({ text: forParty(party), bold: true })] }),
      new Paragraph(
        party.representative
          ? `${party.representative.name}${party.representative.title ? `, ${party.representative.title}` : ""}`
          : "Nom, fonction : ____________",
      ),
      new Paragraph(`Le ${signedOn ? longDate(signedOn) : "____________"}, signature :`),
      new Paragraph(""),
      new Paragraph(""),
    );
  }
  if (content.space.parties.length === 0) blocks.push(new Paragraph("Les signataires ne sont pas encore désignés."));
  return blocks;
}

/**
 * The convention territoriale globale as signed: the accord-cadre (parties, objet, durée, engagements, gouvernance,
 * évaluation), then the plan d'actions and the convention financière as annexes, and a signature block per party.
 */
export async function conventionDocx(content: ConventionContent): Promise<Buffer> {
  const { space, status, report } = content;
  const annex = financialAnnex(report);
  const axes = report.sections.flatMap((section) => (section.axis ? [section.axis.title] : []));
  const children: Block[] = [
    new Paragraph({ text: `Convention territoriale globale — ${space.name}`, heading: HeadingLevel.TITLE }),
    new Paragraph(`Accord-cadre ${space.period.start}-${space.period.end}`),
    field("État", status.signature ? `Signée le ${longDate(status.signature.signedOn)}` : "Projet, non signé"),
    heading("Entre les parties"),
    ...space.parties.map((party) => partyLine(party, partySignedOn(party, status.signature))),
    ...(space.parties.length === 0 ? [new Paragraph("Les signataires ne sont pas encore désignés.")] : []),
    heading("Article 1 — Objet"),
    new Paragraph(
      `La présente convention territoriale globale définit le projet social de territoire ${ofTerritory(space.territory)} ` +
        "et les modalités de mise en œuvre de ses actions, à partir du diagnostic partagé par les signataires.",
    ),
    heading("Article 2 — Durée"),
    new Paragraph(
      `La convention est conclue du 1er janvier ${space.period.start} au 31 décembre ${space.period.end} ` +
        `(${space.period.end - space.period.start + 1} ans).`,
    ),
    heading("Article 3 — Engagements des parties"),
    new Paragraph(
      "Les signataires s'engagent à mettre en œuvre ensemble le plan d'actions (annexe 1) et à mobiliser les " +
        "financements de la convention financière (annexe 2), selon les axes suivants :",
    ),
    ...axes.map(bullet),
    ...governance(content.meetings),
    ...evaluation(content),
    ...avenants(content),
    ...signatureBlocks(content),
    new Paragraph({ text: "Annexe 1 — Plan d'actions", heading: HeadingLevel.TITLE, pageBreakBefore: true }),
    ...planSections(report, annex),
    new Paragraph({ text: "Annexe 2 — Convention financière", heading: HeadingLevel.TITLE, pageBreakBefore: true }),
    ...financingSection(annex),
  ];
  return ctgDocx(`Convention territoriale globale — ${space.name}`, children);
}
