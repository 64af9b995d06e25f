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
import { useSyncExternalStore } from "react";
import * as Y from "yjs";

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

/**
 * Every card shows a vote control: they share one store per document, so that a vote is tallied once for the
 * board rather than once per card, and only the changes a tally depends on (not typing in a card) recompute it.
 */
function createVoteStore(doc: Y.Doc): VoteStore {
  let snapshot: VoteState | null = null;
  const listeners = new Set<() => void>();
  const changed = () => {
    snapshot = null;
    for (const listener of listeners) listener();
  };
  const onStructureChange = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    if (events.some((event) => event.target instanceof Y.Map)) changed();
  };
  const observed = [documentMeta(doc), boardVotes(doc), boardCardMaps(doc), boardClusterMaps(doc)];

  return {
    subscribe(listener) {
      if (listeners.size === 0) {
        // While nothing observed the document, a cached snapshot may have gone stale.
        snapshot = null;
        for (const type of observed) type.observeDeep(onStructureChange);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) for (const type of observed) type.unobserveDeep(onStructureChange);
      };
    },
    getSnapshot() {
      snapshot ??= readVoteState(doc);
      return snapshot;
    },
  };
}

const stores = new WeakMap<Y.Doc, VoteStore>();

/** The board's vote: settings, ballots and tally, kept current for as long as the component is mounted. */
export function useVoteState(doc: Y.Doc): VoteState {
  let store = stores.get(doc);
  if (!store) {
    store = createVoteStore(doc);
    stores.set(doc, store);
  }
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
