import { useEffect, useState } from "react";

/**
 * The history entry of a space just created carries this mark, so that its page shows the facilitator link. The
 * page removes the mark at once: neither a reload nor the back button shows the link again. The secret itself
 * never goes into the history.
 */
const FRESH_SPACE = { atelierFreshSpace: true };

export const freshSpaceState = FRESH_SPACE;

export function useFirstViewOfNewSpace(): [fresh: boolean, dismiss: () => void] {
  const [fresh, setFresh] = useState(
    () => (window.history.state as Partial<typeof FRESH_SPACE> | null)?.atelierFreshSpace === true,
  );
  useEffect(() => {
    if (fresh) window.history.replaceState(null, "");
  }, [fresh]);
  return [fresh, () => setFresh(false)];
}
