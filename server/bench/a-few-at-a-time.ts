/**
 * Runs `task` over the items with at most `limit` running at once, results in the items' order: hundreds of
 * connections or joins set up one by one would take minutes, all at once would time out.
 */
export async function aFewAtATime<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
