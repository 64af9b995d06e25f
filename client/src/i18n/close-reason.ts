/**
 * A connection's close reason, which the server sends as French text alone: a known refusal's (with what it quotes)
 * is worded in the reader's language, any other kept as it came. The refusals' words are loaded then, not before.
 */
export async function inReadersWords(reason: string): Promise<string> {
  try {
    return (await import("../api/refusal-text.ts")).closeReasonText(reason);
  } catch {
    return reason;
  }
}
