import type { Contribution } from "@atelier/shared";
import { participationApi } from "../api/participation-api.ts";

/**
 * What a habitant may do on one board, each through its HTTP endpoint: their sync connection only reads. The board's
 * document then shows the outcome live (the card, the vote), as for everyone else; a refusal is said in their
 * language, as every refusal is (api/request.ts).
 */
export function habitantActions(spaceId: string, boardId: string, token: string) {
  return {
    contribute: (contribution: Contribution) => participationApi.contribute(spaceId, boardId, token, contribution),
    withdraw: (cardId: string) => participationApi.withdraw(spaceId, boardId, token, cardId),
    vote: (cardId: string) => participationApi.vote(spaceId, boardId, token, cardId),
    unvote: (cardId: string) => participationApi.unvote(spaceId, boardId, token, cardId),
  };
}

export type HabitantActions = ReturnType<typeof habitantActions>;
