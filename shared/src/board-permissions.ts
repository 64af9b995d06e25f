import * as Y from "yjs";
import type { BoardChange } from "./board-changes.ts";
import { boardClusterMaps, readCluster } from "./board-clusters.ts";
import { BODY, boardCardMaps, cardBody, readCard } from "./board-document.ts";
import { isValidSetting, readBoardSettings, SETTINGS_KEYS } from "./board-settings.ts";
import { ballotOf, boardVotes, readVote } from "./board-votes.ts";
import type { Card } from "./card.ts";
import { type Citation, isServiceCitation } from "./citation.ts";
import type { Refusal, RefusalCode, RefusalParams } from "./refusals.ts";
import { richTextRefusal } from "./rich-text-schema.ts";
import type { Actor } from "./roles.ts";

/** Card fields that record who wrote a card and what was decided: partners never rewrite them. */
export const PROTECTED_CARD_FIELDS = new Set([
  "authorId",
  "authorName",
  "authorRole",
  "createdAt",
  "status",
  "promotedTo",
]);
const SETTINGS = new Set<string>(SETTINGS_KEYS);

function wellFormedCard(doc: Y.Doc, id: string): Card | undefined {
  const map = boardCardMaps(doc).get(id);
  if (!(map instanceof Y.Map) || !(map.get(BODY) instanceof Y.XmlFragment)) return undefined;
  return readCard(id, map);
}

function cardOf(doc: Y.Doc, id: string): Card | undefined {
  const map = boardCardMaps(doc).get(id);
  return map instanceof Y.Map ? readCard(id, map) : undefined;
}

/** The cards whose `field` the change wrote. */
function cardsWithField(change: BoardChange, field: string): string[] {
  return [...change.cardFields].flatMap(([id, fields]) => (fields.has(field) ? [id] : []));
}

/**
 * Whether a citation is the figure of one of the space's indicators or one of its services, as it is now (see
 * citesIndicator, citesService).
 */
export type CitationCheck = (citation: Citation) => boolean;

const refusal = (code: RefusalCode, params: RefusalParams = {}): Refusal => ({ code, params });

/** Its name is cut so that the refusal fits a close frame (123 bytes). */
function unknownCitation(citation: Citation): Refusal {
  return isServiceCitation(citation)
    ? refusal("writeUnknownService", { name: citation.name.slice(0, 60) })
    : refusal("writeUnknownFigure", { label: citation.label.slice(0, 60) });
}

/**
 * Refusals that hold for everyone, facilitators included: the document must stay a board this code can read, and
 * the figures and services it cites must be the space's own.
 */
function structuralRefusal(change: BoardChange, after: Y.Doc, knownCitation: CitationCheck): Refusal | null {
  if (change.unknownRoots.length > 0) return refusal("writeUnknownPart", { name: change.unknownRoots.join(", ") });
  const meta = after.getMap("meta");
  for (const key of change.meta) {
    if (!SETTINGS.has(key)) return refusal("writeSettingFixed", { name: key });
    if (!isValidSetting(key, meta.get(key))) return refusal("writeSettingInvalid", { name: key });
  }
  const touchedCards = new Set([...change.cardsWritten, ...change.cardFields.keys()]);
  for (const id of touchedCards) {
    if (boardCardMaps(after).has(id) && !wellFormedCard(after, id)) return refusal("writeCardMalformed", { id });
  }
  // Only citations the change writes: one written earlier stays until the server rewrites it (a corrected figure).
  const citing = [...change.cardsWritten, ...cardsWithField(change, "citation")];
  for (const id of citing) {
    const citation = cardOf(after, id)?.citation;
    if (citation && !knownCitation(citation)) return unknownCitation(citation);
  }
  // A new card's body, or a body set anew, comes whole: its content raises no event of its own.
  for (const id of new Set([...change.cardsWritten, ...change.cardBodies, ...cardsWithField(change, BODY)])) {
    const body = cardBody(after, id);
    const refused = body && richTextRefusal(body);
    if (refused) return refused;
  }
  for (const id of change.clusters) {
    const map = boardClusterMaps(after).get(id);
    if (map !== undefined && !(map instanceof Y.Map && readCluster(id, map)))
      return refusal("writeClusterMalformed", { id });
  }
  for (const voteId of change.votes) {
    const value = boardVotes(after).get(voteId);
    if (value !== undefined && !readVote(value)) return refusal("writeVoteMalformed");
  }
  return null;
}

function partnerRefusal(change: BoardChange, before: Y.Doc, after: Y.Doc, actor: Actor): Refusal | null {
  if (readBoardSettings(before).locked) return refusal("writeLocked");
  if (change.meta.size > 0) return refusal("writeSettingsFacilitatorOnly");
  for (const id of [...change.cardsDeleted, ...change.cardsWritten]) {
    const previous = cardOf(before, id);
    if (previous && previous.authorId !== actor.participantId) {
      return refusal("writeOthersCard");
    }
  }
  for (const id of change.cardsWritten) {
    const card = cardOf(after, id);
    if (!card) continue;
    if (card.authorId !== actor.participantId || card.authorRole !== actor.role) {
      return refusal("writeAuthorName");
    }
    if (card.status !== "draft" || card.promotedTo !== undefined) return refusal("writeDecisionFacilitatorOnly");
  }
  for (const [id, fields] of change.cardFields) {
    const touched = [...fields].find((field) => PROTECTED_CARD_FIELDS.has(field));
    if (touched === "status") return refusal("writeDecisionFacilitatorOnly");
    if (touched) return refusal("writeCardFieldFixed", { field: touched, id });
  }
  if (change.votes.size > 0) {
    const settings = readBoardSettings(after);
    for (const voteId of change.votes) {
      const voters = [boardVotes(before).get(voteId), boardVotes(after).get(voteId)].map((value) => readVote(value));
      if (voters.some((vote) => vote && vote.participantId !== actor.participantId)) {
        return refusal("writeVoteForOthers");
      }
    }
    if (settings.vote.status !== "open") return refusal("writeVoteClosed");
    const ballot = ballotOf(after, actor.participantId);
    if (ballot.length > settings.vote.budget) return refusal("writeBudgetSpent", { maximum: settings.vote.budget });
  }
  return null;
}

/**
 * Why the actor may not make this change to the board (a refusal code), or null when they may. `before` is the document as the
 * server holds it, `after` a copy with the change applied. Facilitators may change anything that keeps the board
 * well formed; partners co-edit content but not settings or decisions; everyone else only reads.
 */
export function boardChangeRefusal(
  change: BoardChange,
  before: Y.Doc,
  after: Y.Doc,
  actor: Actor,
  knownCitation: CitationCheck,
): Refusal | null {
  const structural = structuralRefusal(change, after, knownCitation);
  if (structural) return structural;
  if (actor.role === "facilitator") return null;
  if (actor.role === "partner") return partnerRefusal(change, before, after, actor);
  return refusal("writeReadOnly");
}
