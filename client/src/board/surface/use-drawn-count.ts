import { useEffect, useState } from "react";

/** What a lane draws at once: more than any lane of a workshop holds, so that only large boards draw in steps. */
const FIRST = 40;
/** Cards added per lane at each following frame. */
const STEP = 200;

/**
 * How many of a lane's cards to draw: a large board shows its first cards at once and the rest over the next few
 * frames, instead of making the room wait for all of them. Once the lane is whole it stays whole, so that a card
 * added later is drawn straight away (and can take the focus).
 */
export function useDrawnCount(total: number): number {
  const [drawn, setDrawn] = useState(FIRST);
  useEffect(() => {
    if (drawn === Number.POSITIVE_INFINITY) return;
    if (drawn >= total) {
      setDrawn(Number.POSITIVE_INFINITY);
      return;
    }
    const frame = requestAnimationFrame(() => setDrawn((current) => current + STEP));
    return () => cancelAnimationFrame(frame);
  }, [drawn, total]);
  return Math.min(drawn, total);
}
