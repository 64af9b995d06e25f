import { orderKeyAt } from "@atelier/shared";
import type * as Y from "yjs";

/**
 * Moves an objective or a fiche to `index` among its siblings as the page shows them: only its order key changes,
 * as `moveAxis` does for axes, so a concurrent move elsewhere in the plan never loses or duplicates it.
 */
export function moveAmong(
  items: Y.Map<Y.Map<unknown>>,
  siblings: readonly { id: string; order: string }[],
  id: string,
  index: number,
): boolean {
  const item = items.get(id);
  if (!item) return false;
  const others = siblings.filter((sibling) => sibling.id !== id);
  item.set("order", orderKeyAt(others, Math.max(0, Math.min(index, others.length))));
  return true;
}
