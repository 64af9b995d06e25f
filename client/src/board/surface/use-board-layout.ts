import { type BoardLayoutView, boardClusterMaps, boardLayoutView, type Card } from "@atelier/shared";
import { useCallback } from "react";
import type * as Y from "yjs";
import { useYValue } from "../../sync/use-y-value.ts";

/**
 * The given cards laid out in the board's clusters, as the shared domain places them: laid out again when the cards
 * or the clusters change (added, renamed, recoloured, reordered, removed), here or elsewhere.
 */
export function useBoardLayout(doc: Y.Doc, cards: Card[]): BoardLayoutView {
  const read = useCallback(() => boardLayoutView(doc, cards), [doc, cards]);
  return useYValue(boardClusterMaps(doc), read, { deep: true });
}
