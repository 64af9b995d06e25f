import { refusalWorded, wordRefusal } from "@atelier/shared";
import { t } from "./text.ts";

/**
 * A connection's close reason, which the server sends as French text alone: a known refusal's (with what it quotes)
 * is worded in the reader's language, any other kept as it came.
 */
export function inReadersWords(reason: string): string {
  const refusal = refusalWorded(reason);
  return refusal ? wordRefusal(t.refusals, refusal) : reason;
}
