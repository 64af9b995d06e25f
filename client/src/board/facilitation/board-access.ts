import { createContext, useContext } from "react";
import type { Participant } from "../participant.ts";

/**
 * Whether this page may change the board (false when archived, opened read-only or locked for this participant).
 * Controls deep in a card read it instead of having it threaded through every component between.
 */
export const BoardReadOnlyContext = createContext(false);

export function useBoardReadOnly(): boolean {
  return useContext(BoardReadOnlyContext);
}

export function isFacilitator(participant: Participant): boolean {
  return participant.role === "facilitator";
}

/** Mirrors the server's rule: facilitators and partners vote; habitants and observers only read the board. */
export function mayVote(participant: Participant): boolean {
  return participant.role === "facilitator" || participant.role === "partner";
}
