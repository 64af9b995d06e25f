import { useCallback, useEffect, useState } from "react";
import { readStored, writeStored } from "../../access/local-storage.ts";

/** The steps a facilitator ticks off; creating the space and inviting are read from the space itself. */
export type ManualStep = "themes" | "phase";

export interface FirstRunProgress {
  themes: boolean;
  phase: boolean;
  dismissed: boolean;
}

const key = (spaceId: string) => `atelier:premiers-pas:${spaceId}`;
const CHANGED = "atelier:premiers-pas";

function read(spaceId: string): FirstRunProgress | null {
  try {
    const stored = JSON.parse(readStored(key(spaceId)) ?? "null") as Partial<FirstRunProgress> | null;
    if (!stored || typeof stored !== "object") return null;
    return { themes: stored.themes === true, phase: stored.phase === true, dismissed: stored.dismissed === true };
  } catch {
    return null;
  }
}

function write(spaceId: string, progress: FirstRunProgress): void {
  writeStored(key(spaceId), JSON.stringify(progress));
  window.dispatchEvent(new CustomEvent(CHANGED, { detail: spaceId }));
}

/** A space created from this browser's home page gets the guided start; spaces opened through a link do not. */
export function startFirstRun(spaceId: string): void {
  write(spaceId, { themes: false, phase: false, dismissed: false });
}

/** Ticks a step of a guided start in progress (from the board, for the phase); nothing happens otherwise. */
export function markFirstRunStep(spaceId: string, step: ManualStep): void {
  const progress = read(spaceId);
  if (progress && !progress[step]) write(spaceId, { ...progress, [step]: true });
}

/** The guided start of a space, or null when this browser did not create it; follows ticks from other tabs. */
export function useFirstRun(spaceId: string) {
  const [progress, setProgress] = useState(() => read(spaceId));
  useEffect(() => {
    const reload = () => setProgress(read(spaceId));
    window.addEventListener(CHANGED, reload);
    window.addEventListener("storage", reload);
    return () => {
      window.removeEventListener(CHANGED, reload);
      window.removeEventListener("storage", reload);
    };
  }, [spaceId]);
  const update = useCallback(
    (change: Partial<FirstRunProgress>) => {
      const current = read(spaceId);
      if (current) write(spaceId, { ...current, ...change });
    },
    [spaceId],
  );
  return { progress, update };
}
