import { BILAN_PROGRESS, type BilanEntryFields, type BilanProgress } from "@atelier/shared";
import { useEffect, useState } from "react";
import { readStored, removeStored, writeStored } from "../../access/local-storage.ts";
import { writeNumber } from "../../forms/number-text.ts";

/** What the form holds: the progress may still be unchosen, the texts may be empty, the amount is as typed. */
export interface EntryDraft {
  progress: BilanProgress | "";
  assessment: string;
  difficulties: string;
  adjustments: string;
  spent: string;
}

const TYPED = ["assessment", "difficulties", "adjustments", "spent"] as const;

const fieldsOf = (entry: BilanEntryFields | null): EntryDraft => ({
  progress: entry?.progress ?? "",
  assessment: entry?.assessment ?? "",
  difficulties: entry?.difficulties ?? "",
  adjustments: entry?.adjustments ?? "",
  spent: writeNumber(entry?.spent ?? null, "euros"),
});

const same = (one: EntryDraft, other: EntryDraft) =>
  one.progress === other.progress && TYPED.every((key) => one[key] === other[key]);

function isDraft(value: unknown): value is EntryDraft {
  if (typeof value !== "object" || value === null) return false;
  const draft = value as Record<string, unknown>;
  return (
    (draft.progress === "" || BILAN_PROGRESS.some((progress) => progress === draft.progress)) &&
    TYPED.every((key) => typeof draft[key] === "string")
  );
}

// Whatever the tab kept, checked: the draft then lives as long as the form when the browser refuses its storage. A
// draft kept before the amount spent was asked for has none.
function readDraft(key: string): EntryDraft | null {
  try {
    const parsed: unknown = JSON.parse(readStored(key, "sessionStorage") ?? "null");
    const draft = typeof parsed === "object" && parsed !== null ? { spent: "", ...parsed } : parsed;
    return isDraft(draft) ? draft : null;
  } catch {
    return null;
  }
}

function keepDraft(key: string, draft: EntryDraft | null): void {
  if (draft) writeStored(key, JSON.stringify(draft), "sessionStorage");
  else removeStored(key, "sessionStorage");
}

/**
 * A fiche's bilan as the facilitator is writing it. It is saved only on request (the progress must be chosen first),
 * so until then it is kept in the browser tab: moving to another view of the plan, or reloading, brings it back.
 */
export function useEntryDraft(spaceId: string, year: number, ficheId: string, entry: BilanEntryFields | null) {
  const key = `atelier:bilan-draft:${spaceId}:${year}:${ficheId}`;
  // What the server holds, as far as this form knows: the entry it was opened with, then what it saved.
  const [saved, setSaved] = useState(() => fieldsOf(entry));
  const [draft, setDraft] = useState(() => readDraft(key) ?? saved);
  const unsaved = !same(draft, saved);

  useEffect(() => keepDraft(key, unsaved ? draft : null), [key, draft, unsaved]);

  return {
    draft,
    unsaved,
    change: (fields: Partial<EntryDraft>) => setDraft((current) => ({ ...current, ...fields })),
    /** The draft as sent went through: it is now the saved entry. */
    savedAs: (sent: EntryDraft) => setSaved(sent),
    discard: () => setDraft(saved),
  };
}
