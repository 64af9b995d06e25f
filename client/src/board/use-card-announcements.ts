import { boardCardMaps, cardsVisibleTo, readBoardSettings, readCard } from "@atelier/shared";
import type { HocuspocusProvider } from "@hocuspocus/provider";
import { useState } from "react";
import type * as Y from "yjs";
import { t } from "../i18n/text.ts";
import { useYEvents } from "../sync/use-y-events.ts";
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

  useYEvents(doc && boardCardMaps(doc), (events, transaction) => {
    // What arrives before the first sync completes was on the board before this participant came.
    if (!doc || !provider?.isSynced || transaction.local) return;
    const maps = boardCardMaps(doc);
    const cards = events.flatMap((event) =>
      [...event.changes.keys]
        .filter(([, change]) => change.action === "add")
        .flatMap(([id]) => {
          const map = maps.get(id);
          const card = map && readCard(id, map);
          return card ? [card] : [];
        }),
    );
    const viewer = { role: participant.role, participantId: participant.id };
    const added = cardsVisibleTo(cards, readBoardSettings(doc), viewer).map((card) =>
      t.board.announceAdded(card.authorName, t.kinds[card.kind].label, card.title),
    );
    if (added.length > 0) setAnnouncement(added.join(". "));
  });

  return announcement;
}
