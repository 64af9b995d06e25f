import { type RefObject, useEffect } from "react";

/**
 * Whether the app has moved to another page since it was loaded. The page it was loaded on keeps the browser's own
 * start (nothing focused, a screen reader reading from the top); later pages replace the one that had the focus.
 * The router announces its moves with these events, the browser the back and forward buttons.
 */
const landingPath = window.location.pathname;
let moved = false;
for (const type of ["pushState", "replaceState", "popstate"]) {
  window.addEventListener(type, () => {
    if (window.location.pathname !== landingPath) moved = true;
  });
}

/**
 * Whether nothing holds the focus because the link or button that had it was on the page this one replaced, and
 * the browser put the focus back on the document.
 */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return moved && (active === null || active === document.body);
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
