import { HEX_COLOR, NewCardSchema, ROLES, type Role } from "@atelier/shared";
import { readStored, writeStored } from "../access/local-storage.ts";

/** Who this browser is on a board, as shared with the others through awareness. */
export interface Participant {
  /**
   * Whose cards and ballot are this person's: the id the server knows them by (for facilitators, see
   * facilitatorParticipantId).
   */
  id: string;
  name: string;
  color: string;
  role: Role;
}

const NAME_KEY = "atelier:name";
const COLOR_KEY = "atelier:color";

/** Dark enough to carry white text (caret labels, initials) at a 4.5:1 contrast or more. */
const COLORS = [
  "#b42318",
  "#c2410c",
  "#a15c07",
  "#15803d",
  "#0f766e",
  "#0e7490",
  "#1d4ed8",
  "#4338ca",
  "#7e22ce",
  "#be185d",
];

export const displayNameSchema = NewCardSchema.shape.authorName;

export function storedDisplayName(): string | null {
  const parsed = displayNameSchema.safeParse(readStored(NAME_KEY));
  return parsed.success ? parsed.data : null;
}

export function storeDisplayName(name: string): void {
  writeStored(NAME_KEY, name);
}

/** Picked at random once, then kept, so that the others recognise this participant from one session to the next. */
export function participantColor(): string {
  const stored = readStored(COLOR_KEY);
  if (stored && HEX_COLOR.test(stored)) return stored;
  const color = COLORS[Math.floor(Math.random() * COLORS.length)] ?? "#1d4ed8";
  writeStored(COLOR_KEY, color);
  return color;
}

/** Awareness states come from other browsers: only well-formed participants are shown. */
export function asParticipant(value: unknown): Participant | undefined {
  if (!value || typeof value !== "object") return undefined;
  const { id, name, color, role } = value as Partial<Record<keyof Participant, unknown>>;
  const parsedName = displayNameSchema.safeParse(name);
  if (!parsedName.success) return undefined;
  return {
    id: typeof id === "string" ? id : "",
    name: parsedName.data,
    color: typeof color === "string" && HEX_COLOR.test(color) ? color : "#4b5563",
    role: ROLES.find((known) => known === role) ?? "partner",
  };
}
