import type { BoardLayoutView } from "@atelier/shared";
import { t } from "../../i18n/text.ts";
import type { DropTarget } from "./drop-target.ts";

/** Names for announcements, read from the board as this page shows it. */
export interface Names {
  card: (id: string) => string;
  place: (clusterId: string | null) => string;
}

export function namesIn(layout: BoardLayoutView): Names {
  const titles = new Map(
    [...layout.loose, ...layout.clusters.flatMap((entry) => entry.cards)].map((c) => [c.id, c.title]),
  );
  const clusters = new Map(layout.clusters.map((entry) => [entry.cluster.id, entry.cluster.name]));
  return {
    card: (id) => titles.get(id) ?? t.surface.unknownCard,
    // A card whose cluster was just removed is shown with the loose cards, and said to be there.
    place: (clusterId) => {
      const name = clusterId === null ? undefined : clusters.get(clusterId);
      return name === undefined ? t.surface.placeLoose : t.surface.placeCluster(name);
    },
  };
}

/** Where a card would go, as a screen reader says it while the card is being dragged. */
export function describeTarget(target: DropTarget | null, names: Names): string {
  if (!target) return t.surface.overNothing;
  switch (target.kind) {
    case "new-cluster":
      return t.surface.overNewCluster;
    case "group":
      return t.surface.overGroup(names.card(target.cardId));
    case "end":
      return t.surface.overEnd(names.place(target.clusterId));
    default:
      return t.surface.overBeside(target.kind, names.card(target.cardId), names.place(target.clusterId));
  }
}
