import { CLOSED_LINK_REASONS } from "@atelier/shared";
import { ApiError, failureMessage } from "../../api/request.ts";
import type { Messages } from "../../i18n/fr.ts";
import { t } from "../../i18n/text.ts";

/**
 * Why no code could be made, in the facilitator's language: the pasted link is dead or not of this space (the
 * reason the server sends as `code`, beside its French message); any other failure in the server's words. `words`:
 * the interface's dictionary, or another one.
 */
export function joinCodeFailureText(failure: unknown, words: Messages = t): string {
  const code = failure instanceof ApiError ? (failure.body as { code?: unknown } | undefined)?.code : undefined;
  const reason = CLOSED_LINK_REASONS.find((known) => known === code);
  if (reason === undefined) return failureMessage(failure);
  return reason === "unknown" ? words.joinCode.notInvitation : words.boardDetails.join.closed[reason];
}
