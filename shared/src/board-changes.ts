import * as Y from "yjs";

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

/** The id of the card whose body holds this item, if any. */
function cardHolding(item: Y.Item, cards: Y.Map<unknown>): string | null {
  for (let type = item.parent; type instanceof Y.AbstractType && type._item; ) {
    const holder: Y.AbstractType<unknown> | Y.ID | null = type._item.parent;
    if (holder === cards) return type._item.parentSub;
    type = holder;
  }
  return null;
}

/**
 * Formatting a text raises no event in Yjs (its items do not count as content): the cards whose body text was
 * formatted are found among the items the transaction added.
 */
function recordFormatting(change: BoardChange, tr: Y.Transaction, cards: Y.Map<unknown>) {
  for (const [client, after] of tr.afterState) {
    const structs = tr.doc.store.clients.get(client);
    const before = tr.beforeState.get(client) ?? 0;
    if (!structs || after === before) continue;
    for (let index = Y.findIndexSS(structs, before); index < structs.length; index++) {
      const struct = structs[index];
      if (!struct || struct.id.clock >= after) break;
      if (!(struct instanceof Y.Item && struct.content instanceof Y.ContentFormat)) continue;
      const card = cardHolding(struct, cards);
      if (card) change.cardBodies.add(card);
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
    recordFormatting(change, tr, doc.getMap("cards"));
    change.unknownRoots = [...doc.share.keys()].filter((name) => !known.has(name));
    onChange(change, tr);
  };
  doc.on("afterTransaction", afterTransaction);
  return () => {
    for (const stop of observers) stop();
    doc.off("afterTransaction", afterTransaction);
  };
}
