import { facilitatorParticipantId } from "./facilitator-id.ts";
import type { Role } from "./roles.ts";

/**
 * Presence, as browsers share it through Yjs awareness, and as the server lets it through: only what the client
 * reads, within limits, under the name and role the server knows. The fields are those the client sets:
 * - `user`: who this is (board: `Participant` in client/src/board/participant.ts; plan: its caret user, name and
 *   colour only), also the label of their caret in the rich-text editors (Tiptap's CollaborationCaret);
 * - `editing`: the id of the card whose text has their focus, or null (client/src/board/use-presence.ts);
 * - `cursor`: their selection in the focused editor, `{ anchor, head }` as Yjs relative positions, or null
 *   (Tiptap's caret, through y-tiptap's cursor plugin).
 */

/** The limits of a presence state: a real one, with the longest name and a caret, is under 600 characters. */
export const PRESENCE_LIMITS = {
  /** A display name, as for a card's author. */
  nameChars: 60,
  /** A participant id or a card id (UUIDs, 36 characters). */
  idChars: 100,
  /** The name of a root Yjs type a caret position may refer to. */
  typeNameChars: 100,
  /** The whole state as JSON, before cleaning: anything bigger is refused. */
  stateChars: 4096,
} as const;

/** 6-digit hex only: what the client picks, and all that its presence list and Tiptap's carets accept. */
export const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/** Who is behind a connection, as the server established it from their token. */
export interface PresenceHolder {
  role: Role;
  participantId: string;
  /** The name the participant gave when joining; null for facilitators and for invitation links used as tokens. */
  displayName: string | null;
}

export interface PresenceUser {
  id: string;
  name: string;
  role: Role;
  color?: string;
}

/** A Yjs item id, as a relative position refers to it. */
export interface PresenceItemId {
  client: number;
  clock: number;
}

/** A Yjs relative position as JSON (the shape `Y.createRelativePositionFromJSON` reads). */
export interface PresencePosition {
  type: PresenceItemId | null;
  tname: string | null;
  item: PresenceItemId | null;
  assoc: number;
}

export interface PresenceCursor {
  anchor: PresencePosition;
  head: PresencePosition;
}

export interface PresenceState {
  user?: PresenceUser;
  editing?: string | null;
  cursor?: PresenceCursor | null;
}

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Trimmed, and cut to the limit without splitting a character drawn with two UTF-16 units. */
function limitedName(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  let name = value.trim();
  if (name.length > PRESENCE_LIMITS.nameChars) {
    let cut = "";
    for (const char of name) {
      if (cut.length + char.length > PRESENCE_LIMITS.nameChars) break;
      cut += char;
    }
    name = cut.trimEnd();
  }
  return name.length > 0 ? name : undefined;
}

/**
 * Name and role are the server's. Facilitators hold the space's secret and have no name on the server, and nor do
 * invitation links used as tokens: they keep the one they give. A facilitator's id is drawn from that name, as the
 * client draws it (facilitatorParticipantId); everyone else's is the one the server knows them by.
 */
function presenceUser(value: unknown, holder: PresenceHolder): PresenceUser | undefined {
  if (!isRecord(value)) return undefined;
  const name = holder.role !== "facilitator" && holder.displayName ? holder.displayName : limitedName(value.name);
  if (!name) return undefined;
  const id = holder.role === "facilitator" ? facilitatorParticipantId(name) : holder.participantId;
  const user: PresenceUser = { id, name, role: holder.role };
  if (typeof value.color === "string" && HEX_COLOR.test(value.color)) user.color = value.color;
  return user;
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

function itemId(value: unknown): PresenceItemId | null | undefined {
  if (value === null || value === undefined) return null;
  if (!isRecord(value) || !isCount(value.client) || !isCount(value.clock)) return undefined;
  return { client: value.client, clock: value.clock };
}

function position(value: unknown): PresencePosition | undefined {
  if (!isRecord(value)) return undefined;
  const type = itemId(value.type);
  const item = itemId(value.item);
  const { tname, assoc } = value;
  if (type === undefined || item === undefined) return undefined;
  if (
    tname !== null &&
    tname !== undefined &&
    (typeof tname !== "string" || tname.length > PRESENCE_LIMITS.typeNameChars)
  )
    return undefined;
  if (assoc !== undefined && assoc !== null && !(typeof assoc === "number" && Number.isSafeInteger(assoc))) {
    return undefined;
  }
  return { type, tname: tname ?? null, item, assoc: assoc ?? 0 };
}

/** Tiptap's caret: null when the editor lost the focus. */
function cursor(value: unknown): PresenceCursor | null | undefined {
  if (value === null) return null;
  if (!isRecord(value)) return undefined;
  const anchor = position(value.anchor);
  const head = position(value.head);
  return anchor && head ? { anchor, head } : undefined;
}

function editing(value: unknown): string | null | undefined {
  if (value === null) return null;
  return typeof value === "string" && value.length > 0 && value.length <= PRESENCE_LIMITS.idChars ? value : undefined;
}

function jsonLength(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * The presence a holder may show, from the state their browser sent: the known fields that are well formed, with
 * the server's name and role; the others are left out. Null when the state is refused as a whole: not an object, or
 * bigger than `PRESENCE_LIMITS.stateChars` as JSON.
 */
export function sanitizePresence(state: unknown, holder: PresenceHolder): PresenceState | null {
  if (!isRecord(state) || jsonLength(state) > PRESENCE_LIMITS.stateChars) return null;
  const clean: PresenceState = {};
  const user = presenceUser(state.user, holder);
  if (user) clean.user = user;
  const card = editing(state.editing);
  if (card !== undefined) clean.editing = card;
  const caret = cursor(state.cursor);
  if (caret !== undefined) clean.cursor = caret;
  return clean;
}
