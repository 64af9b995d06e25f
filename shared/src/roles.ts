import { toBase64UrlEncoded } from "lib0/buffer";
import { digest } from "lib0/hash/sha256";
import { encodeUtf8 } from "lib0/string";

export const ROLES = ["facilitator", "partner", "habitant", "observer"] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who may read the action plan, over HTTP (exports, versions) and over WebSocket alike. Habitants see only what the
 * space publishes for them, never the working plan.
 */
export const PLAN_READER_ROLES: readonly Role[] = ["facilitator", "partner", "observer"];

/** The participant id under which the holders of a space's facilitator secret write and vote. */
export const FACILITATOR_PARTICIPANT_ID = "facilitator";

/**
 * The id a facilitator signs and votes under on a board. The space's facilitators all hold one secret, so the
 * server knows them as one participant; each gives their name on the board, and an id drawn from that name keeps
 * two facilitators from sharing one ballot, while one facilitator's laptop and the projector they drive share
 * theirs. The server lets facilitators write anything well formed, so it has nothing to check here.
 */
export function facilitatorParticipantId(displayName: string): string {
  const name = displayName.trim().normalize("NFC").toLocaleLowerCase("fr");
  const hash = digest(encodeUtf8(name)).subarray(0, 6);
  return `${FACILITATOR_PARTICIPANT_ID}-${toBase64UrlEncoded(hash)}`;
}

/** Who is acting, as the server established it from their token. */
export interface Actor {
  role: Role;
  participantId: string;
}
