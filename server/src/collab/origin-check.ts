/** The standard close code for a policy violation: here, a page of another site opening the sync socket. */
export const FOREIGN_ORIGIN = 1008;

/**
 * Whether a WebSocket request may go on, by the page it comes from. Browsers always send Origin: a page of another
 * site must not use a visitor's link through their browser, so its Origin must be the server's own (the Host it
 * was asked for) or one of `allowed` (deployments reached under another name). Other clients (a provider in Node,
 * outside tools) send none; they still need a token.
 */
export function originAllowed(headers: Headers, allowed: readonly string[], trustProxy: boolean): boolean {
  const origin = headers.get("origin");
  if (origin === null) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  // A reverse proxy may ask under its own name: the name the browser asked for is then the one it forwards.
  const asked = (trustProxy && headers.get("x-forwarded-host")?.split(",")[0]?.trim()) || headers.get("host");
  return host === asked || allowed.includes(origin);
}
