/**
 * Why a vote cannot be placed: a code, which each interface words in its language (the server in French). Here
 * rather than beside the vote's Yjs code, so that a page wording a refusal does not load the sync library.
 */
export const VOTE_REFUSALS = ["closed", "cardGone", "budgetSpent"] as const;
export type VoteRefusal = (typeof VOTE_REFUSALS)[number];

/**
 * Why the server refuses what a participant sends over HTTP (contribute, withdraw, vote, unvote): a stable code sent
 * as `code` beside the French `error`, which each interface words in its language. The vote's own codes come first.
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
] as const;
export type ParticipationRefusal = (typeof PARTICIPATION_REFUSALS)[number];

/** The code of a refusal's JSON body, when it is one of these (null for any other body). */
export function participationRefusalIn(body: unknown): ParticipationRefusal | null {
  const code = (body as { code?: unknown } | null | undefined)?.code;
  return PARTICIPATION_REFUSALS.find((known) => known === code) ?? null;
}
