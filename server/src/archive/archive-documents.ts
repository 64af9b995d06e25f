import {
  ANONYMOUS_AUTHOR_NAMES,
  boardCardMaps,
  boardVotes,
  type Citation,
  CitationSchema,
  FACILITATOR_PARTICIPANT_ID,
  isServiceCitation,
  planFiches,
  ROLES,
  readVote,
  type SourceRef,
  SourceRefSchema,
  sourceKey,
} from "@atelier/shared";
import * as Y from "yjs";

/**
 * The Yjs side of a space's archive: documents travel as their whole state in base64, and are rewritten in a fresh
 * Y.Doc (garbage-collected, so a value written over, such as a pseudonym, is not kept in the encoded state).
 */
export function toBase64(state: Uint8Array): string {
  return Buffer.from(state).toString("base64");
}

export function encodeState(doc: Y.Doc): string {
  return toBase64(Y.encodeStateAsUpdate(doc));
}

/** The document an archived state holds; undefined when the bytes are not one whole Yjs update. */
export function decodeState(base64: string): Y.Doc | undefined {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, Buffer.from(base64, "base64"));
  } catch {
    return undefined;
  }
  // Structs waiting for others the update does not hold: a cut or foreign update, not a document.
  return doc.store.pendingStructs || doc.store.pendingDs ? undefined : doc;
}

/** Old id → new id; an id the archive does not know is kept (it named nothing there either). */
export type IdMap = ReadonlyMap<string, string>;
const mapped = (ids: IdMap, id: string) => ids.get(id) ?? id;

/**
 * Leaves the pseudonyms out of a board: each card signed with its author's role in French, and the ids its authors
 * wrote and voted under (a facilitator's is drawn from their name) replaced by `auteur-N`, the same across the
 * space's boards through `authors`.
 */
export function withoutPseudonyms(doc: Y.Doc, authors: Map<string, string>): void {
  const anonymous = (id: string) => {
    if (id === FACILITATOR_PARTICIPANT_ID) return id;
    const known = authors.get(id) ?? `auteur-${authors.size + 1}`;
    authors.set(id, known);
    return known;
  };
  // In the order of their keys, not of the map's history: the same board numbers its authors the same each time.
  const byKey = <T>(map: Y.Map<T>) => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  doc.transact(() => {
    for (const [, card] of byKey(boardCardMaps(doc))) {
      const role = ROLES.find((candidate) => candidate === card.get("authorRole"));
      if (role) card.set("authorName", ANONYMOUS_AUTHOR_NAMES[role]);
      const authorId = card.get("authorId");
      if (typeof authorId === "string") card.set("authorId", anonymous(authorId));
    }
    const votes = boardVotes(doc);
    for (const [voteId, value] of byKey(votes)) {
      const vote = readVote(value);
      if (vote) votes.set(voteId, { ...vote, participantId: anonymous(vote.participantId) });
    }
  });
}

/** The new ids of what a card may cite. */
export interface CitedIds {
  indicators: IdMap;
  services: IdMap;
}

function citationWithNewIds(citation: Citation, ids: CitedIds): Citation {
  return isServiceCitation(citation)
    ? { ...citation, serviceId: mapped(ids.services, citation.serviceId) }
    : { ...citation, indicatorId: mapped(ids.indicators, citation.indicatorId) };
}

/** Points the board's citations at the imported indicators and services. */
export function remapBoard(doc: Y.Doc, ids: CitedIds): void {
  doc.transact(() => {
    boardCardMaps(doc).forEach((card) => {
      const citation = CitationSchema.safeParse(card.get("citation"));
      if (citation.success) card.set("citation", citationWithNewIds(citation.data, ids));
    });
  });
}

export function sourceWithNewBoard(source: SourceRef, boards: IdMap): SourceRef {
  return { ...source, boardId: mapped(boards, source.boardId) };
}

/** Points the fiches' sources at the imported boards (a source's key names its board: it is written anew). */
export function remapPlan(doc: Y.Doc, boards: IdMap): void {
  doc.transact(() => {
    planFiches(doc).forEach((fiche) => {
      const sources = fiche.get("sources");
      if (!(sources instanceof Y.Map)) return;
      for (const [key, value] of [...sources.entries()]) {
        const source = SourceRefSchema.safeParse(value);
        if (!source.success) continue;
        const moved = sourceWithNewBoard(source.data, boards);
        sources.delete(key);
        sources.set(sourceKey(moved), moved);
      }
    });
  });
}
