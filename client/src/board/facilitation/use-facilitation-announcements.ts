import { type BoardSettings, documentMeta, FollowSchema, readBoardSettings, VoteSettingsSchema } from "@atelier/shared";
import { useState } from "react";
import type * as Y from "yjs";
import { t } from "../../i18n/text.ts";
import { useYEvents } from "../../sync/use-y-events.ts";

/**
 * A sentence for screen readers when someone else changes what everyone is doing: the phase, the vote, the lock,
 * hidden mode, "follow me". This page's own changes are already visible where they were made.
 */
export function useFacilitationAnnouncements(doc: Y.Doc): string {
  const [announcement, setAnnouncement] = useState("");

  useYEvents(documentMeta(doc), (events, transaction) => {
    if (transaction.local) return;
    const settings = readBoardSettings(doc);
    const messages = events.flatMap((event) =>
      [...event.changes.keys].flatMap(([key, change]) => describe(key, change.oldValue, settings) ?? []),
    );
    if (messages.length > 0) setAnnouncement(messages.join(" "));
  });

  return announcement;
}

function describe(key: string, oldValue: unknown, settings: BoardSettings): string | null {
  switch (key) {
    case "phase":
      return oldValue === settings.phase
        ? null
        : t.facilitation.announcePhase(t.facilitation.phases[settings.phase].label);
    case "locked":
      return oldValue === settings.locked
        ? null
        : settings.locked
          ? t.facilitation.announceLocked
          : t.facilitation.announceUnlocked;
    case "hidden":
      return oldValue === settings.hidden
        ? null
        : settings.hidden
          ? t.facilitation.announceHidden
          : t.facilitation.announceRevealed;
    case "vote": {
      const before = VoteSettingsSchema.safeParse(oldValue).data;
      const { status, budget, round } = settings.vote;
      if (before?.status === status && before.round === round) return null;
      if (status === "open") return t.voting.announceOpened(budget);
      return status === "closed" ? t.voting.announceClosed : null;
    }
    case "follow": {
      const wasActive = FollowSchema.safeParse(oldValue).data?.active === true;
      return settings.follow.active && !wasActive ? t.facilitation.announceFollow : null;
    }
    default:
      return null;
  }
}
