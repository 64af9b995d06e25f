import { useCallback, useEffect, useState } from "react";
import { failureMessage, isUnreachable } from "../api/request.ts";

const POLL_MS = 3_000;

/**
 * A list the server holds, read at once and then every few seconds for as long as `keepPolling` holds for its last
 * answer (a failed call is always asked again); `reload` reads it again now and polls anew. Both functions are the
 * polling's identity: keep them stable (useCallback, module scope).
 */
export function usePolledList<T>(load: () => Promise<T[]>, keepPolling: (items: T[]) => boolean) {
  const [items, setItems] = useState<T[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [round, setRound] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new round restarts the polling, with a request now.
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Each request waits for the previous one: a slow server never piles them up.
    const poll = async () => {
      let again = true;
      try {
        const latest = await load();
        if (stopped) return;
        setItems(latest);
        setFailure(null);
        again = keepPolling(latest);
      } catch (error) {
        // Out of reach, the board's offline banner says so already; the next poll catches up.
        if (!stopped && !isUnreachable(error)) setFailure(failureMessage(error));
      }
      if (!stopped && again) timer = setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [load, keepPolling, round]);

  const reload = useCallback(() => setRound((current) => current + 1), []);
  return { items, setItems, failure, reload };
}
