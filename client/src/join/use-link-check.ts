import type { ClosedLinkReason, JoinKey, JoinPreview } from "@atelier/shared";
import { useEffect, useState } from "react";
import { accessApi } from "../api/access-api.ts";
import { closedLinkReason } from "./closed-link.tsx";

/**
 * What the join page knows of its link: still asking, where it leads, that it is dead, or nothing (the server could
 * not be asked: the form is shown all the same, and joining gives the answer).
 */
export type LinkCheck =
  | { state: "checking" }
  | { state: "open"; preview: JoinPreview }
  | { state: "closed"; reason: ClosedLinkReason }
  | { state: "unknown" };

/** `key` is compared by identity: the caller keeps the same object while the link or code is the same. */
export function useLinkCheck(key: JoinKey): LinkCheck {
  const [check, setCheck] = useState<LinkCheck>({ state: "checking" });
  useEffect(() => {
    let current = true;
    setCheck({ state: "checking" });
    accessApi.preview(key).then(
      (preview) => current && setCheck({ state: "open", preview }),
      (error: unknown) => {
        const reason = closedLinkReason(error);
        if (current) setCheck(reason ? { state: "closed", reason } : { state: "unknown" });
      },
    );
    return () => {
      current = false;
    };
  }, [key]);
  return check;
}
