import { fragmentText } from "@atelier/shared";
import { useEffect, useState } from "react";
import type * as Y from "yjs";

/** A card body's plain text, kept current while people type in it. */
export function useBodyText(fragment: Y.XmlFragment | undefined): string {
  const [text, setText] = useState(() => (fragment ? fragmentText(fragment) : ""));

  useEffect(() => {
    if (!fragment) return;
    const read = () => setText(fragmentText(fragment));
    read();
    fragment.observeDeep(read);
    return () => fragment.unobserveDeep(read);
  }, [fragment]);

  return text;
}
