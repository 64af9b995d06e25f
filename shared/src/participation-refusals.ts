import type { RefusalCode } from "./refusals.ts";

/**
 * Why a vote cannot be placed: a refusal code, which each interface words in its language (the server in French).
 * Here rather than beside the vote's Yjs code, so that a page wording a refusal does not load the sync library.
 */
export const VOTE_REFUSALS = ["closed", "cardGone", "budgetSpent"] as const satisfies readonly RefusalCode[];
export type VoteRefusal = (typeof VOTE_REFUSALS)[number];

/**
 * The refusals of what a participant sends over HTTP (contribute, withdraw, vote, unvote): codes of
 * shared/src/refusals.ts, worded as every refusal is. The vote's own codes come first.
 */
export const PARTICIPATION_REFUSALS = [
  ...VOTE_REFUSALS,
  "noVoteToRemove",
  "boardUnknown",
  "boardNotOpened",
  "boardArchived",
  "boardLocked",
  "kindNotAllowed",
  "contributionGone",
  "notYourContribution",
  "tooManyFromYou",
  "tooManyFromLink",
] as const satisfies readonly RefusalCode[];
export type ParticipationRefusal = (typeof PARTICIPATION_REFUSALS)[number];
