import type * as Y from "yjs";

/** The root types a board document may hold; anything else in an update is refused. */
export const BOARD_ROOTS = ["meta", "cards", "clusters", "votes"] as const;

/** What one transaction did to a board, by the ids it touched. */
export interface BoardChange {
  meta: Set<string>;
  /** Card ids set (added or replaced) or deleted at the top level of `cards`. */
  cardsWritten: Set<string>;
  cardsDeleted: Set<string>;
  /** Card id → scalar fields written (the rich-text body is counted in `cardBodies`). */
  cardFields: Map<string, Set<string>>;
  cardBodies: Set<string>;
  clusters: Set<string>;
  /** Vote ids added or taken back. */
  votes: Set<string>;
  /** Root types that are not part of a board. */
  unknownRoots: string[];
}

function emptyChange(): BoardChange {
  return {
    meta: new Set(),
    cardsWritten: new Set(),
    cardsDeleted: new Set(),
    cardFields: new Map(),
    cardBodies: new Set(),
    clusters: new Set(),
    votes: new Set(),
    unknownRoots: [],
  };
}

function record(change: BoardChange, root: (typeof BOARD_ROOTS)[number], event: Y.YEvent<Y.AbstractType<unknown>>) {
  const [first, second] = event.path.map(String);
  const keys = [...event.changes.keys.keys()];
  if (root === "meta") for (const key of keys) change.meta.add(key);
  if (root === "clusters") {
    if (first === undefined) for (const key of keys) change.clusters.add(key);
    else change.clusters.add(first);
  }
  if (root === "votes") {
    if (first === undefined) for (const key of keys) change.votes.add(key);
    else change.votes.add(first);
  }
  if (root === "cards") {
    if (first === undefined) {
      for (const [key, { action }] of event.changes.keys) {
        (action === "delete" ? change.cardsDeleted : change.cardsWritten).add(key);
      }
    } else if (second === undefined) {
      const fields = change.cardFields.get(first) ?? new Set<string>();
      for (const key of keys) fields.add(key);
      change.cardFields.set(first, fields);
    } else {
      change.cardBodies.add(first);
    }
  }
}

/**
 * Calls `onChange` after each transaction on the board document with what it changed. The server runs it on a
 * shadow copy of a document to judge an incoming update before the real document accepts it.
 */
export function observeBoardChanges(doc: Y.Doc, onChange: (change: BoardChange, tr: Y.Transaction) => void) {
  const pending = new WeakMap<Y.Transaction, BoardChange>();
  const changeOf = (tr: Y.Transaction) => {
    let change = pending.get(tr);
    if (!change) {
      change = emptyChange();
      pending.set(tr, change);
    }
    return change;
  };
  const known = new Set<string>(BOARD_ROOTS);
  const observers = BOARD_ROOTS.map((root) => {
    const type = doc.getMap(root);
    const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction) => {
      const change = changeOf(tr);
      for (const event of events) record(change, root, event);
    };
    type.observeDeep(observer);
    return () => type.unobserveDeep(observer);
  });
  const afterTransaction = (tr: Y.Transaction) => {
    const change = changeOf(tr);
    change.unknownRoots = [...doc.share.keys()].filter((name) => !known.has(name));
    onChange(change, tr);
  };
  doc.on("afterTransaction", afterTransaction);
  return () => {
    for (const stop of observers) stop();
    doc.off("afterTransaction", afterTransaction);
  };
}
