import { CLOSED_LINK_REASONS, type ClosedLinkReason, type JoinKey } from "@atelier/shared";
import type { ReactNode } from "react";
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

interface ClosedLinkProps {
  reason: ClosedLinkReason;
  joinKey: JoinKey;
  /** What to do next, when it is not the general advice. */
  advice?: ReactNode;
}

/** A dead link or code, said in place of the form: there is nothing to fill in. */
export function ClosedLink({ reason, joinKey, advice }: ClosedLinkProps) {
  const closed = "code" in joinKey ? t.joinCode.closed : t.boardDetails.join.closed;
  return (
    <div className="alert alert--error" role="alert">
      <h2>{"code" in joinKey ? t.joinCode.unusableTitle : t.join.unusableTitle}</h2>
      <p>{closed[reason]}</p>
      {advice ?? <p>{t.join.unusableAdvice}</p>}
    </div>
  );
}
