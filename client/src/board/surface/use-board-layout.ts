import { type BoardLayoutView, boardClusterMaps, boardLayoutView, type Card } from "@atelier/shared";
import { useEffect, useMemo, useState } from "react";
import type * as Y from "yjs";

/** Counts changes to the clusters (added, renamed, recoloured, reordered, removed), here or elsewhere. */
function useClustersVersion(doc: Y.Doc): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const clusters = boardClusterMaps(doc);
    const bump = () => setVersion((current) => current + 1);
    clusters.observeDeep(bump);
    return () => clusters.unobserveDeep(bump);
  }, [doc]);
  return version;
}

/** The given cards laid out in the board's clusters, as the shared domain places them. */
export function useBoardLayout(doc: Y.Doc, cards: Card[]): BoardLayoutView {
  const clustersVersion = useClustersVersion(doc);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the clusters are read from the document; the version says when they changed.
  return useMemo(() => boardLayoutView(doc, cards), [doc, cards, clustersVersion]);
}
