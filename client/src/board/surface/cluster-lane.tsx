import type { Card, Cluster } from "@atelier/shared";
import { useDroppable } from "@dnd-kit/core";
import { useCallback, useRef } from "react";
import { t } from "../../i18n/text.ts";
import { sentToPlan } from "../promotion/sent-to-plan.ts";
import { CardList } from "./card-list.tsx";
import { type CardUi, targetsLaneEnd } from "./card-ui.ts";
import { ClusterHeader } from "./cluster-header.tsx";
import { type DropData, laneEndDropId } from "./drop-target.ts";
import { useSurface } from "./surface-context.ts";

interface ClusterLaneProps {
  cluster: Cluster;
  cards: Card[];
  total: number;
  ui: CardUi;
}

/** A cluster as a coloured column: its header, its cards, and below them the place to drop a card last. */
export function ClusterLane({ cluster, cards, total, ui }: ClusterLaneProps) {
  const { readOnly } = useSurface();
  const heading = useRef<HTMLHeadingElement>(null);
  const end: DropData = { type: "end", clusterId: cluster.id };
  const { setNodeRef } = useDroppable({ id: laneEndDropId(cluster.id), data: end, disabled: readOnly });
  const focusHeading = useCallback(() => heading.current?.focus(), []);

  return (
    <section
      className={`lane lane--${cluster.color}`}
      // Named by the cluster itself: its heading gives way to a form while it is being renamed.
      aria-label={cluster.name}
      data-follow-id={cluster.id}
      tabIndex={-1}
    >
      <ClusterHeader
        cluster={cluster}
        heading={heading}
        shown={cards.length}
        total={total}
        decided={cards.some((card) => card.status !== "draft")}
        sent={sentToPlan(cards)}
      />
      {/* Apart from the header: the lanes side by side share the header's row, so their first cards line up. */}
      <div className="lane__body">
        {cards.length === 0 && <p className="lane__empty">{total === 0 ? t.surface.laneEmpty : t.surface.noMatch}</p>}
        <CardList clusterId={cluster.id} cards={cards} titleTag="h4" ui={ui} onDeleted={focusHeading} />
        {!readOnly && (
          <div
            ref={setNodeRef}
            className="lane__end"
            data-targeted={targetsLaneEnd(ui.target, cluster.id) || undefined}
            aria-hidden="true"
          >
            {t.surface.laneEnd}
          </div>
        )}
      </div>
    </section>
  );
}
