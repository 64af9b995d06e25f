import type { CreatedSpaceView } from "@atelier/shared";
import { useEffect, useState } from "react";
import { storeFacilitatorSecret } from "../access/facilitator-secret.ts";
import { spacePath } from "../routes.ts";
import { rememberSpace } from "./known-spaces.ts";

/**
 * The history entry of a space just created carries this mark, so that its page shows the facilitator link. The
 * page removes the mark at once: neither a reload nor the back button shows the link again. The secret itself
 * never goes into the history.
 */
const FRESH_SPACE = { atelierFreshSpace: true };

export function useFirstViewOfNewSpace(): [fresh: boolean, dismiss: () => void] {
  const [fresh, setFresh] = useState(
    () => (window.history.state as Partial<typeof FRESH_SPACE> | null)?.atelierFreshSpace === true,
  );
  useEffect(() => {
    if (fresh) window.history.replaceState(null, "");
  }, [fresh]);
  return [fresh, () => setFresh(false)];
}

/** A space this browser just made (created, or the demo): keep its secret and name, then show its page fresh. */
export function openCreatedSpace(space: CreatedSpaceView, navigate: (to: string, options: { state: unknown }) => void) {
  storeFacilitatorSecret(space.id, space.facilitatorSecret);
  rememberSpace(space);
  navigate(spacePath(space.id), { state: FRESH_SPACE });
}
