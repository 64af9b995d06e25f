import type { HocuspocusProvider } from "@hocuspocus/provider";
import { useEffect, useState } from "react";
import { asParticipant, type Participant } from "./participant.ts";

export interface Presence extends Participant {
  clientId: number;
  isSelf: boolean;
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
        if (participant) present.push({ ...participant, clientId, isSelf: clientId === awareness.clientID });
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
