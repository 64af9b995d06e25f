import type * as Y from "yjs";
import { boardCardMaps } from "./board-document.ts";
import { boardVotes, readVote } from "./board-votes.ts";

/** Removes everything a participant wrote on a board (their cards and votes), when they ask to be forgotten. */
export function eraseParticipantFromBoard(doc: Y.Doc, participantId: string): { cards: number; votes: number } {
  const cards = [...boardCardMaps(doc).entries()]
    .filter(([, map]) => map.get("authorId") === participantId)
    .map(([id]) => id);
  const votes = [...boardVotes(doc).entries()]
    .filter(([, value]) => readVote(value)?.participantId === participantId)
    .map(([id]) => id);
  doc.transact(() => {
    for (const id of cards) boardCardMaps(doc).delete(id);
    for (const id of votes) boardVotes(doc).delete(id);
  });
  return { cards: cards.length, votes: votes.length };
}
