import type { HocuspocusProvider } from "@hocuspocus/provider";
import { useEffect, useState, useSyncExternalStore } from "react";
import type { DocumentConnection } from "./use-document-connection.ts";

/** How long the "connection restored" confirmation stays before the banner goes away. */
export const RESTORED_NOTICE_MS = 6_000;

/**
 * Where a document's connection stands, as the offline banner tells it:
 * - `online`: nothing to say;
 * - `lost`: the connection dropped after having been made, or the browser says it is offline;
 * - `sending`: back, and the changes made meanwhile are on their way;
 * - `restored`: back, and the server acknowledged every change (shown for a few seconds).
 */
export type OfflinePhase = "online" | "lost" | "sending" | "restored";

export interface OfflineState {
  phase: OfflinePhase;
  /** Why the connection is lost: this device's network, or the server not answering. */
  cause: "network" | "server";
  /** Local changes the server has not acknowledged yet (the provider's count of Yjs updates in flight). */
  pending: number;
}

function subscribeToNetwork(onChange: () => void): () => void {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

/** What the browser believes about the network (`navigator.onLine`), kept current by its events. */
export function useBrowserOnline(): boolean {
  return useSyncExternalStore(
    subscribeToNetwork,
    () => navigator.onLine,
    () => true,
  );
}

/** The provider's count of changes the server has not acknowledged yet. */
function usePendingChanges(provider: HocuspocusProvider | undefined): number {
  const [pending, setPending] = useState(() => provider?.unsyncedChanges ?? 0);
  useEffect(() => {
    if (!provider) return;
    const update = ({ number }: { number: number }) => setPending(number);
    setPending(provider.unsyncedChanges);
    provider.on("unsyncedChanges", update);
    return () => {
      provider.off("unsyncedChanges", update);
    };
  }, [provider]);
  return pending;
}

/**
 * Whether a document's connection is lost, and what waits to be sent. The edits themselves need nothing from here:
 * Yjs keeps them in the page's document, and the provider's handshake sends them when the connection is back.
 */
export function useOfflineState(connection: DocumentConnection | null | undefined): OfflineState {
  const provider = connection?.provider;
  const browserOnline = useBrowserOnline();
  const pending = usePendingChanges(provider);
  const status = connection?.status;
  // A refused token is told by the page itself; retrying would only be refused again.
  const refused = Boolean(connection?.refusal);
  // "reconnecting" means connected once, then lost; before the first connection there is nothing to lose yet.
  const lost = !refused && (!browserOnline || status === "reconnecting");
  const [phase, setPhase] = useState<OfflinePhase>("online");

  useEffect(() => {
    if (lost) {
      setPhase("lost");
      return;
    }
    // Only a connection that came back says so; one that never dropped stays quiet.
    setPhase((current) =>
      current === "lost" || current === "sending" ? (pending > 0 ? "sending" : "restored") : current,
    );
  }, [lost, pending]);

  useEffect(() => {
    if (phase !== "restored") return;
    const timer = window.setTimeout(() => setPhase("online"), RESTORED_NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [phase]);

  // The network is back: try at once rather than wait for the provider's next attempt (up to 30 s away).
  useEffect(() => {
    if (!provider || refused || status === "connected") return;
    const retry = () => void provider.connect();
    window.addEventListener("online", retry);
    return () => window.removeEventListener("online", retry);
  }, [provider, refused, status]);

  return { phase, cause: browserOnline ? "server" : "network", pending };
}
