import { boardCardMaps, boardLayoutView, cardById } from "@atelier/shared";
import type { HocuspocusProvider } from "@hocuspocus/provider";
import * as Y from "yjs";
import { t } from "../../i18n/text.ts";
import { useYEvents } from "../../sync/use-y-events.ts";
import { namesIn } from "./place-names.ts";

/**
 * Tells screen-reader users when someone else moves a card they can see into another lane. Reordering within a lane
 * says nothing (too chatty for a workshop); a whole cluster taken apart is said in one sentence.
 */
export function useRemoteMoveAnnouncements(
  doc: Y.Doc,
  provider: HocuspocusProvider,
  visible: ReadonlySet<string>,
  announce: (message: string) => void,
): void {
  useYEvents(
    boardCardMaps(doc),
    (events, transaction) => {
      // What arrives before the first sync completes was on the board before this participant came.
      if (transaction.local || !provider.isSynced) return;
      const moved = events.flatMap((event) => {
        const cardId = event.path[0];
        const change = event.target instanceof Y.Map ? event.changes.keys.get("cluster") : undefined;
        if (typeof cardId !== "string" || event.path.length !== 1 || change?.action !== "update") return [];
        const card = cardById(doc, cardId);
        return card && card.cluster !== change.oldValue && visible.has(cardId) ? [card] : [];
      });
      const [only] = moved;
      if (moved.length === 1 && only)
        announce(t.surface.remoteMoved(only.title, namesIn(boardLayoutView(doc)).place(only.cluster)));
      else if (moved.length > 1) announce(t.surface.remoteMovedMany(moved.length));
    },
    { deep: true },
  );
}
