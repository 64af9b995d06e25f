import { useCallback, useSyncExternalStore } from "react";
import { readStored, removeStored, writeStored } from "../../access/local-storage.ts";

/** Said on this page when the link or its code changes: the tools set them, the presentation shows them. */
const CHANGED = "atelier:participation-link";

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGED, onChange);
  // Another tab of the same facilitator (the projector's) hears of it too.
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener("storage", onChange);
  };
}

/** A full http(s) address, or null: what a QR code may send a phone to. */
export function participationLinkIn(text: string): string | null {
  const trimmed = text.trim();
  if (!URL.canParse(trimmed)) return null;
  return ["https:", "http:"].includes(new URL(trimmed).protocol) ? trimmed : null;
}

/** The address as one types it on a phone: no scheme, nothing the browser adds by itself. */
export function shortAddress(link: string): string {
  const url = new URL(link);
  return `${url.host}${url.pathname === "/" ? "" : url.pathname}${url.search}${url.hash}`;
}

/**
 * The participation link a facilitator chose to project with a board, kept in this browser only: the server keeps
 * just a hash of an invitation's token, so the link exists only where it was made or pasted.
 */
export function useParticipationLink(boardId: string): [string | null, (link: string | null) => void] {
  return useProjected(`atelier:participation-link:${boardId}`);
}

/** A text the tools keep for the presentation, in this browser, heard by every tab of it. */
export function useProjected(key: string): [string | null, (text: string | null) => void] {
  const text = useSyncExternalStore(subscribe, () => readStored(key));
  const setText = useCallback(
    (next: string | null) => {
      if (next === null) removeStored(key);
      else writeStored(key, next);
      window.dispatchEvent(new Event(CHANGED));
    },
    [key],
  );
  return [text, setText];
}
