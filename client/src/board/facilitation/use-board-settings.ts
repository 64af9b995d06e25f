import { type BoardSettings, documentMeta, readBoardSettings } from "@atelier/shared";
import { useCallback } from "react";
import type * as Y from "yjs";
import { useYValue } from "../../sync/use-y-value.ts";

/** The board's facilitation settings (phase, lock, timer, vote, hidden mode, follow me), re-read on every meta change. */
export function useBoardSettings(doc: Y.Doc): BoardSettings {
  const read = useCallback(() => readBoardSettings(doc), [doc]);
  return useYValue(documentMeta(doc), read);
}
