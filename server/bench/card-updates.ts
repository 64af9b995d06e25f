import { addCard, FACILITATOR_PARTICIPANT_ID } from "@atelier/shared";
import * as Y from "yjs";

/** Cards per update: a board's cards go to the server in updates of this many, well under the message size limit. */
const CARDS_PER_UPDATE = 100;
const author = { authorId: FACILITATOR_PARTICIPANT_ID, authorName: "Bench", authorRole: "facilitator" } as const;

/**
 * A board's worth of facilitator cards, as Yjs updates to send over a light connection. Each update is made on a
 * document of its own (addCard orders a card after the last one, which on a 10,000-card document would cost a
 * sort per card); the cards of different updates share order keys, which a board allows (ties sort by id).
 */
export function facilitatorCards(count: number): Uint8Array[] {
  const updates: Uint8Array[] = [];
  for (let first = 0; first < count; first += CARDS_PER_UPDATE) {
    const doc = new Y.Doc();
    doc.transact(() => {
      for (let i = first; i < Math.min(count, first + CARDS_PER_UPDATE); i++) {
        addCard(doc, `c${i}`, { kind: "constat", title: `Constat numéro ${i}`, ...author }, Date.now());
      }
    });
    updates.push(Y.encodeStateAsUpdate(doc));
    doc.destroy();
  }
  return updates;
}
