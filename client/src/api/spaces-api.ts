import type { BoardPatch, BoardView, CreatedSpaceView, CreateSpace, NewBoard, SpaceView } from "@atelier/shared";
import { fr } from "../i18n/fr.ts";

/** A refusal or failure to show as is: the server's French message, or ours when the server could not be reached. */
export class ApiError extends Error {
  readonly status: number;

  constructor(message: string, status: number) {
    super(message);
    this.status = status;
  }
}

async function request<T>(method: string, path: string, options: { body?: unknown; secret?: string | null } = {}) {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  if (options.secret) headers.Authorization = `Bearer ${options.secret}`;

  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(fr.errors.network, 0);
  }
  const payload: unknown = await response.json().catch(() => undefined);
  if (response.ok) return payload as T;
  const message =
    payload && typeof payload === "object" && "error" in payload && typeof payload.error === "string"
      ? payload.error
      : fr.errors.unexpected(response.status);
  throw new ApiError(message, response.status);
}

const spaceEndpoint = (spaceId: string) => `/spaces/${encodeURIComponent(spaceId)}`;
const boardEndpoint = (spaceId: string, boardId: string) =>
  `${spaceEndpoint(spaceId)}/boards/${encodeURIComponent(boardId)}`;

export const spacesApi = {
  create: (input: CreateSpace) => request<CreatedSpaceView>("POST", "/spaces", { body: input }),
  get: (spaceId: string) => request<SpaceView>("GET", spaceEndpoint(spaceId)),
  addBoard: (spaceId: string, secret: string, input: NewBoard) =>
    request<BoardView>("POST", `${spaceEndpoint(spaceId)}/boards`, { body: input, secret }),
  updateBoard: (spaceId: string, boardId: string, secret: string, patch: BoardPatch) =>
    request<BoardView>("PATCH", boardEndpoint(spaceId, boardId), { body: patch, secret }),
};
