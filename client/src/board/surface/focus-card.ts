import { FOLLOW_ID_ATTRIBUTE } from "../facilitation/use-follow-me.ts";

export function followElement(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[${FOLLOW_ID_ATTRIBUTE}="${CSS.escape(id)}"]`);
}

/**
 * A moved card may be drawn anew in another lane, or its element taken out and put back among its siblings: either
 * way the focus would fall back to the page. Once it is drawn, the card takes the focus unless something in it kept it.
 */
export function keepFocusOnCard(cardId: string): void {
  requestAnimationFrame(() => {
    const card = followElement(cardId);
    if (card && !card.contains(document.activeElement)) card.focus();
  });
}
