import type * as Y from "yjs";
import { boardLayoutView, type Cluster } from "./board-clusters.ts";
import { cardBody } from "./board-document.ts";
import { type BoardSettings, readBoardSettings, seesEveryCard } from "./board-settings.ts";
import type { Card } from "./card.ts";
import { fragmentText } from "./rich-text.ts";

/** About what a screen shows of a lane; the live board draws as many at once before the rest (use-drawn-count.ts). */
export const FIRST_SCREEN_CARDS_PER_LANE = 12;
/** A folded card shows its body's first lines only. */
const BODY_PREVIEW_MAX = 280;
/**
 * Raised when what a first screen holds changes (a card's fields, the lanes): a board saved before, and not since,
 * keeps its old one in the database, which is then not shown rather than shown wrong.
 */
const FIRST_SCREEN_VERSION = 3;

export interface FirstScreenLane {
  /** The lane's first cards, in order. */
  cards: Card[];
  /** How many cards the lane holds. */
  total: number;
}

/**
 * What a board's page shows first, while its whole document is on its way: each lane's first cards and the first
 * lines of their bodies. Kept by the server each time it saves the board, so that it is read, not computed, when
 * the page asks for it; the live document then takes its place.
 */
export interface BoardFirstScreen {
  version: typeof FIRST_SCREEN_VERSION;
  /** Hidden mode: each participant sees only their own cards, which the first cards of a lane may not be. */
  hidden: boolean;
  /** The workshop's phase and the lock, which decide what the live board shows above the cards (the add-card form). */
  phase: BoardSettings["phase"];
  locked: boolean;
  loose: FirstScreenLane;
  clusters: (FirstScreenLane & { cluster: Cluster })[];
  /** Body text by card id, for the cards above that have one. */
  bodies: Record<string, string>;
}

export function boardFirstScreen(doc: Y.Doc, perLane = FIRST_SCREEN_CARDS_PER_LANE): BoardFirstScreen {
  const layout = boardLayoutView(doc);
  const bodies: Record<string, string> = {};
  const lane = (cards: Card[]): FirstScreenLane => {
    const first = cards.slice(0, perLane);
    for (const card of first) {
      const body = cardBody(doc, card.id);
      // By characters, not UTF-16 units: an emoji is not cut in half.
      const text = body
        ? Array.from(fragmentText(body).slice(0, 2 * BODY_PREVIEW_MAX))
            .slice(0, BODY_PREVIEW_MAX)
            .join("")
        : "";
      if (text) bodies[card.id] = text;
    }
    return { cards: first, total: cards.length };
  };
  const { hidden, phase, locked } = readBoardSettings(doc);
  return {
    version: FIRST_SCREEN_VERSION,
    hidden,
    phase,
    locked,
    loose: lane(layout.loose),
    clusters: layout.clusters.map(({ cluster, cards }) => ({ cluster, ...lane(cards) })),
    bodies,
  };
}

/** A first screen as the server kept it (JSON), or null when it was kept by another version or cannot be read. */
export function keptFirstScreen(json: string): BoardFirstScreen | null {
  try {
    const kept = JSON.parse(json) as Partial<BoardFirstScreen> | null;
    return kept?.version === FIRST_SCREEN_VERSION ? (kept as BoardFirstScreen) : null;
  } catch {
    return null;
  }
}

/**
 * The first screen as this viewer may see it: none in hidden mode for whoever sees only their own cards, who waits
 * for the document (cardsVisibleTo) rather than get lanes that would be wrong.
 */
export function firstScreenFor(screen: BoardFirstScreen, viewer: { role: string }): BoardFirstScreen | null {
  return seesEveryCard(screen, viewer) ? screen : null;
}
