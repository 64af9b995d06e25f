/** In a hidden tab animation frames stop: the changes are still taken in, at the pace of the tab's timers. */
const FALLBACK_MS = 100;

/**
 * Runs `flush` once at the next animation frame, however many times `schedule` was called before: remote edits
 * arriving many to a frame cost the page one render, done just before the frame is drawn.
 */
export function frameBatcher(flush: () => void): { schedule: () => void } {
  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    if (frame !== null) cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
    frame = null;
    timer = null;
    flush();
  };
  return {
    schedule() {
      if (frame !== null) return;
      frame = requestAnimationFrame(run);
      timer = setTimeout(run, FALLBACK_MS);
    },
  };
}
