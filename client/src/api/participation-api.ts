import type { Contribution, PendingContributionView } from "@atelier/shared";
import { boardEndpoint, request } from "./request.ts";

export interface ContributionResult {
  cardId: string;
  /** "pending" when the link is moderated: the card waits for a facilitator before anyone sees it. */
  status: "published" | "pending";
}

/**
 * Habitants write through these validated endpoints rather than the sync connection, which is read-only for them;
 * facilitators moderate what moderated links sent.
 */
export const participationApi = {
  contribute: (spaceId: string, boardId: string, token: string, contribution: Contribution) =>
    request<ContributionResult>("POST", `${boardEndpoint(spaceId, boardId)}/contributions`, {
      body: contribution,
      token,
    }),
  /** The caller's own contributions still awaiting moderation; the server knows the caller from the token. */
  ownPending: (spaceId: string, boardId: string, token: string) =>
    request<PendingContributionView[]>("GET", `${boardEndpoint(spaceId, boardId)}/contributions/pending`, { token }),
  withdraw: (spaceId: string, boardId: string, token: string, cardId: string) =>
    request<void>("DELETE", `${boardEndpoint(spaceId, boardId)}/contributions/${encodeURIComponent(cardId)}`, {
      token,
    }),
  vote: (spaceId: string, boardId: string, token: string, cardId: string) =>
    request<{ votesLeft: number }>("POST", `${boardEndpoint(spaceId, boardId)}/votes`, { body: { cardId }, token }),
  unvote: (spaceId: string, boardId: string, token: string, cardId: string) =>
    request<{ votesLeft: number }>("DELETE", `${boardEndpoint(spaceId, boardId)}/votes/${encodeURIComponent(cardId)}`, {
      token,
    }),
  pending: (spaceId: string, boardId: string, secret: string) =>
    request<PendingContributionView[]>("GET", `${boardEndpoint(spaceId, boardId)}/pending`, { token: secret }),
  accept: (spaceId: string, boardId: string, secret: string, pendingId: string) =>
    request<{ cardId: string }>(
      "POST",
      `${boardEndpoint(spaceId, boardId)}/pending/${encodeURIComponent(pendingId)}/accept`,
      {
        token: secret,
      },
    ),
  reject: (spaceId: string, boardId: string, secret: string, pendingId: string) =>
    request<void>("DELETE", `${boardEndpoint(spaceId, boardId)}/pending/${encodeURIComponent(pendingId)}`, {
      token: secret,
    }),
};
