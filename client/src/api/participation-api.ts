import type { Contribution } from "@atelier/shared";
import { request } from "./request.ts";

/**
 * Habitants write through these validated endpoints rather than the sync connection, which is read-only for them;
 * facilitators moderate what moderated links sent.
 */
export const participationApi = {
  contribute: (spaceId: string, boardId: string, token: string, contribution: Contribution) =>
    request("POST /spaces/:spaceId/boards/:boardId/contributions", { spaceId, boardId }, { body: contribution, token }),
  /** The caller's own contributions still awaiting moderation; the server knows the caller from the token. */
  ownPending: (spaceId: string, boardId: string, token: string) =>
    request("GET /spaces/:spaceId/boards/:boardId/contributions/pending", { spaceId, boardId }, { token }),
  withdraw: (spaceId: string, boardId: string, token: string, cardId: string) =>
    request("DELETE /spaces/:spaceId/boards/:boardId/contributions/:cardId", { spaceId, boardId, cardId }, { token }),
  vote: (spaceId: string, boardId: string, token: string, cardId: string) =>
    request("POST /spaces/:spaceId/boards/:boardId/votes", { spaceId, boardId }, { body: { cardId }, token }),
  unvote: (spaceId: string, boardId: string, token: string, cardId: string) =>
    request("DELETE /spaces/:spaceId/boards/:boardId/votes/:cardId", { spaceId, boardId, cardId }, { token }),
  pending: (spaceId: string, boardId: string, secret: string) =>
    request("GET /spaces/:spaceId/boards/:boardId/pending", { spaceId, boardId }, { token: secret }),
  accept: (spaceId: string, boardId: string, secret: string, pendingId: string) =>
    request(
      "POST /spaces/:spaceId/boards/:boardId/pending/:pendingId/accept",
      { spaceId, boardId, pendingId },
      { token: secret },
    ),
  reject: (spaceId: string, boardId: string, secret: string, pendingId: string) =>
    request(
      "DELETE /spaces/:spaceId/boards/:boardId/pending/:pendingId",
      { spaceId, boardId, pendingId },
      { token: secret },
    ),
};
