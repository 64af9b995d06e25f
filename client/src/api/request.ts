import { type ApiAnswers, type ApiRoute, type PathParams, pathOf, type RoutePath } from "@atelier/shared";
import { t } from "../i18n/text.ts";
import { takeEarlyRequest } from "./early-requests.ts";

/**
 * A refusal or failure to show as is: the server's refusal worded in the reader's language (its code, its refused
 * fields), else the server's own message; ours when the server could not be reached.
 */
export class ApiError extends Error {
  readonly status: number;
  /** The refusal's whole JSON body, when it says more than its message (an import's next step). */
  readonly body: unknown;

  constructor(message: string, status: number, body?: unknown) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

/** The status of a call that never reached the server (offline, server down). */
const UNREACHABLE = 0;

export const isUnreachable = (error: unknown) => error instanceof ApiError && error.status === UNREACHABLE;

/**
 * Code a page loads once it is needed (a form's checks), its failure to come said as the server's unreachability is:
 * both mean the network is gone. The browser keeps a module once loaded: calling again costs nothing.
 */
export function loadedOnDemand<T>(load: () => Promise<T>): () => Promise<T> {
  return () =>
    load().catch(() => {
      throw new ApiError(t.errors.network, UNREACHABLE);
    });
}

/** What to tell the user about a failed call: the server's own words when it answered. */
export function failureMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : String(error);
}

/**
 * Calls the API and returns the response once it succeeded; a refusal throws, worded as ApiError says. `token`
 * is whatever the space granted this browser (facilitator secret or personal token).
 */
export async function call(
  method: string,
  path: string,
  options: { body?: BodyInit; headers?: Record<string, string>; token?: string | null } = {},
): Promise<Response> {
  const headers: Record<string, string> = { Accept: "application/json", ...options.headers };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  // Already sent by index.html's inline script, when the address told which page would ask it.
  const sent = takeEarlyRequest(method, path, options.token, options.body);
  let response: Response;
  try {
    response = await (sent ?? fetch(`/api${path}`, { method, headers, body: options.body }));
  } catch {
    throw new ApiError(t.errors.network, UNREACHABLE);
  }
  if (response.ok) return response;
  const payload: unknown = await response.json().catch(() => undefined);
  throw new ApiError((await refusalMessage(payload)) ?? t.errors.unexpected(response.status), response.status, payload);
}

/**
 * The refusal's text, its words loaded once something is refused: a page never refused does not download them. Null
 * when they cannot be loaded (the network gone meanwhile), the status then saying what it can.
 */
async function refusalMessage(payload: unknown): Promise<string | null> {
  try {
    return (await import("./refusal-text.ts")).refusalText(payload);
  } catch {
    return null;
  }
}

/**
 * Calls a route of the shared contract with a JSON body (if any) and reads its JSON answer, typed as
 * shared/src/api-answers.ts says the route answers: the server's type check holds the route to the same type.
 */
export async function request<R extends ApiRoute>(
  route: R,
  params: PathParams<RoutePath<R>>,
  options: { body?: unknown; token?: string | null } = {},
): Promise<ApiAnswers[R]> {
  const [method, path] = route.split(" ") as [string, RoutePath<R>];
  const json = options.body !== undefined;
  const response = await call(method, pathOf(path, params), {
    token: options.token,
    body: json ? JSON.stringify(options.body) : undefined,
    headers: json ? { "Content-Type": "application/json" } : {},
  });
  // 204 answers have no body: the contract says `null` for them.
  return (await response.json().catch(() => null)) as ApiAnswers[R];
}

/** A file rather than JSON: the body is read as a blob, named as the server names it. */
export async function downloaded(
  path: string,
  token: string,
  fallback: string,
): Promise<{ blob: Blob; fileName: string }> {
  const response = await call("GET", path, { token });
  const named = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "")?.[1];
  return { blob: await response.blob(), fileName: named ?? fallback };
}
