import { MessageType, type WebSocketLike } from "@hocuspocus/server";
import * as decoding from "lib0/decoding";
import { logOf } from "../observability/log.ts";

const OPEN = 1;
const ackLog = logOf("collab");
const names = new TextDecoder();

/** The document a SyncStatus frame acknowledges an update of; undefined for every other frame. */
function acknowledgedDocument(frame: unknown): string | undefined {
  if (!(frame instanceof Uint8Array)) return undefined;
  const decoder = decoding.createDecoder(frame);
  // Every outgoing frame starts with its address (the document name, then `\0` and a session id for session-aware
  // providers) and its message type; only acknowledgements need the name decoded.
  try {
    const address = decoding.readVarUint8Array(decoder);
    if (decoding.readVarUint(decoder) !== MessageType.SyncStatus) return undefined;
    return names.decode(address).split("\0")[0];
  } catch {
    return undefined; // not Hocuspocus' framing: nothing to hold back
  }
}

/**
 * The socket Hocuspocus writes to, holding back each acknowledgement of an applied update until `logged` says the
 * document's log holds it: Hocuspocus acknowledges an update as soon as it is applied, while its append may come up
 * to the append spacing later (on a busy board, or behind the schema upgrade of a just-loaded document), so a
 * crash in between lost an edit its sender had been told was saved. Acknowledgements keep their order on the
 * socket; every other frame goes at once.
 *
 * When an append fails, its updates are not acknowledged: the sender's provider keeps counting them as unsynced
 * (the offline banner's pending count) until its next connection, whose handshake sends its whole state again.
 * The document still holds them and is not unloaded before a snapshot has them (DurablePersistence's `unlogged`).
 */
export function acknowledgeWhenLogged(
  socket: WebSocketLike,
  logged: (documentName: string) => Promise<boolean>,
): WebSocketLike {
  let acknowledgements: Promise<void> = Promise.resolve();
  return {
    get readyState() {
      return socket.readyState;
    },
    close: (code, reason) => socket.close(code, reason),
    send(frame) {
      const documentName = acknowledgedDocument(frame);
      if (documentName === undefined) return socket.send(frame);
      const kept = logged(documentName);
      acknowledgements = acknowledgements
        .then(() => kept)
        .then((ok) => {
          if (ok && socket.readyState === OPEN) socket.send(frame);
        })
        .catch((error: unknown) => ackLog.error({ err: error }, "acknowledgement not sent"));
    },
  };
}
