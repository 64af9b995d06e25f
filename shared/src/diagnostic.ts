import type * as Y from "yjs";
import { type BoardLayoutView, boardLayoutView } from "./board-clusters.ts";
import { cardBody } from "./board-document.ts";
import { tallyVotes, type VoteResults } from "./board-votes.ts";
import type { Card } from "./card.ts";
import type { CardKind } from "./card-kinds.ts";
import { citedFigure } from "./citation.ts";
import type { Demarche, MeetingKind } from "./governance.ts";
import type { IndicatorLevel, IndicatorView } from "./indicator.ts";
import { type IndicatorSeries, sameTheme, seriesOf } from "./indicator-series.ts";
import { fragmentText } from "./rich-text.ts";
import type { BoardView, SpaceView } from "./space.ts";
import type { TerritoryService } from "./territory-services.ts";

/** What the diagnostic calls its findings: what the groups observed, what the territory has, what it lacks. */
export const FINDING_KINDS = ["constat", "ressource", "besoin"] as const satisfies readonly CardKind[];
export type FindingKind = (typeof FINDING_KINDS)[number];

/** What one board's document holds for the diagnostic, read once while the document is at hand. */
export interface BoardContent {
  layout: BoardLayoutView;
  /** Card id → its body as plain text. */
  bodies: Record<string, string>;
  votes: VoteResults;
}

/** The board's cards as it shows them: cluster by cluster, then the loose ones. */
const inBoardOrder = (layout: BoardLayoutView) => [...layout.clusters.flatMap((entry) => entry.cards), ...layout.loose];

export function boardContent(doc: Y.Doc): BoardContent {
  const layout = boardLayoutView(doc);
  const bodies = Object.fromEntries(
    inBoardOrder(layout).map((card) => {
      const body = cardBody(doc, card.id);
      return [card.id, body ? fragmentText(body) : ""];
    }),
  );
  return { layout, bodies, votes: tallyVotes(doc) };
}

/** The comité whose decision validated the diagnostic (usually the COPIL), and its day. */
export interface DiagnosticValidation {
  on: string;
  meetingKind: MeetingKind;
  meetingTitle: string;
}

/** The validation of the démarche's diagnostic step, null while it is not validated (or was re-opened since). */
export function diagnosticValidation(demarche: Demarche): DiagnosticValidation | null {
  const step = demarche.steps.find((candidate) => candidate.step === "diagnostic");
  if (step?.state !== "validee" || step.validatedOn === null) return null;
  const meeting = step.meetings.findLast((candidate) => candidate.date === step.validatedOn);
  return meeting ? { on: step.validatedOn, meetingKind: meeting.kind, meetingTitle: meeting.title } : null;
}

export interface DiagnosticInput {
  space: Pick<SpaceView, "name" | "period" | "territory">;
  boards: readonly { board: Pick<BoardView, "id" | "theme" | "description" | "archived">; content: BoardContent }[];
  indicators: readonly IndicatorView[];
  validation: DiagnosticValidation | null;
  /** The territory's services (offre existante), each shown under the theme of its kind. */
  services: readonly TerritoryService[];
}

export interface DiagnosticYear {
  year: number;
  values: Record<IndicatorLevel, number | null>;
}

/** A territorial figure over its years, and how the territory's value moved from the first year to the last. */
export interface DiagnosticIndicator {
  label: string;
  unit: string;
  source: string;
  /** Oldest first; the last one is the latest figure. */
  years: DiagnosticYear[];
  /** Null for a figure of one year (see hasEvolutions), or when the territory's value lacks at either end. */
  evolution: { fromYear: number; toYear: number; from: number; to: number; change: number } | null;
}

/**
 * Whether a table of figures has an Évolution column: only when some figure of it spans several years. A figure of
 * one year has no evolution to show, even one that is itself an evolution ("Évolution du nombre d'allocataires
 * 2014-2019", imported for 2019 alone): a column of dashes would read as figures missing. In a table that has the
 * column, such a figure says it has one year (see isSingleYear).
 */
export function hasEvolutions(indicators: readonly DiagnosticIndicator[]): boolean {
  return indicators.some((indicator) => !isSingleYear(indicator));
}

export const isSingleYear = (indicator: DiagnosticIndicator) => indicator.years.length < 2;

/** What a board's card says in the diagnostic, whatever its kind. */
interface DiagnosticCard<Kind extends CardKind> {
  id: string;
  kind: Kind;
  title: string;
  body: string;
  /**
   * Where the card comes from, said once: the source its authors wrote, or else that of the figure it cites. A cited
   * figure's own source is in the table of figures; under a card, two "Source :" lines would be one too many.
   */
  source: string;
  /** The board decided it (agreed), or it went on into the plan. */
  retained: boolean;
  /** The figure (or service) the card cites. */
  citation: NonNullable<Card["citation"]> | null;
}

export type DiagnosticFinding = DiagnosticCard<FindingKind>;

/** An action idea the group proposed: not a finding, but what the action plan starts from. */
export interface DiagnosticPiste extends DiagnosticCard<"piste"> {
  /** It went into a fiche action of the plan. */
  promoted: boolean;
  /** The name of the board's cluster it sits in; null when loose. */
  cluster: string | null;
}

export interface DiagnosticPriorities {
  /** Voted or retained cards, most voted first; ties keep the board's order. */
  cards: { id: string; kind: CardKind; title: string; votes: number; retained: boolean }[];
  /** Clusters by their cards' votes, most voted first. */
  clusters: { id: string; name: string; votes: number }[];
  /** 0 when the board never voted: the cards are then those it agreed, and their votes say nothing. */
  voters: number;
}

export interface DiagnosticTheme {
  boardId: string;
  theme: string;
  description: string;
  indicators: DiagnosticIndicator[];
  findings: {
    clusters: { id: string; name: string; findings: DiagnosticFinding[] }[];
    unclustered: DiagnosticFinding[];
  };
  priorities: DiagnosticPriorities;
  /** The pistes d'action the group proposed, in the board's order, whether voted or not. */
  pistes: DiagnosticPiste[];
  /** The offre existante of the theme. */
  services: TerritoryService[];
}

export interface Diagnostic {
  space: DiagnosticInput["space"];
  validation: DiagnosticValidation | null;
  /** The figures of no active board's theme (the territory's general portrait). */
  general: DiagnosticIndicator[];
  themes: DiagnosticTheme[];
}

const retained = (card: Card) => card.status !== "draft";
const tenth = (value: number) => Math.round(value * 10) / 10;

function diagnosticIndicator(series: IndicatorSeries): DiagnosticIndicator {
  const { label, unit, source } = series.latest;
  const years = series.years.map(({ year, values }) => ({ year, values }));
  const [first, last] = [series.years[0], series.latest];
  const [from, to] = [first?.values.territoire ?? null, last.values.territoire];
  const evolution =
    first && first !== last && from !== null && to !== null
      ? { fromYear: first.year, toYear: last.year, from, to, change: tenth(to - from) }
      : null;
  return { label, unit, source, years, evolution };
}

function diagnosticCard<Kind extends CardKind>(
  card: Card & { kind: Kind },
  bodies: Record<string, string>,
): DiagnosticCard<Kind> {
  const { id, kind, title, source } = card;
  return {
    id,
    kind,
    title,
    body: bodies[card.id] ?? "",
    source: source || citedFigure(card.citation)?.source || "",
    retained: retained(card),
    citation: card.citation ?? null,
  };
}

const isFinding = (card: Card): card is Card & { kind: FindingKind } =>
  (FINDING_KINDS as readonly CardKind[]).includes(card.kind);
const isPiste = (card: Card): card is Card & { kind: "piste" } => card.kind === "piste";

function findingsOf({ layout, bodies }: BoardContent): DiagnosticTheme["findings"] {
  const findings = (cards: Card[]) => cards.filter(isFinding).map((card) => diagnosticCard(card, bodies));
  return {
    clusters: layout.clusters
      .map(({ cluster, cards }) => ({ id: cluster.id, name: cluster.name, findings: findings(cards) }))
      .filter((entry) => entry.findings.length > 0),
    unclustered: findings(layout.loose),
  };
}

function pistesOf({ layout, bodies }: BoardContent): DiagnosticPiste[] {
  const pistes = (cards: Card[], cluster: string | null) =>
    cards
      .filter(isPiste)
      .map((card) => ({ ...diagnosticCard(card, bodies), promoted: card.status === "promoted", cluster }));
  return [
    ...layout.clusters.flatMap(({ cluster, cards }) => pistes(cards, cluster.name)),
    ...pistes(layout.loose, null),
  ];
}

function prioritiesOf({ layout, votes }: BoardContent): DiagnosticPriorities {
  const counted = new Map(votes.cards.map((entry) => [entry.cardId, entry.votes]));
  const cards = inBoardOrder(layout)
    .map((card) => ({
      id: card.id,
      kind: card.kind,
      title: card.title,
      votes: counted.get(card.id) ?? 0,
      retained: retained(card),
    }))
    .filter((card) => card.votes > 0 || card.retained)
    .sort((a, b) => b.votes - a.votes);
  const names = new Map(layout.clusters.map(({ cluster }) => [cluster.id, cluster.name]));
  const clusters = votes.clusters.flatMap(({ clusterId, votes: count }) => {
    const name = names.get(clusterId);
    return name === undefined ? [] : [{ id: clusterId, name, votes: count }];
  });
  return { cards, clusters, voters: votes.voters };
}

/**
 * The diagnostic partagé as the groups wrote it: per active board (theme), its figures with their comparison levels
 * and evolution, its findings as the board clustered them, the priorities its vote gave, and the pistes d'action it
 * proposed.
 */
export function assembleDiagnostic(input: DiagnosticInput): Diagnostic {
  const boards = input.boards.filter(({ board }) => !board.archived);
  const series = seriesOf(input.indicators);
  const ofTheme = (theme: string) => series.filter((one) => sameTheme(one.theme, theme)).map(diagnosticIndicator);
  const themes = boards.map(({ board, content }) => ({
    boardId: board.id,
    theme: board.theme,
    description: board.description,
    indicators: ofTheme(board.theme),
    findings: findingsOf(content),
    priorities: prioritiesOf(content),
    pistes: pistesOf(content),
    services: input.services.filter(({ themeHint }) => themeHint !== null && sameTheme(themeHint, board.theme)),
  }));
  const general = series
    .filter((one) => !boards.some(({ board }) => sameTheme(one.theme, board.theme)))
    .map(diagnosticIndicator);
  return { space: input.space, validation: input.validation, general, themes };
}
