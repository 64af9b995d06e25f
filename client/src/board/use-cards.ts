import type { Card } from "@atelier/shared";
import { useCallback, useSyncExternalStore } from "react";
import type * as Y from "yjs";
import { cardStore } from "./card-store.ts";

const NO_CARDS: Card[] = [];
const nothingToWatch = () => () => {};

/** The board's cards, in order: a new list when a card is added, removed or has a field changed, not when typed in. */
export function useCards(doc: Y.Doc | undefined): Card[] {
  const subscribe = useCallback(
    (listener: () => void) => (doc ? cardStore(doc).subscribeList(listener) : nothingToWatch()),
    [doc],
  );
  return useSyncExternalStore(subscribe, () => (doc ? cardStore(doc).list() : NO_CARDS));
}

/** A card body's plain text, kept current while people type in it; only this card's edits wake the caller. */
export function useCardBodyText(doc: Y.Doc, cardId: string): string {
  const subscribe = useCallback(
    (listener: () => void) => cardStore(doc).subscribeCard(cardId, listener),
    [doc, cardId],
  );
  return useSyncExternalStore(subscribe, () => cardStore(doc).bodyText(cardId));
}

const NO_TEXTS: ReadonlyMap<string, string> = new Map();

/** Every card body's text by card id, followed live only while a search needs it. */
export function useBodyTexts(doc: Y.Doc, enabled: boolean): ReadonlyMap<string, string> {
  const subscribe = useCallback(
    (listener: () => void) => (enabled ? cardStore(doc).subscribeBodies(listener) : nothingToWatch()),
    [doc, enabled],
  );
  return useSyncExternalStore(subscribe, () => (enabled ? cardStore(doc).bodyTexts() : NO_TEXTS));
}
