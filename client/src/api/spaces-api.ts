import type { BoardPatch, CreateSpace, NewBoard, Renewal, SpacePatch } from "@atelier/shared";
import { request } from "./request.ts";

export const spacesApi = {
  create: (input: CreateSpace) => request("POST /spaces", {}, { body: input }),
  /** With a token of someone who may read the plan, the space comes with its signatories. */
  get: (spaceId: string, token?: string) => request("GET /spaces/:spaceId", { spaceId }, { token }),
  update: (spaceId: string, secret: string, patch: SpacePatch) =>
    request("PATCH /spaces/:spaceId", { spaceId }, { body: patch, token: secret }),
  /** The space of the convention that follows this one's, with its own facilitator secret (answered once). */
  renew: (spaceId: string, secret: string, input: Renewal) =>
    request("POST /spaces/:spaceId/renewal", { spaceId }, { body: input, token: secret }),
  addBoard: (spaceId: string, secret: string, input: NewBoard) =>
    request("POST /spaces/:spaceId/boards", { spaceId }, { body: input, token: secret }),
  updateBoard: (spaceId: string, boardId: string, secret: string, patch: BoardPatch) =>
    request("PATCH /spaces/:spaceId/boards/:boardId", { spaceId, boardId }, { body: patch, token: secret }),
};
