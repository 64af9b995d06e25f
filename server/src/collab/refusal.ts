/** Hocuspocus sends an error's `reason` to the client (permission-denied) or as the WebSocket close reason. */
export function refusal(reason: string): Error & { reason: string } {
  return Object.assign(new Error(reason), { reason });
}
