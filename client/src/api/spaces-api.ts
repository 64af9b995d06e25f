import type {
  BoardPatch,
  BoardView,
  CreatedSpaceView,
  CreateSpace,
  NewBoard,
  SpacePatch,
  SpaceView,
} from "@atelier/shared";
import { boardEndpoint, request, spaceEndpoint } from "./request.ts";

export const spacesApi = {
  create: (input: CreateSpace) => request<CreatedSpaceView>("POST", "/spaces", { body: input }),
  /** With a token of someone who may read the plan, the space comes with its signatories. */
  get: (spaceId: string, token?: string) => request<SpaceView>("GET", spaceEndpoint(spaceId), { token }),
  update: (spaceId: string, secret: string, patch: SpacePatch) =>
    request<SpaceView>("PATCH", spaceEndpoint(spaceId), { body: patch, token: secret }),
  addBoard: (spaceId: string, secret: string, input: NewBoard) =>
    request<BoardView>("POST", `${spaceEndpoint(spaceId)}/boards`, { body: input, token: secret }),
  updateBoard: (spaceId: string, boardId: string, secret: string, patch: BoardPatch) =>
    request<BoardView>("PATCH", boardEndpoint(spaceId, boardId), { body: patch, token: secret }),
};
