import {
  type CardKind,
  communesPopulation,
  type Diagnostic,
  type DiagnosticFinding,
  type DiagnosticIndicator,
  type DiagnosticPiste,
  type DiagnosticTheme,
  type DiagnosticValidation,
  FRENCH_SERVICE_KINDS,
  formatFigure,
  hasEvolutions,
  isServiceCitation,
  isSingleYear,
} from "@atelier/shared";
import { HeadingLevel, Paragraph, type Table, TableRow, TextRun } from "docx";
import { ctgDocx } from "../documents/ctg-docx.ts";
import { MEETING_KIND_LABELS } from "../governance/decisions-docx.ts";
import { field } from "../plan/docx-export.ts";
import { bullet, cell, headerRow, table } from "../plan/docx-table.ts";

type Block = Paragraph | Table;

/** The document is written in French, as the Caf and its partners exchange it. */
const CARD_KIND_LABELS: Record<CardKind, string> = {
  constat: "Constat",
  ressource: "Ressource",
  besoin: "Besoin",
  piste: "Piste d'action",
};

const heading = (text: string, level: "HEADING_1" | "HEADING_2" | "HEADING_3", pageBreakBefore = false) =>
  new Paragraph({ text, heading: HeadingLevel[level], pageBreakBefore });
const lines = (text: string) => text.split("\n").map((line) => new Paragraph(line));
const inhabitants = (population: number | undefined) =>
  population === undefined ? "population non renseignée" : `${population.toLocaleString("fr-FR")} habitants`;

const SHORT_DAY = new Intl.DateTimeFormat("fr-FR", { timeZone: "UTC" });
/** « 30/10/2021 », as the validation is written on a cover page. */
const shortDate = (day: string) => SHORT_DAY.format(new Date(`${day}T00:00:00Z`));

function validationText(validation: DiagnosticValidation | null): string {
  if (!validation) return "Projet soumis au COPIL";
  const who = validation.meetingKind === "copil" ? "COPIL" : MEETING_KIND_LABELS[validation.meetingKind].toLowerCase();
  return `Validé par le ${who} du ${shortDate(validation.on)}`;
}

function territoryBlocks({ territory }: Diagnostic["space"]): Block[] {
  const blocks: Block[] = [];
  if (territory.epci) blocks.push(field("EPCI", `${territory.epci.name} (${inhabitants(territory.epci.population)})`));
  if (territory.communes.length === 0) {
    if (!territory.epci) blocks.push(field("Territoire", "non renseigné"));
    return blocks;
  }
  const { total, unknown } = communesPopulation(territory.communes);
  blocks.push(
    field(
      "Communes",
      `${territory.communes.length}, ${inhabitants(total)}${unknown ? ` (population non renseignée pour ${unknown})` : ""}`,
    ),
    table([
      headerRow(["Commune", "Population"]),
      ...territory.communes.map(
        (commune) =>
          new TableRow({
            children: [cell(commune.name), cell(commune.population?.toLocaleString("fr-FR") ?? "—")],
          }),
      ),
    ]),
  );
  return blocks;
}

/** « 27 % → 30 % (+3 points, 2017-2019) »: percentages move by points, other figures in their unit. */
function evolutionText(indicator: DiagnosticIndicator): string {
  const { evolution, unit } = indicator;
  if (isSingleYear(indicator)) return "Une seule année";
  if (!evolution) return "—";
  const change = evolution.change.toLocaleString("fr-FR", { signDisplay: "exceptZero", maximumFractionDigits: 1 });
  const changeUnit = unit === "%" ? " points" : unit ? ` ${unit}` : "";
  return `${formatFigure(evolution.from, unit)} → ${formatFigure(evolution.to, unit)} (${change}${changeUnit}, ${evolution.fromYear}-${evolution.toYear})`;
}

/** The figures at their latest year; the Évolution column only when some figure spans several years, as on the page. */
function indicatorsTable(indicators: DiagnosticIndicator[]): Block[] {
  if (indicators.length === 0) return [new Paragraph("Aucun indicateur importé pour cette thématique.")];
  const evolutions = hasEvolutions(indicators);
  return [
    table([
      headerRow(["Indicateur", "Territoire", "Département", "France", ...(evolutions ? ["Évolution"] : [])]),
      ...indicators.flatMap((indicator) => {
        const latest = indicator.years.at(-1);
        if (!latest) return [];
        const figure = (value: number | null) => cell(formatFigure(value, indicator.unit));
        return [
          new TableRow({
            children: [
              cell(`${indicator.label} (${latest.year})`),
              figure(latest.values.territoire),
              figure(latest.values.departement),
              figure(latest.values.france),
              ...(evolutions ? [cell(evolutionText(indicator))] : []),
            ],
          }),
        ];
      }),
    ]),
    new Paragraph({
      children: [
        new TextRun({
          text: `Sources : ${[...new Set(indicators.map((indicator) => indicator.source).filter(Boolean))].join(" ; ") || "—"}`,
          italics: true,
        }),
      ],
    }),
  ];
}

/** The levels a cited figure is compared with, as a French sentence names them. */
const COMPARED_LEVELS = [
  ["departement", "département"],
  ["france", "France"],
] as const;

function citedText(citation: NonNullable<DiagnosticFinding["citation"]>): string {
  if (isServiceCitation(citation)) {
    const where = citation.communeName ? `, ${citation.communeName}` : "";
    const places = citation.capacity === null ? "" : ` (${citation.capacity} places)`;
    return `Service cité : ${citation.name}${where}${places}`;
  }
  const { label, year, unit, values } = citation;
  // Only the levels the figure has: a missing one is no comparison, and none leaves the bracket out.
  const compared = COMPARED_LEVELS.flatMap(([level, name]) => {
    const value = values[level];
    return value === null ? [] : [`${name} ${formatFigure(value, unit)}`];
  });
  const comparison = compared.length > 0 ? ` (${compared.join(", ")})` : "";
  return `Chiffre cité : ${label} (${year}) : ${formatFigure(values.territoire, unit)}${comparison}`;
}

/** A card under its title line: its body, then what it cites and where it comes from (its one source, see shared). */
function cardBlocks(title: TextRun[], card: DiagnosticFinding | DiagnosticPiste, notes: Paragraph[] = []): Block[] {
  const blocks: Block[] = [new Paragraph({ children: title }), ...notes, ...(card.body ? lines(card.body) : [])];
  if (card.citation) blocks.push(bullet(citedText(card.citation)));
  if (card.source) blocks.push(bullet(`Source : ${card.source}`));
  return blocks;
}

function findingBlocks(finding: DiagnosticFinding): Block[] {
  return cardBlocks(
    [
      new TextRun({ text: `${CARD_KIND_LABELS[finding.kind]} : `, bold: true }),
      new TextRun({ text: finding.title, bold: true }),
      ...(finding.retained ? [new TextRun(" (retenu)")] : []),
    ],
    finding,
  );
}

function findingsSection({ findings }: DiagnosticTheme): Block[] {
  const blocks: Block[] = [heading("Constats, ressources et besoins", "HEADING_2")];
  for (const cluster of findings.clusters) {
    blocks.push(heading(cluster.name, "HEADING_3"), ...cluster.findings.flatMap(findingBlocks));
  }
  if (findings.unclustered.length > 0) {
    if (findings.clusters.length > 0) blocks.push(heading("Hors regroupement", "HEADING_3"));
    blocks.push(...findings.unclustered.flatMap(findingBlocks));
  }
  if (findings.clusters.length === 0 && findings.unclustered.length === 0) {
    blocks.push(new Paragraph("Aucun constat, ressource ou besoin n'a été écrit sur ce tableau."));
  }
  return blocks;
}

function prioritiesSection({ priorities }: DiagnosticTheme): Block[] {
  // Without a vote, the cards are those the board agreed: their votes (all none) and their "retenue" go unsaid.
  const voted = priorities.voters > 0;
  const blocks: Block[] = [heading(voted ? "Priorités votées et retenues" : "Priorités retenues", "HEADING_2")];
  if (priorities.cards.length === 0) return [...blocks, new Paragraph("Aucun vote ni décision sur ce tableau.")];
  if (voted) blocks.push(new Paragraph(`${priorities.voters} participant(s) ont voté.`));
  blocks.push(
    table([
      headerRow(voted ? ["Carte", "Type", "Votes", "Retenue"] : ["Carte", "Type"]),
      ...priorities.cards.map(
        (card) =>
          new TableRow({
            children: [
              cell(card.title),
              cell(CARD_KIND_LABELS[card.kind]),
              ...(voted ? [cell(String(card.votes)), cell(card.retained ? "Oui" : "—")] : []),
            ],
          }),
      ),
    ]),
  );
  if (priorities.clusters.length > 0) {
    blocks.push(new Paragraph({ children: [new TextRun({ text: "Par regroupement", bold: true })] }));
    blocks.push(...priorities.clusters.map((cluster) => bullet(`${cluster.name} : ${cluster.votes} vote(s)`)));
  }
  return blocks;
}

/** A promoted piste says it went into the plan, which says more than that it was retained. */
const pisteMark = (piste: DiagnosticPiste) =>
  piste.promoted ? " (au plan d'actions)" : piste.retained ? " (retenue)" : "";

function pisteBlocks(piste: DiagnosticPiste): Block[] {
  const mark = pisteMark(piste);
  return cardBlocks(
    [new TextRun({ text: piste.title, bold: true }), ...(mark ? [new TextRun(mark)] : [])],
    piste,
    piste.cluster ? [bullet(`Regroupement : ${piste.cluster}`)] : [],
  );
}

/** The action ideas the group proposed, voted or not: what the action plan starts from. */
function pistesSection({ pistes }: DiagnosticTheme): Block[] {
  const blocks: Block[] = [heading("Pistes d'action proposées", "HEADING_2")];
  if (pistes.length === 0) return [...blocks, new Paragraph("Aucune piste d'action n'a été proposée sur ce tableau.")];
  return [...blocks, ...pistes.flatMap(pisteBlocks)];
}

/** The offre existante of the theme: what the territory already has, before what the groups found missing. */
function servicesSection({ services }: DiagnosticTheme): Block[] {
  const blocks: Block[] = [heading("Offre existante", "HEADING_2")];
  if (services.length === 0) return [...blocks, new Paragraph("Aucun service de ce thème n'est recensé.")];
  return [
    ...blocks,
    table([
      headerRow(["Service", "Type", "Commune", "Places", "Gestionnaire", "Financé par la Caf"]),
      ...services.map(
        (service) =>
          new TableRow({
            children: [
              cell(service.name),
              cell(FRENCH_SERVICE_KINDS[service.kind]),
              cell(service.communeName ?? "Tout l'EPCI"),
              cell(service.capacity === null ? "—" : String(service.capacity)),
              cell(service.manager || "—"),
              cell(service.cafFunded ? "Oui" : "Non"),
            ],
          }),
      ),
    ]),
  ];
}

function themeSection(theme: DiagnosticTheme): Block[] {
  return [
    heading(theme.theme, "HEADING_1", true),
    ...(theme.description ? [new Paragraph(theme.description)] : []),
    heading("Indicateurs du territoire", "HEADING_2"),
    ...indicatorsTable(theme.indicators),
    ...servicesSection(theme),
    ...findingsSection(theme),
    ...prioritiesSection(theme),
    ...pistesSection(theme),
  ];
}

/**
 * The diagnostic partagé as the COPIL validates it: a cover page (space, territory, period, state of validation), the
 * territory's general figures, then per theme its figures, its findings as the group clustered them, its priorities
 * and the pistes d'action it proposed.
 */
export async function diagnosticDocx(diagnostic: Diagnostic): Promise<Buffer> {
  const { space } = diagnostic;
  const children: Block[] = [
    new Paragraph({ text: "Diagnostic partagé", heading: HeadingLevel.TITLE }),
    new Paragraph(`Convention territoriale globale — ${space.name}`),
    field("Période", `${space.period.start}-${space.period.end}`),
    field("État", validationText(diagnostic.validation)),
    ...(diagnostic.validation ? [field("Réunion", diagnostic.validation.meetingTitle)] : []),
    heading("Le territoire", "HEADING_1"),
    ...territoryBlocks(space),
  ];
  if (diagnostic.general.length > 0) {
    children.push(heading("Portrait général", "HEADING_2"), ...indicatorsTable(diagnostic.general));
  }
  children.push(...diagnostic.themes.flatMap(themeSection));
  return ctgDocx(`Diagnostic partagé — ${space.name}`, children);
}
