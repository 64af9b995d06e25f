import { type Cluster, ungroupCluster } from "@atelier/shared";
import { type RefObject, useState } from "react";
import { useFocusReturn } from "../../forms/use-focus-return.ts";
import { t } from "../../i18n/text.ts";
import { ConfirmButton } from "../../ui/confirm-button.tsx";
import { PromoteToPlan } from "../promotion/promote-to-plan.tsx";
import type { SentToPlan } from "../promotion/sent-to-plan.ts";
import { ClusterEditForm } from "./cluster-edit-form.tsx";
import { LOOSE_TITLE_ID } from "./loose-area.tsx";
import { useSurface } from "./surface-context.ts";

interface ClusterHeaderProps {
  cluster: Cluster;
  heading: RefObject<HTMLHeadingElement | null>;
  /** Cards shown, and cards in the cluster for this participant: they differ while filtering. */
  shown: number;
  total: number;
  /** Some of its cards were agreed (or promoted already): a facilitator can send them into the plan. */
  decided: boolean;
  /** All of those are in the plan already: the way to their fiche rather than sending them again. */
  sent: SentToPlan | null;
}

export function ClusterHeader({ cluster, heading, shown, total, decided, sent }: ClusterHeaderProps) {
  const { doc, readOnly, announce, participant, spaceId, boardId, token } = useSurface();
  const [editing, setEditing] = useState(false);
  const editButton = useFocusReturn<HTMLButtonElement>(editing);

  function ungroup() {
    ungroupCluster(doc, cluster.id);
    announce(t.surface.ungrouped(cluster.name, total));
    // The lane is gone with the focus it held: the loose cards, where its cards went, take it.
    document.getElementById(LOOSE_TITLE_ID)?.focus();
  }

  if (editing && !readOnly) {
    return (
      <header className="lane__header">
        <ClusterEditForm cluster={cluster} onDone={() => setEditing(false)} />
      </header>
    );
  }
  return (
    <header className="lane__header">
      <h3 className="lane__title" ref={heading} tabIndex={-1}>
        {cluster.name}
      </h3>
      {/* The count and the tools share one line: the lanes' first cards start higher on the screen. */}
      <div className="lane__meta">
        <p className="lane__count">{t.surface.laneCount(shown, total)}</p>
        {!readOnly && (
          // The two tools wrap together under the count when the lane is narrow, never one without the other.
          <span className="lane__tools">
            <button
              ref={editButton}
              type="button"
              className="button button--small button--quiet"
              aria-label={t.surface.editClusterLabel(cluster.name)}
              onClick={() => setEditing(true)}
            >
              {t.surface.editCluster}
            </button>
            {/* The group's name and colour would be lost to everyone: it asks first. */}
            <ConfirmButton
              label={t.surface.ungroup}
              accessibleLabel={t.surface.ungroupLabel(cluster.name)}
              question={t.boardDetails.ungroupQuestion(cluster.name)}
              confirmLabel={t.surface.ungroup}
              onConfirm={async () => ungroup()}
            />
          </span>
        )}
      </div>
      {decided && participant.role === "facilitator" && (
        <PromoteToPlan
          spaceId={spaceId}
          boardId={boardId}
          token={token}
          what={{ clusterId: cluster.id, title: cluster.name }}
          sent={sent}
        />
      )}
    </header>
  );
}
