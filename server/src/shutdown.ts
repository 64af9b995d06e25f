import type { Hocuspocus } from "@hocuspocus/server";
import { logOf } from "./observability/log.ts";

const DRAIN_TIMEOUT_MS = 10_000;

/**
 * Disconnects every client and runs the pending debounced stores now, then waits until Hocuspocus has unloaded
 * every document (it unloads one only once stored). Updates are already in the log; this compacts them.
 */
export async function drainDocuments(hocuspocus: Hocuspocus, timeoutMs = DRAIN_TIMEOUT_MS): Promise<void> {
  hocuspocus.closeConnections();
  hocuspocus.flushPendingStores();
  const deadline = Date.now() + timeoutMs;
  while (hocuspocus.getDocumentsCount() > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  if (hocuspocus.getDocumentsCount() > 0) {
    logOf("server").warn(
      { documents: hocuspocus.getDocumentsCount() },
      "documents not compacted before exit; their updates stay in the log",
    );
  }
}
