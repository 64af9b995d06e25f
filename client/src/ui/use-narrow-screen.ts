import { useSyncExternalStore } from "react";

/** A phone's width: the same breakpoint as the styles' `max-width: 40rem`. */
const NARROW_SCREEN = "(max-width: 40rem)";

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW_SCREEN);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/** Whether the page is laid out for a phone, for what CSS alone cannot fold (a form behind a button). */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(NARROW_SCREEN).matches);
}
