import type { HocuspocusProvider } from "@hocuspocus/provider";
import { useEffect, useState } from "react";
import { asParticipant, type Participant } from "./participant.ts";

/** The awareness field naming the card whose text a participant has the focus in, null when none. */
export const EDITING_FIELD = "editing";

export interface Presence extends Participant {
  clientId: number;
  isSelf: boolean;
  editing: string | null;
}

/** Everyone whose browser has the board open, this one first, from the provider's awareness. */
export function usePresence(provider: HocuspocusProvider | undefined): Presence[] {
  const [people, setPeople] = useState<Presence[]>([]);

  useEffect(() => {
    const awareness = provider?.awareness;
    if (!awareness) return;
    const read = () => {
      const present: Presence[] = [];
      for (const [clientId, state] of awareness.getStates()) {
        const participant = asParticipant(state.user);
        if (!participant) continue;
        const editing = state[EDITING_FIELD];
        present.push({
          ...participant,
          clientId,
          isSelf: clientId === awareness.clientID,
          editing: typeof editing === "string" ? editing : null,
        });
      }
      present.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name, "fr"));
      setPeople(present);
    };
    read();
    awareness.on("change", read);
    return () => awareness.off("change", read);
  }, [provider]);

  return people;
}
