import type { Period, SpaceView } from "@atelier/shared";
import { readStored, writeStored } from "../access/local-storage.ts";

export interface KnownSpace {
  id: string;
  name: string;
  period: Period;
}

const KEY = "atelier:spaces";
const MAX_REMEMBERED = 20;

/**
 * What this browser keeps, as it is: remembering or forgetting a space leaves the others untouched, and the phone
 * pages remember theirs without the schemas' code. The home page checks them before listing them.
 */
export function storedEntries(): unknown[] {
  try {
    const parsed: unknown = JSON.parse(readStored(KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

const isNot = (spaceId: string) => (entry: unknown) => (entry as { id?: unknown } | null)?.id !== spaceId;

export function rememberSpace(space: SpaceView): void {
  const entry: KnownSpace = { id: space.id, name: space.name, period: space.period };
  writeStored(KEY, JSON.stringify([entry, ...storedEntries().filter(isNot(space.id))].slice(0, MAX_REMEMBERED)));
}

export function forgetSpace(spaceId: string): void {
  writeStored(KEY, JSON.stringify(storedEntries().filter(isNot(spaceId))));
}
