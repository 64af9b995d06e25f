import { useState } from "react";
import { readStored, writeStored } from "../../access/local-storage.ts";

/**
 * Whether a folded part of a page is open, kept in this browser under `key`: a facilitator who opened the tools of
 * a board finds them open when they come back to it, and closed on the boards where they did not need them.
 */
export function useRememberedOpen(key: string): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(() => readStored(key) === "open");
  const remember = (next: boolean) => {
    setOpen(next);
    writeStored(key, next ? "open" : "closed");
  };
  return [open, remember];
}
