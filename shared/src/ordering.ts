import { generateKeyBetween } from "fractional-indexing";

/**
 * Fractional order keys: a move rewrites one key, so concurrent moves never duplicate or drop an item.
 * Two people may pick the same key at once; the item id breaks the tie the same way everywhere.
 */
export function orderKeyBetween(before: string | null, after: string | null): string {
  return generateKeyBetween(before, after);
}

/**
 * A key that sorts at `index` among items already in order. Concurrent moves can leave neighbours with equal keys;
 * the new key then goes just before the next strictly greater one, which keeps the position as close as it can.
 */
export function orderKeyAt(sorted: readonly { order: string }[], index: number): string {
  const before = sorted[index - 1]?.order ?? null;
  const after = sorted.slice(Math.max(0, index)).find((item) => before === null || item.order > before)?.order ?? null;
  return generateKeyBetween(before, after);
}

export function compareByOrder(a: { order: string; id: string }, b: { order: string; id: string }): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}
