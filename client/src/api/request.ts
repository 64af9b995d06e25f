import { fr } from "../i18n/fr.ts";

/** A refusal or failure to show as is: the server's French message, or ours when the server could not be reached. */
export class ApiError extends Error {
  readonly status: number;

  constructor(message: string, status: number) {
    super(message);
    this.status = status;
  }
}

/** What to tell the user about a failed call: the server's own words when it answered. */
export function failureMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : String(error);
}

/** Calls the API; `token` is whatever the space granted this browser (facilitator secret or personal token). */
export async function request<T>(
  method: string,
  path: string,
  options: { body?: unknown; token?: string | null } = {},
) {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  if (options.token) headers.Authorization = `Bearer ${options.token}`;

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
  // 204 answers have no body: the caller expects nothing then.
  const payload: unknown = await response.json().catch(() => undefined);
  if (response.ok) return payload as T;
  const message =
    payload && typeof payload === "object" && "error" in payload && typeof payload.error === "string"
      ? payload.error
      : fr.errors.unexpected(response.status);
  throw new ApiError(message, response.status);
}

export const spaceEndpoint = (spaceId: string) => `/spaces/${encodeURIComponent(spaceId)}`;

export const boardEndpoint = (spaceId: string, boardId: string) =>
  `${spaceEndpoint(spaceId)}/boards/${encodeURIComponent(boardId)}`;
