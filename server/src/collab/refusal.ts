import type { Connection } from "@hocuspocus/server";

/**
 * Hocuspocus sends an error's `reason` to the client (permission-denied) or as the WebSocket close reason, and
 * logs the whole error when a message handler throws one: the stack is cut to one line with the reason, and
 * `reason` and `code` are kept out of the logged form, so a refused frame costs one log line.
 */
export function refusal(reason: string, code?: number): Error & { reason: string; code?: number } {
  const error = new Error(reason);
  error.stack = reason;
  Object.defineProperty(error, "reason", { value: reason, enumerable: false });
  if (code !== undefined) Object.defineProperty(error, "code", { value: code, enumerable: false });
  return error as Error & { reason: string; code?: number };
}

/** A WebSocket close frame carries at most 123 bytes of reason (125 less the code's two). */
const MAX_CLOSE_REASON_BYTES = 123;
const encoder = new TextEncoder();

/** The reason cut to what a close frame carries, on a character boundary, with an ellipsis when cut. */
export function fitCloseReason(reason: string): string {
  if (encoder.encode(reason).length <= MAX_CLOSE_REASON_BYTES) return reason;
  let fitted = "";
  for (const character of reason) {
    if (encoder.encode(`${fitted}${character}…`).length > MAX_CLOSE_REASON_BYTES) break;
    fitted += character;
  }
  return `${fitted}…`;
}

/**
 * Ends a connection with a code and a reason. Hocuspocus' own close only tells the provider of that document (as
 * code 1000, since one socket may carry several documents); the socket itself is then closed with the code, so
 * every client sees it, and must reconnect and resynchronise from the server's state.
 */
export function closeConnection(connection: Connection, code: number, reason: string): void {
  connection.close({ code, reason });
  closeSocketSoon(connection, code, reason);
}

/**
 * Closes the socket once the current message is handled: Hocuspocus sends its close message for the document first
 * (for a handler that threw, after this returns).
 */
export function closeSocketSoon(connection: Connection, code: number, reason: string): void {
  setImmediate(() => connection.webSocket.close(code, fitCloseReason(reason)));
}
