import { CLOSED_LINK_REASONS, type ClosedLinkReason } from "@atelier/shared";
import { ApiError } from "../api/request.ts";
import { t } from "../i18n/text.ts";

/**
 * Why a link lets nobody in, when the server said so (404 or 410): trying again with it cannot succeed. Null for
 * any other failure (offline, throttled), after which the same link may still work.
 */
export function closedLinkReason(error: unknown): ClosedLinkReason | null {
  if (!(error instanceof ApiError) || (error.status !== 404 && error.status !== 410)) return null;
  const reason = (error.body as { reason?: unknown } | undefined)?.reason;
  return CLOSED_LINK_REASONS.find((known) => known === reason) ?? "unknown";
}

/** A dead link, said in place of the form: there is nothing to fill in. */
export function ClosedLink({ reason }: { reason: ClosedLinkReason }) {
  return (
    <div className="alert alert--error" role="alert">
      <h2>{t.join.unusableTitle}</h2>
      <p>{t.boardDetails.join.closed[reason]}</p>
      <p>{t.join.unusableAdvice}</p>
    </div>
  );
}
