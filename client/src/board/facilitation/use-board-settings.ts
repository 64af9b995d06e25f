import { type BoardSettings, documentMeta, readBoardSettings } from "@atelier/shared";
import { useEffect, useState } from "react";
import type * as Y from "yjs";

/** The board's facilitation settings (phase, lock, timer, vote, hidden mode, follow me), re-read on every meta change. */
export function useBoardSettings(doc: Y.Doc): BoardSettings {
  const [settings, setSettings] = useState(() => readBoardSettings(doc));

  useEffect(() => {
    const meta = documentMeta(doc);
    const onChange = () => setSettings(readBoardSettings(doc));
    onChange();
    meta.observe(onChange);
    return () => meta.unobserve(onChange);
  }, [doc]);

  return settings;
}
