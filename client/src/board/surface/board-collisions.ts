import {
  type CollisionDetection,
  closestCenter,
  closestCorners,
  type DroppableContainer,
  pointerWithin,
  rectIntersection,
} from "@dnd-kit/core";
import { dropDataOf } from "./drop-target.ts";

function isCard(container: DroppableContainer | undefined): boolean {
  return dropDataOf(container?.data)?.type === "card";
}

/** Targets inside clusters: between two lanes' cards, the nearest of them is where a card goes. */
function inCluster(container: DroppableContainer): boolean {
  const data = dropDataOf(container.data);
  return data !== undefined && data.type !== "new-cluster" && data.clusterId !== null;
}

/**
 * With a pointer: the card under it first (to drop before, after or onto it), then the lane end, the loose area or
 * the new-cluster zone under it; over a cluster's header or a gap between its cards, the nearest card of that
 * column. The keyboard puts the card onto the target it chose: what it covers most is that target, whatever the
 * sizes of the cards around (closest corners would prefer a neighbour of the same size).
 */
export const boardCollisions: CollisionDetection = (args) => {
  const pointer = args.pointerCoordinates;
  if (!pointer) {
    const covered = rectIntersection(args);
    return covered.length > 0 ? covered.slice(0, 1) : closestCorners(args);
  }
  const hits = pointerWithin(args);
  const byId = new Map(args.droppableContainers.map((container) => [container.id, container]));
  const hit = hits.find((candidate) => isCard(byId.get(candidate.id))) ?? hits[0];
  if (hit) return [hit];
  const column = args.droppableContainers.filter((container) => {
    const rect = args.droppableRects.get(container.id);
    return rect !== undefined && rect.left <= pointer.x && pointer.x <= rect.right && inCluster(container);
  });
  return closestCenter({ ...args, droppableContainers: column }).slice(0, 1);
};
