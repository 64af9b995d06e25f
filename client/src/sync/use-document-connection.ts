import { REFUSED_WRITE_CODE } from "@atelier/shared";
import { HocuspocusProvider, type onCloseParameters, WebSocketStatus } from "@hocuspocus/provider";
import { useEffect, useState } from "react";
import * as Y from "yjs";
import { inReadersWords } from "../i18n/close-reason.ts";

export type ConnectionStatus = "connecting" | "connected" | "reconnecting";

export interface DocumentConnection {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  status: ConnectionStatus;
  /** True once the document's content has arrived from the server. */
  synced: boolean;
  /** The server lets this token read only (observers, habitants, archived boards, the plan for non-facilitators). */
  readOnly: boolean;
  /** The server's reason when it refused the token, in the reader's language when it words a known refusal. */
  refusal: string | null;
  /**
   * The server's reason when it last refused a change from this page (the page then started over from its state), in
   * the reader's language.
   */
  writeRefused: string | null;
}

/** The sync server shares the page's host and port; only the scheme changes. */
function collabUrl(): string {
  const scheme = window.location.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${window.location.host}/collab`;
}

/**
 * Opens a Yjs document (a board, the plan) on the sync server for as long as the component is mounted, once there
 * is a token to open it with.
 */
export function useDocumentConnection(documentName: string, token: string | null): DocumentConnection | null {
  const [connection, setConnection] = useState<DocumentConnection | null>(null);
  // A refused change stays in the page's copy of the document and would be sent again at every reconnection:
  // after a refusal the page starts over with a fresh copy, from the server's state.
  const [restart, setRestart] = useState<{ count: number; reason: string | null }>({ count: 0, reason: null });

  useEffect(() => {
    if (!token) return;
    const doc = new Y.Doc();
    let everConnected = false;
    const patch = (change: Partial<DocumentConnection>) =>
      setConnection((current) => (current && current.doc === doc ? { ...current, ...change } : current));

    const provider = new HocuspocusProvider({
      url: collabUrl(),
      name: documentName,
      token,
      document: doc,
      onStatus: ({ status }) => {
        everConnected ||= status === WebSocketStatus.Connected;
        patch({
          status: status === WebSocketStatus.Connected ? "connected" : everConnected ? "reconnecting" : "connecting",
        });
      },
      onSynced: () => patch({ synced: true }),
      onAuthenticated: ({ scope }) => patch({ readOnly: scope === "readonly" }),
      onAuthenticationFailed: ({ reason }) => {
        // Retrying with the same token would only be refused again.
        provider.disconnect();
        void inReadersWords(reason).then((refusal) => patch({ refusal }));
      },
    });
    const onClose = ({ event }: onCloseParameters) => {
      if (event.code !== REFUSED_WRITE_CODE) return;
      void inReadersWords(event.reason).then((reason) => setRestart(({ count }) => ({ count: count + 1, reason })));
    };
    provider.on("close", onClose);
    setConnection({
      doc,
      provider,
      status: "connecting",
      synced: false,
      readOnly: false,
      refusal: null,
      writeRefused: restart.reason,
    });

    return () => {
      provider.off("close", onClose);
      provider.destroy();
      doc.destroy();
      setConnection(null);
    };
  }, [documentName, token, restart]);

  return connection;
}
