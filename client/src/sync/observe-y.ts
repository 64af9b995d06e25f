import type * as Y from "yjs";

/**
 * Any shared type: a map, an array, a text, a fragment. Yjs types the events of a type it does not know this loosely
 * itself (observeDeep hands YEvent<any>), and a narrower parameter would refuse Y.Map<…> or Y.XmlFragment.
 */
// biome-ignore lint/suspicious/noExplicitAny: see above, every kind of shared type is accepted.
export type YType = Y.AbstractType<any>;

/** What changed in one transaction: one event per type it touched, and the transaction (local or remote). */
export type YChangeHandler = (events: Y.YEvent<YType>[], transaction: Y.Transaction) => void;

/**
 * Calls `handler` after each transaction that changed `type` itself (its keys, its items) or, `deep`, anything it
 * holds (a card's fields under the cards map, the paragraphs of a fragment). Returns what stops it.
 */
export function observeY(type: YType, handler: YChangeHandler, deep = false): () => void {
  if (deep) {
    type.observeDeep(handler);
    return () => type.unobserveDeep(handler);
  }
  const shallow = (event: Y.YEvent<YType>, transaction: Y.Transaction) => handler([event], transaction);
  type.observe(shallow);
  return () => type.unobserve(shallow);
}
