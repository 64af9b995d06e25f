import { HocuspocusProvider } from "@hocuspocus/provider";
import * as Y from "yjs";

export interface CollabClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Reasons the server gave each time it closed this connection, oldest first. */
  closeReasons: string[];
  /** The close codes, in the same order: the document's close (1000), then the socket's own code. */
  closeCodes: number[];
}

/** A standard Hocuspocus provider, as any outside client would use it; resolves once synced. */
export function connectClient(
  wsUrl: string,
  documentName: string,
  token: string,
  doc = new Y.Doc(),
): Promise<CollabClient> {
  const closeReasons: string[] = [];
  const closeCodes: number[] = [];
  return new Promise((resolve, reject) => {
    const provider = new HocuspocusProvider({
      url: wsUrl,
      name: documentName,
      token,
      document: doc,
      onSynced: () => resolve({ doc, provider, closeReasons, closeCodes }),
      onClose: ({ event }) => {
        closeReasons.push(event.reason);
        closeCodes.push(event.code);
      },
      onAuthenticationFailed: ({ reason }) => {
        provider.destroy();
        reject(new Error(reason));
      },
    });
  });
}

/** Polls until the condition holds, failing with the last value seen after the timeout. */
export async function waitFor<T>(read: () => T, accept: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
