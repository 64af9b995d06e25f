import { type AccessView, CARD_KINDS, ROLES } from "@atelier/shared";
import { PARTICIPANT_STORAGE_PREFIX } from "./access-names.ts";
import { readStored, removeStored, writeStored } from "./local-storage.ts";

/** A token this browser holds for a space, with what the server said it grants. */
export interface SpaceAccess {
  token: string;
  view: AccessView;
}

/** Facilitator secrets keep their own key (`atelier:access:<id>`); personal tokens from invitation links live here. */
const storageKey = (spaceId: string) => `${PARTICIPANT_STORAGE_PREFIX}${spaceId}`;

const isStringOrNull = (value: unknown) => value === null || typeof value === "string";
const isListOrNull = (value: unknown, item: (entry: unknown) => boolean) =>
  value === null || (Array.isArray(value) && value.every(item));

function isAccessView(value: unknown, spaceId: string): value is AccessView {
  if (!value || typeof value !== "object") return false;
  const view = value as Partial<Record<keyof AccessView, unknown>>;
  return (
    view.spaceId === spaceId &&
    ROLES.some((role) => role === view.role) &&
    typeof view.participantId === "string" &&
    isStringOrNull(view.displayName) &&
    isStringOrNull(view.organisation) &&
    isListOrNull(view.boardIds, (id) => typeof id === "string") &&
    isListOrNull(view.kinds, (kind) => CARD_KINDS.some((known) => known === kind)) &&
    typeof view.moderated === "boolean"
  );
}

export function storedParticipantAccess(spaceId: string): SpaceAccess | null {
  try {
    const parsed: unknown = JSON.parse(readStored(storageKey(spaceId)) ?? "null");
    if (!parsed || typeof parsed !== "object") return null;
    const { token, view } = parsed as Partial<Record<keyof SpaceAccess, unknown>>;
    return typeof token === "string" && isAccessView(view, spaceId) ? { token, view } : null;
  } catch {
    return null;
  }
}

export function storeParticipantAccess(access: SpaceAccess): void {
  writeStored(storageKey(access.view.spaceId), JSON.stringify(access));
}

/** The participant leaves this device: nothing of their access stays behind (RGPD). */
export function forgetParticipantAccess(spaceId: string): void {
  removeStored(storageKey(spaceId));
}
