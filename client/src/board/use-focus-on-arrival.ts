import { type RefObject, useEffect } from "react";

/**
 * Whether nothing holds the focus: the page was just loaded, or the link that had it was on the page this one
 * replaced, and the browser put the focus back on the document.
 */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body;
}

/**
 * On arriving at a page of the app from another one, the focus would stay nowhere and a screen reader say nothing:
 * the page's title takes it, unless something on the page took it first.
 */
export function useFocusOnArrival(target: RefObject<HTMLElement | null>, enabled = true): void {
  useEffect(() => {
    if (enabled && focusIsLost()) target.current?.focus();
  }, [target, enabled]);
}
