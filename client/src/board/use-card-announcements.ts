import { boardCardMaps, cardsVisibleTo, readBoardSettings, readCard } from "@atelier/shared";
import type { HocuspocusProvider } from "@hocuspocus/provider";
import { useEffect, useState } from "react";
import type * as Y from "yjs";
import { t } from "../i18n/text.ts";
import type { Participant } from "./participant.ts";

/**
 * A sentence for screen readers each time someone else adds a card while this participant is on the board, unless
 * hidden mode keeps that card from them: the page does not show it, its title is not read out either.
 */
export function useCardAnnouncements(
  doc: Y.Doc | undefined,
  provider: HocuspocusProvider | undefined,
  participant: Pick<Participant, "id" | "role">,
): string {
  const [announcement, setAnnouncement] = useState("");
  const { role, id: participantId } = participant;

  useEffect(() => {
    if (!doc || !provider) return;
    const maps = boardCardMaps(doc);
    const onChange = (event: Y.YMapEvent<Y.Map<unknown>>) => {
      // What arrives before the first sync completes was on the board before this participant came.
      if (event.transaction.local || !provider.isSynced) return;
      const cards = [...event.changes.keys]
        .filter(([, change]) => change.action === "add")
        .flatMap(([id]) => {
          const map = maps.get(id);
          const card = map && readCard(id, map);
          return card ? [card] : [];
        });
      const viewer = { role, participantId };
      const added = cardsVisibleTo(cards, readBoardSettings(doc), viewer).map((card) =>
        t.board.announceAdded(card.authorName, t.kinds[card.kind].label, card.title),
      );
      if (added.length > 0) setAnnouncement(added.join(". "));
    };
    maps.observe(onChange);
    return () => maps.unobserve(onChange);
  }, [doc, provider, role, participantId]);

  return announcement;
}
