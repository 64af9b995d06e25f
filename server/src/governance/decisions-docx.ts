import { FRENCH_DECISION_KINDS, type Meeting, type MeetingKind } from "@atelier/shared";
import { HeadingLevel, Paragraph, TextRun } from "docx";
import { ctgDocx } from "../documents/ctg-docx.ts";

/** The document is written in French, as the Caf and its partners exchange it. */
export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  copil: "Comité de pilotage (COPIL)",
  "comite-operationnel": "Comité opérationnel / groupe thématique",
  "comite-partenarial": "Comité opérationnel partenarial",
  "comite-technique": "Comité technique",
};

export interface DecisionsHeader {
  spaceName: string;
  /** The thematic group of a comité opérationnel, when it names one. */
  boardTheme: string | null;
}

const DAY = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** A day (AAAA-MM-JJ) as a French document writes it: « 30 octobre 2021 ». */
export const longDate = (day: string) => DAY.format(new Date(`${day}T00:00:00Z`));

function field(label: string, value: string) {
  return new Paragraph({ children: [new TextRun({ text: `${label} : `, bold: true }), new TextRun(value || "—")] });
}

const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
const lines = (text: string) => text.split("\n").map((line) => new Paragraph(line));
const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });

/** The relevé de décisions of one meeting: when and where, who came or sent apologies, the agenda, what was decided. */
export async function decisionsDocx(meeting: Meeting, header: DecisionsHeader): Promise<Buffer> {
  const present = meeting.attendees.filter((attendee) => attendee.attendance === "present");
  const excused = meeting.attendees.filter((attendee) => attendee.attendance === "excuse");
  const person = (attendee: Meeting["attendees"][number]) =>
    bullet(attendee.organisation ? `${attendee.name} (${attendee.organisation})` : attendee.name);
  const children: Paragraph[] = [
    new Paragraph({ text: "Relevé de décisions", heading: HeadingLevel.TITLE }),
    new Paragraph(`Convention territoriale globale — ${header.spaceName}`),
    new Paragraph({ text: meeting.title, heading: HeadingLevel.HEADING_1 }),
    field("Instance", MEETING_KIND_LABELS[meeting.kind]),
    field("Date", longDate(meeting.date)),
    field("Lieu", meeting.place),
  ];
  if (header.boardTheme) children.push(field("Groupe thématique", header.boardTheme));
  children.push(heading(`Présents (${present.length})`), ...present.map(person));
  if (present.length === 0) children.push(new Paragraph("—"));
  children.push(heading(`Excusés (${excused.length})`), ...excused.map(person));
  if (excused.length === 0) children.push(new Paragraph("—"));
  children.push(heading("Ordre du jour"), ...(meeting.agenda ? lines(meeting.agenda) : [new Paragraph("—")]));
  children.push(heading("Décisions"));
  if (meeting.decisions.length === 0) children.push(new Paragraph("Aucune décision consignée."));
  meeting.decisions.forEach((decision, index) => {
    children.push(
      new Paragraph({
        text: `${index + 1}. ${FRENCH_DECISION_KINDS[decision.kind]}${decision.year ? ` ${decision.year}` : ""}`,
        heading: HeadingLevel.HEADING_2,
      }),
      ...lines(decision.text),
    );
  });
  return ctgDocx(`Relevé de décisions — ${meeting.title}`, children);
}
