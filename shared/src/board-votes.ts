import type * as Y from "yjs";
import { z } from "zod/mini";
import { boardLayoutView } from "./board-clusters.ts";
import { boardCardMaps } from "./board-document.ts";
import { type Phase, readBoardSettings, setPhase, VoteSettingsSchema } from "./board-settings.ts";
import { documentMeta } from "./document-layout.ts";
import type { VoteRefusal } from "./participation-refusals.ts";

/**
 * Dot voting. `votes` maps a vote id to { participantId, cardId, round }: each vote is its own entry, so two tabs
 * of one participant voting at once add two entries (nothing replaces anything), and the server can refuse the
 * one that goes over the budget.
 */
export const VoteEntrySchema = z.strictObject({
  participantId: z.string().check(z.minLength(1), z.maxLength(64)),
  cardId: z.string().check(z.minLength(1), z.maxLength(64)),
  round: z.number().check(z.int(), z.nonnegative()),
});
export type VoteEntry = z.infer<typeof VoteEntrySchema>;

export function boardVotes(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap("votes");
}

export function readVote(value: unknown): VoteEntry | undefined {
  const parsed = VoteEntrySchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The votes of the current round, by vote id. */
function currentVotes(doc: Y.Doc): [string, VoteEntry][] {
  const { round } = readBoardSettings(doc).vote;
  const votes: [string, VoteEntry][] = [];
  boardVotes(doc).forEach((value, voteId) => {
    const vote = readVote(value);
    if (vote?.round === round) votes.push([voteId, vote]);
  });
  return votes;
}

/** The card ids a participant voted for in the current round (a card appears once per vote on it). */
export function ballotOf(doc: Y.Doc, participantId: string): string[] {
  return currentVotes(doc)
    .filter(([, vote]) => vote.participantId === participantId)
    .map(([, vote]) => vote.cardId);
}

export function votesLeft(doc: Y.Doc, participantId: string): number {
  return readBoardSettings(doc).vote.budget - ballotOf(doc, participantId).length;
}

/** Why a vote cannot be placed now, or null when it can. */
export function voteRefusal(doc: Y.Doc, participantId: string, cardId: string): VoteRefusal | null {
  if (readBoardSettings(doc).vote.status !== "open") return "closed";
  if (!boardCardMaps(doc).has(cardId)) return "cardGone";
  if (votesLeft(doc, participantId) <= 0) return "budgetSpent";
  return null;
}

export function placeVote(doc: Y.Doc, participantId: string, cardId: string, voteId: string): VoteRefusal | null {
  const refusal = voteRefusal(doc, participantId, cardId);
  if (refusal) return refusal;
  const { round } = readBoardSettings(doc).vote;
  boardVotes(doc).set(voteId, { participantId, cardId, round } satisfies VoteEntry);
  return null;
}

/** Takes back one of the participant's votes on the card; false when they had none there. */
export function removeVote(doc: Y.Doc, participantId: string, cardId: string): boolean {
  if (readBoardSettings(doc).vote.status !== "open") return false;
  const mine = currentVotes(doc).find(([, vote]) => vote.participantId === participantId && vote.cardId === cardId);
  if (!mine) return false;
  boardVotes(doc).delete(mine[0]);
  return true;
}

/** Opens a new round: earlier ballots are cleared and, should one survive a concurrent edit, no longer count. */
export function openVote(doc: Y.Doc, budget: number): void {
  const current = readBoardSettings(doc).vote;
  const vote = VoteSettingsSchema.parse({ status: "open", budget, round: current.round + 1 });
  doc.transact(() => {
    const votes = boardVotes(doc);
    for (const voteId of [...votes.keys()]) votes.delete(voteId);
    documentMeta(doc).set("vote", vote);
  });
}

/** Opens a closed vote again in the same round: its ballots stay, and each may use what is left of their budget. */
export function resumeVote(doc: Y.Doc): void {
  const current = readBoardSettings(doc).vote;
  if (current.status === "closed") documentMeta(doc).set("vote", { ...current, status: "open" });
}

export function closeVote(doc: Y.Doc): void {
  const current = readBoardSettings(doc).vote;
  if (current.status === "open") documentMeta(doc).set("vote", { ...current, status: "closed" });
}

/**
 * The facilitator moves the workshop on, and the vote with it, in one change that every page sees at once: "vote"
 * opens a round with the budget last chosen, or takes up a closed one where it stood (a new round would wipe its
 * results: clearing them is the facilitator's own, confirmed, choice); "decide" closes it so that everyone sees the
 * results. Going back to the earlier steps leaves the vote as it is.
 */
export function enterPhase(doc: Y.Doc, phase: Phase): void {
  doc.transact(() => {
    setPhase(doc, phase);
    const vote = readBoardSettings(doc).vote;
    if (phase === "vote" && vote.status === "idle") openVote(doc, vote.budget);
    if (phase === "vote" && vote.status === "closed") resumeVote(doc);
    if (phase === "decide") closeVote(doc);
  });
}

/** Back to no vote at all (results hidden). */
export function clearVote(doc: Y.Doc): void {
  const current = readBoardSettings(doc).vote;
  documentMeta(doc).set("vote", { ...current, status: "idle" });
}

export interface VoteResults {
  /** Cards with at least one vote, most voted first; ties keep the board order. */
  cards: { cardId: string; votes: number }[];
  /** Clusters by the sum of their cards' votes, most voted first. */
  clusters: { clusterId: string; votes: number }[];
  voters: number;
}

export function tallyVotes(doc: Y.Doc): VoteResults {
  const counts = new Map<string, number>();
  const voters = new Set<string>();
  for (const [, vote] of currentVotes(doc)) {
    voters.add(vote.participantId);
    counts.set(vote.cardId, (counts.get(vote.cardId) ?? 0) + 1);
  }
  const view = boardLayoutView(doc);
  const inBoardOrder = [...view.clusters.flatMap((entry) => entry.cards), ...view.loose];
  const cards = inBoardOrder
    .map((card) => ({ cardId: card.id, votes: counts.get(card.id) ?? 0 }))
    .filter((entry) => entry.votes > 0)
    .sort((a, b) => b.votes - a.votes);
  const clusters = view.clusters
    .map((entry) => ({
      clusterId: entry.cluster.id,
      votes: entry.cards.reduce((sum, card) => sum + (counts.get(card.id) ?? 0), 0),
    }))
    .filter((entry) => entry.votes > 0)
    .sort((a, b) => b.votes - a.votes);
  return { cards, clusters, voters: voters.size };
}
