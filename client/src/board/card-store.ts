import { BODY, boardCardMaps, type Card, cardBody, compareCards, fragmentText, readCard } from "@atelier/shared";
import type * as Y from "yjs";
import { frameBatcher } from "./frame-batch.ts";

type Listener = () => void;

/**
 * The board's cards as the page shows them, observed once for the whole board. An edit re-reads only the card it
 * touched, and wakes only what depends on it: that card's view, and the list when a card's fields changed (typing in
 * a body leaves the list alone). Remote edits are taken in once per animation frame; one's own at once, so that
 * what follows a click (focusing a moved card) finds the page already drawn.
 */
export interface CardStore {
  /** Every well-formed card in board order; the same array, and the same card objects, until one changes. */
  list: () => Card[];
  subscribeList: (listener: Listener) => () => void;
  /** Wakes `listener` when this card's fields or body change. */
  subscribeCard: (cardId: string, listener: Listener) => () => void;
  bodyText: (cardId: string) => string;
  /** Every card body's text by card id, for the search; read afresh only after a body changed. */
  bodyTexts: () => ReadonlyMap<string, string>;
  subscribeBodies: (listener: Listener) => () => void;
}

function notify(listeners: Iterable<Listener> | undefined): void {
  if (listeners) for (const listener of listeners) listener();
}

function subscriber(listeners: Set<Listener>) {
  return (listener: Listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
}

function createCardStore(doc: Y.Doc): CardStore {
  const maps = boardCardMaps(doc);
  const cards = new Map<string, Card>();
  maps.forEach((map, id) => {
    const card = readCard(id, map);
    if (card) cards.set(id, card);
  });
  let list = [...cards.values()].sort(compareCards);
  const texts = new Map<string, string>();
  let allTexts: ReadonlyMap<string, string> | null = null;
  const listListeners = new Set<Listener>();
  const bodyListeners = new Set<Listener>();
  const cardListeners = new Map<string, Set<Listener>>();
  const changedFields = new Set<string>();
  const changedBodies = new Set<string>();

  const flush = () => {
    if (changedFields.size === 0 && changedBodies.size === 0) return;
    for (const id of changedFields) {
      const map = maps.get(id);
      const card = map && readCard(id, map);
      if (card) cards.set(id, card);
      else cards.delete(id);
    }
    for (const id of changedBodies) texts.delete(id);
    const touched = new Set([...changedFields, ...changedBodies]);
    const fieldsChanged = changedFields.size > 0;
    const bodiesChanged = changedBodies.size > 0;
    changedFields.clear();
    changedBodies.clear();
    if (fieldsChanged) list = [...cards.values()].sort(compareCards);
    if (bodiesChanged) allTexts = null;
    for (const id of touched) notify(cardListeners.get(id));
    if (fieldsChanged) notify(listListeners);
    if (bodiesChanged) notify(bodyListeners);
  };
  const batch = frameBatcher(flush);
  const bodyText = (cardId: string) => {
    let text = texts.get(cardId);
    if (text === undefined) {
      const body = cardBody(doc, cardId);
      text = body ? fragmentText(body) : "";
      texts.set(cardId, text);
    }
    return text;
  };

  maps.observeDeep((events, transaction) => {
    for (const event of events) {
      if (event.target === maps) {
        for (const id of event.keys.keys()) {
          changedFields.add(id);
          changedBodies.add(id);
        }
        continue;
      }
      const [id] = event.path;
      if (typeof id !== "string") continue;
      // The card's own map: its fields (a body put in its place counts as the body); deeper: its body's content.
      const ownFields = event.path.length === 1;
      if (ownFields) changedFields.add(id);
      if (!ownFields || event.keys.has(BODY)) changedBodies.add(id);
    }
    if (transaction.local) flush();
    else batch.schedule();
  });

  return {
    list: () => list,
    subscribeList: subscriber(listListeners),
    subscribeCard(cardId, listener) {
      let listeners = cardListeners.get(cardId);
      if (!listeners) {
        listeners = new Set();
        cardListeners.set(cardId, listeners);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) cardListeners.delete(cardId);
      };
    },
    bodyText,
    bodyTexts() {
      allTexts ??= new Map([...cards.keys()].map((id) => [id, bodyText(id)]));
      return allTexts;
    },
    subscribeBodies: subscriber(bodyListeners),
  };
}

const stores = new WeakMap<Y.Doc, CardStore>();

/** The one store of a board document, made on first use and kept as long as the document. */
export function cardStore(doc: Y.Doc): CardStore {
  let store = stores.get(doc);
  if (!store) {
    store = createCardStore(doc);
    stores.set(doc, store);
  }
  return store;
}
