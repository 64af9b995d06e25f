import type { Active, DataRef, Over } from "@dnd-kit/core";
import { hasSortableData } from "@dnd-kit/sortable";

/**
 * What a droppable element stands for. Cards are targets themselves; the end of each lane and the "new cluster"
 * zone are the targets between or beside them.
 */
export type DropData =
  | { type: "card"; cardId: string; clusterId: string | null }
  | { type: "end"; clusterId: string | null }
  | { type: "new-cluster" };

/** Where a dragged card would land if dropped now. */
export type DropTarget =
  | { kind: "before" | "after"; cardId: string; clusterId: string }
  /** Onto a loose card: the two cards start a cluster together. */
  | { kind: "group"; cardId: string }
  | { kind: "end"; clusterId: string | null }
  | { kind: "new-cluster" };

export const NEW_CLUSTER_DROP_ID = "drop:new-cluster";

export function laneEndDropId(clusterId: string | null): string {
  return `drop:end:${clusterId ?? "loose"}`;
}

export function dropDataOf(data: DataRef | undefined): DropData | undefined {
  const value: unknown = data?.current;
  if (!value || typeof value !== "object" || !("type" in value)) return undefined;
  const { type } = value;
  return type === "card" || type === "end" || type === "new-cluster" ? (value as DropData) : undefined;
}

function centerY(rect: { top: number; height: number }): number {
  return rect.top + rect.height / 2;
}

/** The index a card has in its rendered lane, for telling "up" from "down" when the keyboard moves it. */
function sortableIndex(entry: Active | Over): number | undefined {
  return hasSortableData(entry) ? entry.data.current?.sortable.index : undefined;
}

/**
 * A pointer drop lands before or after the card under it depending on which half it is in. The keyboard moves the
 * card onto its neighbour's place: going down in its own lane means after that neighbour, anything else before.
 */
export function dropTargetOf(active: Active, over: Over | null, byKeyboard: boolean): DropTarget | null {
  const data = dropDataOf(over?.data);
  if (!over || !data) return null;
  if (data.type === "new-cluster") return { kind: "new-cluster" };
  if (data.type === "end") return { kind: "end", clusterId: data.clusterId };
  if (data.cardId === active.id) return null;
  if (data.clusterId === null) return { kind: "group", cardId: data.cardId };
  const source = dropDataOf(active.data);
  const sameLane = source?.type === "card" && source.clusterId === data.clusterId;
  const translated = active.rect.current.translated;
  const after = byKeyboard
    ? sameLane && (sortableIndex(active) ?? 0) < (sortableIndex(over) ?? 0)
    : translated !== null && centerY(translated) > centerY(over.rect);
  return { kind: after ? "after" : "before", cardId: data.cardId, clusterId: data.clusterId };
}

export function sameDropTarget(a: DropTarget | null, b: DropTarget | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
