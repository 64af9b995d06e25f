import { type BilanEntry, type BilanProgress, NOT_ASSESSED } from "./bilan.ts";
import type { Fiche, FicheStatus, SourceRef } from "./fiche.ts";
import { bilanYearsOf } from "./fiche-calendar.ts";
import type { Axis } from "./plan-document.ts";
import { sourceKey } from "./plan-document.ts";
import type { Period } from "./space.ts";
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
   * The years whose bilan covers the fiche (bilanYearsOf), in order: a fiche without a calendar shows every year of
   * the convention, as the COPIL's bilan lists it. An entry the COPIL's bilan keeps outside the fiche's calendar
   * (written before its dates changed) is not shown here as the action's progress.
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

function publicFiche(fiche: Fiche & { status: PublicFicheStatus }, input: PublicPageInput): PublicFiche {
  const contributions = fiche.sources.flatMap((source) => {
    const title = input.habitantCards.get(sourceKey(source));
    return title === undefined ? [] : [title];
  });
  const bilan = new Map(
    (input.bilan ?? []).filter((entry) => entry.ficheId === fiche.id).map((entry) => [entry.year, entry.progress]),
  );
  const years = bilanYearsOf(fiche, input.space.period);
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
