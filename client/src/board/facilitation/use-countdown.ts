import { type Timer, timerRemaining } from "@atelier/shared";
import { useEffect, useReducer } from "react";

/**
 * The timer's remaining ms, re-rendering each time the displayed second changes. Renders are scheduled on the
 * boundaries of the remaining time (not every 1000 ms from mount), so that pages opened at different moments flip
 * to the next second together.
 */
export function useCountdown(timer: Timer | null, clockOffset: number): number | null {
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const endsAt = timer?.endsAt ?? null;

  useEffect(() => {
    if (endsAt === null) return;
    let handle: number | undefined;
    const schedule = () => {
      const left = endsAt - (Date.now() + clockOffset);
      if (left <= 0) return;
      // A few ms past the boundary, so that rounding up lands on the next second.
      handle = window.setTimeout(
        () => {
          rerender();
          schedule();
        },
        (left % 1000 || 1000) + 5,
      );
    };
    schedule();
    return () => window.clearTimeout(handle);
  }, [endsAt, clockOffset]);

  return timerRemaining(timer, Date.now() + clockOffset);
}

/** mm:ss, rounded up: "00:00" only once the time is really over. */
export function formatCountdown(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
}
