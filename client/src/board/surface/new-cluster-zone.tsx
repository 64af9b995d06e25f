import { listClusters } from "@atelier/shared";
import { useDroppable } from "@dnd-kit/core";
import { t } from "../../i18n/text.ts";
import { startCluster } from "./board-moves.ts";
import { type DropData, NEW_CLUSTER_DROP_ID } from "./drop-target.ts";
import { followElement } from "./focus-card.ts";
import { useSurface } from "./surface-context.ts";

/** Above the clusters: drop a card here to start a cluster with it, or create an empty one to fill from the menus. */
export function NewClusterZone({ targeted }: { targeted: boolean }) {
  const { doc, announce } = useSurface();
  const data: DropData = { type: "new-cluster" };
  const { setNodeRef } = useDroppable({ id: NEW_CLUSTER_DROP_ID, data });

  function create() {
    const id = startCluster(doc, null);
    const name = listClusters(doc).find((cluster) => cluster.id === id)?.name ?? "";
    announce(t.surface.clusterCreated(name));
    // The new lane is drawn on the next frame; its name takes the focus, ready to be renamed.
    requestAnimationFrame(() => followElement(id)?.querySelector<HTMLElement>("h3")?.focus());
  }

  return (
    <div ref={setNodeRef} className="new-cluster" data-targeted={targeted || undefined}>
      <p className="new-cluster__hint">{t.surface.newClusterHint}</p>
      <button type="button" className="button button--small" onClick={create}>
        {t.surface.newCluster}
      </button>
    </div>
  );
}
