import { type Period, PeriodSchema, SpaceNameSchema, type SpaceView } from "@atelier/shared";
import { readStored, writeStored } from "../access/local-storage.ts";

export interface KnownSpace {
  id: string;
  name: string;
  period: Period;
}

const KEY = "atelier:spaces";
const MAX_REMEMBERED = 20;

function isKnownSpace(value: unknown): value is KnownSpace {
  if (!value || typeof value !== "object") return false;
  const { id, name, period } = value as Partial<Record<keyof KnownSpace, unknown>>;
  return typeof id === "string" && SpaceNameSchema.safeParse(name).success && PeriodSchema.safeParse(period).success;
}

/** The spaces this browser has opened, most recent first. */
export function knownSpaces(): KnownSpace[] {
  try {
    const parsed: unknown = JSON.parse(readStored(KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter(isKnownSpace) : [];
  } catch {
    return [];
  }
}

export function rememberSpace(space: SpaceView): void {
  const entry: KnownSpace = { id: space.id, name: space.name, period: space.period };
  const others = knownSpaces().filter((known) => known.id !== space.id);
  writeStored(KEY, JSON.stringify([entry, ...others].slice(0, MAX_REMEMBERED)));
}

export function forgetSpace(spaceId: string): void {
  writeStored(KEY, JSON.stringify(knownSpaces().filter((known) => known.id !== spaceId)));
}
