import type { HocuspocusProvider } from "@hocuspocus/provider";
import { useCallback, useEffect } from "react";
import { EDITING_FIELD } from "../use-presence.ts";

function setEditing(provider: HocuspocusProvider, cardId: string | null): void {
  if (provider.awareness?.getLocalState()?.[EDITING_FIELD] !== cardId)
    provider.setAwarenessField(EDITING_FIELD, cardId);
}

/**
 * A ref for the parts of a card one types in (its body, its edit form): while the focus is inside, the others see
 * that this participant is editing the card.
 */
export function useEditingAwareness(provider: HocuspocusProvider, cardId: string) {
  // A card that disappears (deleted, folded, filtered out) while focused must not stay marked as being edited.
  useEffect(
    () => () => {
      if (provider.awareness?.getLocalState()?.[EDITING_FIELD] === cardId) setEditing(provider, null);
    },
    [provider, cardId],
  );

  return useCallback(
    (element: HTMLElement | null) => {
      if (!element) return;
      const onFocusIn = () => setEditing(provider, cardId);
      const onFocusOut = (event: FocusEvent) => {
        if (!(event.relatedTarget instanceof Node && element.contains(event.relatedTarget))) setEditing(provider, null);
      };
      element.addEventListener("focusin", onFocusIn);
      element.addEventListener("focusout", onFocusOut);
      return () => {
        element.removeEventListener("focusin", onFocusIn);
        element.removeEventListener("focusout", onFocusOut);
      };
    },
    [provider, cardId],
  );
}
