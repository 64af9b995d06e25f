import * as Y from "yjs";
import type { BoardChange } from "./board-changes.ts";
import { boardClusterMaps, readCluster } from "./board-clusters.ts";
import { BODY, boardCardMaps, cardBody, readCard } from "./board-document.ts";
import { isValidSetting, readBoardSettings, SETTINGS_KEYS } from "./board-settings.ts";
import { ballotOf, boardVotes, readVote } from "./board-votes.ts";
import type { Card } from "./card.ts";
import { type Citation, isServiceCitation } from "./citation.ts";
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

function unknownCitation(citation: Citation): string {
  return isServiceCitation(citation)
    ? `Service cité inconnu : « ${citation.name.slice(0, 60)} » ne correspond à aucun service de cet espace tel qu'il est.`
    : `Chiffre cité inconnu : « ${citation.label.slice(0, 60)} » ne correspond à aucun indicateur de cet espace.`;
}

/**
 * Refusals that hold for everyone, facilitators included: the document must stay a board this code can read, and
 * the figures and services it cites must be the space's own.
 */
function structuralRefusal(change: BoardChange, after: Y.Doc, knownCitation: CitationCheck): string | null {
  if (change.unknownRoots.length > 0) return `Partie de document inconnue : ${change.unknownRoots.join(", ")}.`;
  const meta = after.getMap("meta");
  for (const key of change.meta) {
    if (!SETTINGS.has(key)) return `Réglage du tableau non modifiable : ${key}.`;
    if (!isValidSetting(key, meta.get(key))) return `Valeur invalide pour le réglage ${key}.`;
  }
  const touchedCards = new Set([...change.cardsWritten, ...change.cardFields.keys()]);
  for (const id of touchedCards) {
    if (boardCardMaps(after).has(id) && !wellFormedCard(after, id)) return `Carte mal formée : ${id}.`;
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
    if (refused) return `Texte de carte non pris en charge : ${refused}.`;
  }
  for (const id of change.clusters) {
    const map = boardClusterMaps(after).get(id);
    if (map !== undefined && !(map instanceof Y.Map && readCluster(id, map))) return `Regroupement mal formé : ${id}.`;
  }
  for (const voteId of change.votes) {
    const value = boardVotes(after).get(voteId);
    if (value !== undefined && !readVote(value)) return "Vote mal formé.";
  }
  return null;
}

function partnerRefusal(change: BoardChange, before: Y.Doc, after: Y.Doc, actor: Actor): string | null {
  if (readBoardSettings(before).locked) return "Le tableau est verrouillé par l'animateur.";
  if (change.meta.size > 0) return "Seul un animateur peut régler le tableau (phase, minuteur, vote, verrou).";
  for (const id of [...change.cardsDeleted, ...change.cardsWritten]) {
    const previous = cardOf(before, id);
    if (previous && previous.authorId !== actor.participantId) {
      return "Vous ne pouvez supprimer ou remplacer que vos propres cartes.";
    }
  }
  for (const id of change.cardsWritten) {
    const card = cardOf(after, id);
    if (!card) continue;
    if (card.authorId !== actor.participantId || card.authorRole !== actor.role) {
      return "Une carte doit porter le nom de son auteur.";
    }
    if (card.status !== "draft" || card.promotedTo !== undefined) return "Seul un animateur peut valider une carte.";
  }
  for (const [id, fields] of change.cardFields) {
    const touched = [...fields].find((field) => PROTECTED_CARD_FIELDS.has(field));
    if (touched === "status") return "Seul un animateur peut valider une carte.";
    if (touched) return `Champ de carte non modifiable : ${touched} (carte ${id}).`;
  }
  if (change.votes.size > 0) {
    const settings = readBoardSettings(after);
    for (const voteId of change.votes) {
      const voters = [boardVotes(before).get(voteId), boardVotes(after).get(voteId)].map((value) => readVote(value));
      if (voters.some((vote) => vote && vote.participantId !== actor.participantId)) {
        return "Vous ne pouvez voter que pour vous-même.";
      }
    }
    if (settings.vote.status !== "open") return "Aucun vote n'est ouvert sur ce tableau.";
    const ballot = ballotOf(after, actor.participantId);
    if (ballot.length > settings.vote.budget) return `Vous avez déjà utilisé vos ${settings.vote.budget} votes.`;
  }
  return null;
}

/**
 * Why the actor may not make this change to the board, or null when they may. `before` is the document as the
 * server holds it, `after` a copy with the change applied. Facilitators may change anything that keeps the board
 * well formed; partners co-edit content but not settings or decisions; everyone else only reads.
 */
export function boardChangeRefusal(
  change: BoardChange,
  before: Y.Doc,
  after: Y.Doc,
  actor: Actor,
  knownCitation: CitationCheck,
): string | null {
  const structural = structuralRefusal(change, after, knownCitation);
  if (structural) return structural;
  if (actor.role === "facilitator") return null;
  if (actor.role === "partner") return partnerRefusal(change, before, after, actor);
  return "Votre accès à ce tableau est en lecture seule.";
}
