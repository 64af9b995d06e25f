import {
  type BoardSettings,
  ballotOf,
  boardCardMaps,
  boardClusterMaps,
  boardVotes,
  documentMeta,
  readBoardSettings,
  readVote,
  tallyVotes,
  type VoteResults,
} from "@atelier/shared";
import { useRef, useSyncExternalStore } from "react";
import * as Y from "yjs";
import { observeY } from "../../sync/observe-y.ts";
import { frameBatcher } from "../frame-batch.ts";

export interface VoteState {
  /** All of them, not just the vote's: a card's footer also depends on the phase and the lock. */
  settings: BoardSettings;
  /** Participant id → the card ids of their votes in the current round. */
  ballots: ReadonlyMap<string, readonly string[]>;
  results: VoteResults;
  /** Card id → votes it received (cards without votes are absent). */
  totals: ReadonlyMap<string, number>;
}

interface VoteStore {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => VoteState;
}

function readVoteState(doc: Y.Doc): VoteState {
  const voterIds = new Set<string>();
  boardVotes(doc).forEach((value) => {
    const participantId = readVote(value)?.participantId;
    if (participantId) voterIds.add(participantId);
  });
  const ballots = new Map([...voterIds].map((participantId) => [participantId, ballotOf(doc, participantId)]));
  const results = tallyVotes(doc);
  return {
    settings: readBoardSettings(doc),
    ballots,
    results,
    totals: new Map(results.cards.map((entry) => [entry.cardId, entry.votes])),
  };
}

function movesCard(event: Y.YEvent<Y.AbstractType<unknown>>): boolean {
  return [...event.changes.keys.keys()].some((key) => key === "cluster" || key === "order");
}

/**
 * Every card shows a vote control: they share one store per document, so that a vote is tallied once for the
 * board rather than once per card, and only the changes a tally depends on (not typing in a card) recompute it.
 * Remote changes are taken in once per animation frame, one's own at once (a vote counts under the finger).
 */
function createVoteStore(doc: Y.Doc): VoteStore {
  let snapshot: VoteState | null = null;
  const listeners = new Set<() => void>();
  const changed = () => {
    snapshot = null;
    for (const listener of listeners) listener();
  };
  const batch = frameBatcher(changed);
  const take = (transaction: Y.Transaction) => {
    if (transaction.local) changed();
    else batch.schedule();
  };
  const onStructureChange = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
    if (events.some((event) => event.target instanceof Y.Map)) take(transaction);
  };
  // A card renamed changes no tally (the results read titles as they draw); one added, removed or moved does.
  const onCardsChange = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
    if (events.some((event) => event.path.length === 0 || (event.path.length === 1 && movesCard(event))))
      take(transaction);
  };
  const observe = () => [
    observeY(documentMeta(doc), onStructureChange, true),
    observeY(boardVotes(doc), onStructureChange, true),
    observeY(boardCardMaps(doc), onCardsChange, true),
    observeY(boardClusterMaps(doc), onStructureChange, true),
  ];
  let stopObserving: (() => void)[] = [];

  return {
    subscribe(listener) {
      if (listeners.size === 0) {
        // While nothing observed the document, a cached snapshot may have gone stale.
        snapshot = null;
        stopObserving = observe();
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) for (const stop of stopObserving) stop();
      };
    },
    getSnapshot() {
      snapshot ??= readVoteState(doc);
      return snapshot;
    },
  };
}

const stores = new WeakMap<Y.Doc, VoteStore>();

function voteStore(doc: Y.Doc): VoteStore {
  let store = stores.get(doc);
  if (!store) {
    store = createVoteStore(doc);
    stores.set(doc, store);
  }
  return store;
}

/** The board's vote: settings, ballots and tally, kept current for as long as the component is mounted. */
export function useVoteState(doc: Y.Doc): VoteState {
  const store = voteStore(doc);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/** What one card's footer shows of the vote. */
export interface CardVote {
  status: BoardSettings["vote"]["status"];
  phase: BoardSettings["phase"];
  budget: number;
  /** Votes the card received. */
  total: number;
  /** The participant's votes on the card, and in all. */
  mine: number;
  spent: number;
}

function sameCardVote(a: CardVote, b: CardVote): boolean {
  return (Object.keys(a) as (keyof CardVote)[]).every((key) => a[key] === b[key]);
}

/**
 * One card's share of the vote, for a participant. The same object while it stays equal: a change elsewhere on the
 * board (another card renamed, a vote on another card) does not draw this card's footer again.
 */
export function useCardVote(doc: Y.Doc, cardId: string, participantId: string): CardVote {
  const store = voteStore(doc);
  const last = useRef<CardVote | null>(null);
  const select = () => {
    const { settings, ballots, totals } = store.getSnapshot();
    const ballot = ballots.get(participantId) ?? [];
    const next: CardVote = {
      status: settings.vote.status,
      phase: settings.phase,
      budget: settings.vote.budget,
      total: totals.get(cardId) ?? 0,
      mine: ballot.filter((id) => id === cardId).length,
      spent: ballot.length,
    };
    if (last.current && sameCardVote(last.current, next)) return last.current;
    last.current = next;
    return next;
  };
  return useSyncExternalStore(store.subscribe, select);
}
