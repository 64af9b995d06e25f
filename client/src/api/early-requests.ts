/**
 * Requests index.html's inline script (client/build/page-preloads.ts) sends as soon as the address is known, before
 * the page's code has come: a phone on a slow network then waits for one round trip fewer. The page's own identical
 * request (same method, path, token and body) takes the answer, once and only in the page's first seconds; any other
 * is sent as usual. No imports: the build reads these names.
 */

/** Where the inline script leaves the requests it sent, by `earlyRequestKey`. */
export const EARLY_REQUESTS = "atelierEarlyRequests";

declare global {
  interface Window {
    [EARLY_REQUESTS]?: Record<string, Promise<Response>>;
  }
}

/** A request's identity, written out again by the inline script: change both together. */
export function earlyRequestKey(method: string, path: string, token: string | null, body: string | null): string {
  return JSON.stringify([method, path, token, body]);
}

/**
 * How long after the page was opened its early answers may still be taken. The page asks its first questions within
 * moments; an answer nobody took by then would otherwise wait for the tab's whole life, and a later identical request
 * (a join preview once the link was withdrawn) would get the old answer.
 */
const EARLY_ANSWER_LIFETIME_MS = 10_000;

/** The answer to this very request if the inline script sent it; taken once, so that asking again sends anew. */
export function takeEarlyRequest(
  method: string,
  path: string,
  token: string | null | undefined,
  body: BodyInit | undefined,
): Promise<Response> | undefined {
  const sent = window[EARLY_REQUESTS];
  if (!sent) return undefined;
  // performance.now() counts from the navigation, when the inline script sent them.
  if (performance.now() > EARLY_ANSWER_LIFETIME_MS) {
    delete window[EARLY_REQUESTS];
    return undefined;
  }
  if (body !== undefined && typeof body !== "string") return undefined;
  const key = earlyRequestKey(method, path, token ?? null, body ?? null);
  const response = sent[key];
  delete sent[key];
  return response;
}
