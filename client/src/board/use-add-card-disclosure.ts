import type { Phase } from "@atelier/shared";
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { useNarrowScreen } from "../ui/use-narrow-screen.ts";

/** The key that opens the add-card form from anywhere on the board, as retro boards do. */
export const ADD_CARD_SHORTCUT = "n";

/** Where a key press is typing, not a command: a field, a select, a rich-text body. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || target.closest("input, textarea, select") !== null)
  );
}

/** Where the add-card form opens by itself: in the Contribuer phase, on a laptop or a projector. */
export function addCardOpensByItself(phase: Phase, narrow: boolean): boolean {
  return phase === "contribute" && !narrow;
}

/**
 * Whether the add-card form is shown. It opens by itself in the Contribuer phase on a laptop or a projector (where
 * the cards are written), and otherwise on demand: its button, or the N key. A choice holds until the phase changes.
 * Closing it gives the focus back to where it was before it opened.
 */
export function useAddCardDisclosure(phase: Phase, enabled: boolean, openAtFirst: boolean) {
  const narrow = useNarrowScreen();
  const formId = useId();
  const openedFrom = useRef<HTMLElement | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [choice, setChoice] = useState<{ phase: Phase; open: boolean } | null>(
    openAtFirst ? { phase, open: true } : null,
  );
  const open = choice?.phase === phase ? choice.open : addCardOpensByItself(phase, narrow);
  // Someone typing a card when the facilitator moves the phase on keeps the form open, with the focus in it: this
  // runs before the browser paints, so the field is never hidden under the keyboard.
  useLayoutEffect(() => {
    if (document.getElementById(formId)?.contains(document.activeElement)) setChoice({ phase, open: true });
  }, [phase, formId]);
  // Each request for the form moves the keyboard into its title, even when it was open already; whoever just gave
  // their name to contribute starts there.
  const [focusRequests, setFocusRequests] = useState(openAtFirst ? 1 : 0);

  const show = useCallback(() => {
    openedFrom.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setChoice({ phase, open: true });
    setFocusRequests((count) => count + 1);
  }, [phase]);

  const hide = useCallback(() => {
    setChoice({ phase, open: false });
    const back = openedFrom.current?.isConnected ? openedFrom.current : button.current;
    back?.focus();
  }, [phase]);

  useEffect(() => {
    if (!enabled) return;
    function onKey(event: KeyboardEvent) {
      if (event.key.toLowerCase() !== ADD_CARD_SHORTCUT || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || document.querySelector("dialog[open]")) return;
      event.preventDefault();
      show();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [enabled, show]);

  return { open: enabled && open, show, hide, formId, button, focusRequests };
}

export type AddCardDisclosure = ReturnType<typeof useAddCardDisclosure>;
