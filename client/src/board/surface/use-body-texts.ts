import { boardCardMaps, cardBody, fragmentText } from "@atelier/shared";
import { useEffect, useState } from "react";
import type * as Y from "yjs";

const NONE: ReadonlyMap<string, string> = new Map();

/** Every card body's text by card id, followed live only while a search needs it (typing reaches this observer). */
export function useBodyTexts(doc: Y.Doc, enabled: boolean): ReadonlyMap<string, string> {
  const [texts, setTexts] = useState(NONE);

  useEffect(() => {
    if (!enabled) {
      setTexts(NONE);
      return;
    }
    const maps = boardCardMaps(doc);
    const read = () => {
      const next = new Map<string, string>();
      for (const id of maps.keys()) {
        const body = cardBody(doc, id);
        if (body) next.set(id, fragmentText(body));
      }
      setTexts(next);
    };
    read();
    maps.observeDeep(read);
    return () => maps.unobserveDeep(read);
  }, [doc, enabled]);

  return texts;
}
