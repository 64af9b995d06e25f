import { toBase64UrlEncoded } from "lib0/buffer";
import { digest } from "lib0/hash/sha256";
import { encodeUtf8 } from "lib0/string";
import { FACILITATOR_PARTICIPANT_ID } from "./roles.ts";

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
