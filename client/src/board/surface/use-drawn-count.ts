import { FIRST_SCREEN_CARDS_PER_LANE as FIRST } from "@atelier/shared";
import { startTransition, useEffect, useState } from "react";

// What a lane draws at once is what its first screen holds: about what a screen shows of it, so that only large lanes
// draw in two steps, and the live board starts where its first screen was.

/**
 * How many of a lane's cards to draw: a large board shows its first cards at once, and the rest in a transition,
 * which React renders in slices between frames instead of making the room wait for all of them. Once the lane is
 * whole it stays whole, so that a card added later is drawn straight away (and can take the focus).
 */
export function useDrawnCount(total: number): number {
  const [whole, setWhole] = useState(total <= FIRST);
  useEffect(() => {
    if (!whole) startTransition(() => setWhole(true));
  }, [whole]);
  return whole ? total : Math.min(total, FIRST);
}
