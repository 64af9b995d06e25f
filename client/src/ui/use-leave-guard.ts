import { useEffect } from "react";

/** The questions of the mounted guards with something unsaved; one click asks once, however many there are. */
const active = new Set<{ question: string }>();

/** A link the browser would follow in this tab, to another address than the one shown. */
function leavingLink(event: MouseEvent): boolean {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute("download")) return false;
  if (link.target && link.target !== "_self") return false;
  const to = new URL(link.href, window.location.href);
  return to.pathname !== window.location.pathname || to.search !== window.location.search;
}

// Capturing on the window runs before React's handlers (the router's links among them), which then never see a
// refused click.
function askBeforeLeaving(event: MouseEvent): void {
  const [first] = active;
  if (!first || !leavingLink(event) || window.confirm(first.question)) return;
  event.preventDefault();
  event.stopPropagation();
}

function holdOnUnload(event: BeforeUnloadEvent): void {
  // The browser asks in its own words; it only needs to be told there is something to lose.
  event.preventDefault();
}

/**
 * While `unsaved`, following a link elsewhere asks `question` first, and closing or reloading the tab has the
 * browser ask. For forms saved on request, beside the plan's views that save as one types.
 */
export function useLeaveGuard(unsaved: boolean, question: string): void {
  useEffect(() => {
    if (!unsaved) return;
    const guard = { question };
    if (active.size === 0) {
      window.addEventListener("click", askBeforeLeaving, true);
      window.addEventListener("beforeunload", holdOnUnload);
    }
    active.add(guard);
    return () => {
      active.delete(guard);
      if (active.size > 0) return;
      window.removeEventListener("click", askBeforeLeaving, true);
      window.removeEventListener("beforeunload", holdOnUnload);
    };
  }, [unsaved, question]);
}
