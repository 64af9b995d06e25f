import type { Contribution } from "@atelier/shared";
import { participationApi } from "../api/participation-api.ts";
import { inHabitantWords } from "./refusal-words.ts";

/**
 * What a habitant may do on one board, each through its HTTP endpoint: their sync connection only reads. The board's
 * document then shows the outcome live (the card, the vote), as for everyone else; a refusal is said in their words.
 */
export function habitantActions(spaceId: string, boardId: string, token: string) {
  return {
    contribute: (contribution: Contribution) =>
      inHabitantWords(participationApi.contribute(spaceId, boardId, token, contribution)),
    withdraw: (cardId: string) => inHabitantWords(participationApi.withdraw(spaceId, boardId, token, cardId)),
    vote: (cardId: string) => inHabitantWords(participationApi.vote(spaceId, boardId, token, cardId)),
    unvote: (cardId: string) => inHabitantWords(participationApi.unvote(spaceId, boardId, token, cardId)),
  };
}

export type HabitantActions = ReturnType<typeof habitantActions>;
