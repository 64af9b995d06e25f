import { fragmentText } from "@atelier/shared";
import { useCallback } from "react";
import type * as Y from "yjs";
import { useYValue } from "../../sync/use-y-value.ts";

/** A card body's plain text, kept current while people type in it. */
export function useBodyText(fragment: Y.XmlFragment | undefined): string {
  const read = useCallback(() => (fragment ? fragmentText(fragment) : ""), [fragment]);
  return useYValue(fragment, read, { deep: true });
}
