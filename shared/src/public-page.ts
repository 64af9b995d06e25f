import { type BilanEntry, type BilanProgress, NOT_ASSESSED } from "./bilan.ts";
import type { Fiche, FicheStatus, SourceRef } from "./fiche.ts";
import type { Axis } from "./plan-document.ts";
import { sourceKey } from "./plan-document.ts";
import { type Period, periodYears } from "./space.ts";
import type { Territory } from "./territory.ts";

/**
 * "Ce que nous avons retenu": what a space gives back to its habitants, on a public page anyone with its link may
 * read. It holds the plan's axes and fiches in plain words and, under each fiche, the titles of the habitants'
 * contributions that fed it: never a name, an id, a card's body, nor anything of the governance (meetings,
 * decisions, signatories, budget, indicators, participants).
 */

/**
 * Only what the partners decided together: a fiche still "proposée" is a draft under discussion, and showing it
 * would promise what nobody committed to. An abandoned fiche stays, so that habitants learn what became of it.
 */
export const PUBLIC_FICHE_STATUSES = ["validee", "en-cours", "realisee", "abandonnee"] as const satisfies FicheStatus[];
export type PublicFicheStatus = (typeof PUBLIC_FICHE_STATUSES)[number];

/**
 * A year the bilan has not spoken of yet: still to come ("prevue", the year under way included), or over with nothing
 * said of it (NOT_ASSESSED), which must not read as a promise still pending.
 */
const PLANNED = "prevue" as const;
type PublicYearProgress = BilanProgress | typeof PLANNED | typeof NOT_ASSESSED;

export interface PublicYear {
  year: number;
  progress: PublicYearProgress;
}

export interface PublicFiche {
  title: string;
  /** Plain text, as the exports read it. */
  description: string;
  targetPublic: string;
  status: PublicFicheStatus;
  years: number[];
  /** Titles of the habitants' cards it came from, in the order they were promoted, each once. */
  contributions: string[];
  /**
   * The years of the fiche's own calendar (calendarYears), in order: a bilan entry of another year (the study before
   * a crèche opens) is not shown as the action's progress. A fiche without a calendar shows the years its bilan has.
   */
  yearly: PublicYear[];
}

export interface PublicAxis {
  /** null: fiches not placed under an axis yet. */
  title: string | null;
  fiches: PublicFiche[];
}

export interface PublicPage {
  name: string;
  /** The EPCI, or the one commune of a space without one; null when the territory says neither. */
  territory: string | null;
  period: Period;
  axes: PublicAxis[];
}

export interface PublicPageInput {
  space: { name: string; period: Period; territory: Territory };
  axes: Axis[];
  /** In the plan's order. */
  fiches: Fiche[];
  /**
   * The current title of each card a habitant wrote, by source key (board/card), among the cards the fiches cite. A
   * card gone from its board (withdrawn, or its author erased) is absent, and so leaves the page.
   */
  habitantCards: ReadonlyMap<string, string>;
  /**
   * The yearly bilan's progress of each fiche. Its assessment, difficulties and adjustments are written for the
   * COPIL and may name people: they stay off the page.
   */
  bilan?: readonly Pick<BilanEntry, "ficheId" | "year" | "progress">[];
  /** The year under way, by the server's clock: the years before it are over. */
  currentYear: number;
}

export function isPublicFiche(fiche: Fiche): fiche is Fiche & { status: PublicFicheStatus } {
  return (PUBLIC_FICHE_STATUSES as readonly FicheStatus[]).includes(fiche.status);
}

/** The sources whose board the server must read to know which cards habitants wrote. */
export function publicSources(fiches: readonly Fiche[]): SourceRef[] {
  return fiches.filter(isPublicFiche).flatMap((fiche) => fiche.sources);
}

function territoryName({ epci, communes }: Territory): string | null {
  if (epci) return epci.name;
  return communes.length === 1 ? (communes[0]?.name ?? null) : null;
}

const yearOf = (date: string | null): number | null => (date === null ? null : Number(date.slice(0, 4)));

/**
 * The years a fiche's own calendar spans: its years, kept between its start and end dates when it has them; without
 * years, the span of its dates within the CTG's period; null when it says none of them.
 */
export function calendarYears(fiche: Pick<Fiche, "years" | "startDate" | "endDate">, period: Period): number[] | null {
  const start = yearOf(fiche.startDate);
  const end = yearOf(fiche.endDate);
  const within = (year: number) => (start === null || year >= start) && (end === null || year <= end);
  if (fiche.years.length > 0) return [...new Set(fiche.years)].filter(within).sort((a, b) => a - b);
  if (start === null && end === null) return null;
  const first = Math.max(start ?? period.start, period.start);
  const last = Math.min(end ?? period.end, period.end);
  return last < first ? [] : periodYears({ start: first, end: last });
}

function publicFiche(fiche: Fiche & { status: PublicFicheStatus }, input: PublicPageInput): PublicFiche {
  const contributions = fiche.sources.flatMap((source) => {
    const title = input.habitantCards.get(sourceKey(source));
    return title === undefined ? [] : [title];
  });
  const bilan = new Map(
    (input.bilan ?? []).filter((entry) => entry.ficheId === fiche.id).map((entry) => [entry.year, entry.progress]),
  );
  const years = calendarYears(fiche, input.space.period) ?? [...bilan.keys()].sort((a, b) => a - b);
  return {
    title: fiche.title,
    description: fiche.description,
    targetPublic: fiche.targetPublic,
    status: fiche.status,
    years: [...fiche.years].sort((a, b) => a - b),
    contributions: [...new Set(contributions)],
    yearly: years.map((year) => ({
      year,
      progress: bilan.get(year) ?? (year < input.currentYear ? NOT_ASSESSED : PLANNED),
    })),
  };
}

/** The public page of a space: its axes in order, each with its decided fiches; the unplaced fiches last. */
export function publicPage(input: PublicPageInput): PublicPage {
  const shown = input.fiches.filter(isPublicFiche);
  const known = new Set(input.axes.map((axis) => axis.id));
  const groups: { title: string | null; fiches: typeof shown }[] = [
    ...input.axes.map((axis) => ({ title: axis.title, fiches: shown.filter((fiche) => fiche.axisId === axis.id) })),
    { title: null, fiches: shown.filter((fiche) => fiche.axisId === null || !known.has(fiche.axisId)) },
  ];
  return {
    name: input.space.name,
    territory: territoryName(input.space.territory),
    period: input.space.period,
    axes: groups
      .filter((group) => group.fiches.length > 0)
      .map((group) => ({ title: group.title, fiches: group.fiches.map((fiche) => publicFiche(fiche, input)) })),
  };
}
