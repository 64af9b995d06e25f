import { boardCardMaps, type Card, listCards } from "@atelier/shared";
import { useEffect, useState } from "react";
import * as Y from "yjs";

/** The board's cards, in order, re-read whenever a card is added, removed or has a field changed. */
export function useCards(doc: Y.Doc | undefined): Card[] {
  const [cards, setCards] = useState<Card[]>([]);

  useEffect(() => {
    if (!doc) return;
    const maps = boardCardMaps(doc);
    // Typing in a card's body also reaches this deep observer; only the maps hold what the list shows.
    const onChange = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      if (events.some((event) => event.target instanceof Y.Map)) setCards(listCards(doc));
    };
    setCards(listCards(doc));
    maps.observeDeep(onChange);
    return () => maps.unobserveDeep(onChange);
  }, [doc]);

  return cards;
}
