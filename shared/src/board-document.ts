import * as Y from "yjs";
import {
  type Card,
  type CardPatch,
  CardPatchSchema,
  CardSchema,
  type CardStatus,
  type NewCard,
  NewCardSchema,
} from "./card.ts";
import { type Citation, CitationSchema, citedKey } from "./citation.ts";
import type { DocumentLayout } from "./document-layout.ts";
import { compareByOrder, orderKeyBetween } from "./ordering.ts";
import { FACILITATOR_PARTICIPANT_ID } from "./roles.ts";

/**
 * A board document:
 * - `meta`: schema version and the facilitation settings (phase, lock, timer, vote…), see board-settings.ts;
 * - `cards`: card id → Y.Map of the card's scalar fields and its rich-text `body` (a Y.XmlFragment for Tiptap);
 * - `clusters`: cluster id → Y.Map { name, color, order }, see board-clusters.ts;
 * - `votes`: participant id → Y.Map of vote id → card id, see board-votes.ts.
 */
export const BOARD_LAYOUT: DocumentLayout = {
  kind: "board",
  version: 2,
  migrations: {
    // Version 1 boards were written by facilitators only, before authors had ids.
    2: (doc) =>
      boardCardMaps(doc).forEach((map) => {
        if (!map.has("authorId")) map.set("authorId", FACILITATOR_PARTICIPANT_ID);
      }),
  },
};

export const BODY = "body";

export function boardCardMaps(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap("cards");
}

export function readCard(id: string, map: Y.Map<unknown>): Card | undefined {
  const fields: Record<string, unknown> = { id };
  for (const [key, value] of map.entries()) if (key !== BODY) fields[key] = value;
  const parsed = CardSchema.safeParse(fields);
  return parsed.success ? parsed.data : undefined;
}

/** Every well-formed card, in board order (cluster first, then order key). */
export function listCards(doc: Y.Doc): Card[] {
  const cards: Card[] = [];
  boardCardMaps(doc).forEach((map, id) => {
    const card = readCard(id, map);
    if (card) cards.push(card);
  });
  return cards.sort(compareCards);
}

/** Board order: cluster first, then order key. */
export function compareCards(a: Card, b: Card): number {
  return (a.cluster ?? "").localeCompare(b.cluster ?? "") || compareByOrder(a, b);
}

export function cardById(doc: Y.Doc, id: string): Card | undefined {
  const map = boardCardMaps(doc).get(id);
  return map ? readCard(id, map) : undefined;
}

export function cardBody(doc: Y.Doc, id: string): Y.XmlFragment | undefined {
  const body = boardCardMaps(doc).get(id)?.get(BODY);
  return body instanceof Y.XmlFragment ? body : undefined;
}

/** Adds a card at the end of the unclustered cards. Throws a ZodError naming the bad field. */
export function addCard(doc: Y.Doc, id: string, input: NewCard, now: number): Card {
  const fields = NewCardSchema.parse(input);
  const last = listCards(doc)
    .filter((card) => card.cluster === null)
    .at(-1);
  const card: Card = {
    id,
    ...fields,
    cluster: null,
    order: orderKeyBetween(last?.order ?? null, null),
    status: "draft",
    createdAt: now,
    updatedAt: now,
  };
  const map = new Y.Map<unknown>();
  doc.transact(() => {
    for (const [key, value] of Object.entries(card)) if (key !== "id") map.set(key, value);
    map.set(BODY, new Y.XmlFragment());
    boardCardMaps(doc).set(id, map);
  });
  return card;
}

/** Applies a validated patch to the card's fields; returns false when the card no longer exists. */
export function updateCard(doc: Y.Doc, id: string, patch: CardPatch, now: number): boolean {
  const fields = CardPatchSchema.parse(patch);
  return writeCardFields(doc, id, fields, now);
}

/** Agreed is what the action plan receives; only facilitators decide it (the server checks). */
export function setCardStatus(doc: Y.Doc, id: string, status: CardStatus, now: number): boolean {
  return writeCardFields(doc, id, { status }, now);
}

/** Writes already-validated fields; shared by edits, moves and decisions. */
export function writeCardFields(doc: Y.Doc, id: string, fields: Partial<Omit<Card, "id">>, now: number): boolean {
  const map = boardCardMaps(doc).get(id);
  if (!map) return false;
  doc.transact(() => {
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) map.set(key, value);
    map.set("updatedAt", now);
  });
  return true;
}

/** Fills a card's body with plain text, one paragraph per line: the text stays inert, never markup. */
export function writeBodyText(doc: Y.Doc, id: string, text: string): boolean {
  const body = cardBody(doc, id);
  if (!body) return false;
  const paragraphs = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const paragraph = new Y.XmlElement("paragraph");
      paragraph.insert(0, [new Y.XmlText(line)]);
      return paragraph;
    });
  doc.transact(() => {
    body.delete(0, body.length);
    body.insert(0, paragraphs);
  });
  return true;
}

/** Cites a figure or a service on a card, or removes the citation (null). */
export function citeOnCard(doc: Y.Doc, id: string, citation: Citation | null, now: number): boolean {
  const map = boardCardMaps(doc).get(id);
  if (!map) return false;
  doc.transact(() => {
    if (citation) map.set("citation", CitationSchema.parse(citation));
    else map.delete("citation");
    map.set("updatedAt", now);
  });
  return true;
}

/** Rewrites the citation of every card citing the same indicator or service (after an edit); returns how many. */
export function refreshCitations(doc: Y.Doc, citation: Citation): number {
  return rewriteCitations(doc, citation, (map) => map.set("citation", citation));
}

/** Takes the citation off every card citing the same indicator or service (once deleted); returns how many. */
export function withdrawCitations(doc: Y.Doc, citation: Citation): number {
  return rewriteCitations(doc, citation, (map) => map.delete("citation"));
}

function rewriteCitations(doc: Y.Doc, citation: Citation, rewrite: (card: Y.Map<unknown>) => void): number {
  const key = citedKey(citation);
  let rewritten = 0;
  doc.transact(() => {
    boardCardMaps(doc).forEach((map) => {
      const current = CitationSchema.safeParse(map.get("citation"));
      if (!current.success || citedKey(current.data) !== key) return;
      rewrite(map);
      rewritten++;
    });
  });
  return rewritten;
}

export function deleteCard(doc: Y.Doc, id: string): boolean {
  const cards = boardCardMaps(doc);
  if (!cards.has(id)) return false;
  cards.delete(id);
  return true;
}
