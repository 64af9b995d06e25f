import type { Presence } from "../use-presence.ts";
import type { DropTarget } from "./drop-target.ts";

/** The per-card view state the surface keeps: what is unfolded, who edits what, where a dragged card would go. */
export interface CardUi {
  expanded: ReadonlySet<string>;
  toggleBody: (cardId: string) => void;
  /** Other participants whose focus is in a card's text, by card id. */
  editors: ReadonlyMap<string, Presence[]>;
  target: DropTarget | null;
}

export type DropHint = "before" | "after" | "group";

export function dropHintFor(target: DropTarget | null, cardId: string): DropHint | undefined {
  if (!target || !("cardId" in target) || target.cardId !== cardId) return undefined;
  return target.kind;
}

export function targetsLaneEnd(target: DropTarget | null, clusterId: string | null): boolean {
  return target?.kind === "end" && target.clusterId === clusterId;
}
