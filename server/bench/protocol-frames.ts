/**
 * The few Hocuspocus frames a light simulated participant sends and reads, encoded by hand with lib0 (see
 * @hocuspocus/server's MessageReceiver and y-protocols/sync): every frame starts with the document name as a
 * varString, then the message type. A participant does not keep a replica of the board, so it decodes no more of a
 * frame than its type.
 */
import { AuthMessageType } from "@hocuspocus/common";
import { MessageType } from "@hocuspocus/server";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { messageYjsSyncStep1, messageYjsSyncStep2, messageYjsUpdate } from "y-protocols/sync";

export { authenticationFrame } from "../src/collab/y-websocket-bridge.ts";

/** A state vector naming no client: "send me the whole document". */
const EMPTY_STATE_VECTOR = new Uint8Array([0]);

function syncFrame(documentName: string, syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  encoding.writeVarUint(encoder, MessageType.Sync);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** SyncStep1 with an empty state vector: the server answers with the whole board (SyncStep2). */
export const wholeDocumentRequest = (documentName: string) =>
  syncFrame(documentName, messageYjsSyncStep1, EMPTY_STATE_VECTOR);

/** A Yjs update for the server to judge and apply. */
export const updateFrame = (documentName: string, update: Uint8Array) =>
  syncFrame(documentName, messageYjsUpdate, update);

export type ServerFrame =
  | { kind: "authenticated" }
  | { kind: "denied"; reason: string }
  /** SyncStep2: the whole document, in answer to wholeDocumentRequest. */
  | { kind: "document"; update: Uint8Array }
  /** Someone's update, broadcast (possibly several merged into one). */
  | { kind: "update"; update: Uint8Array }
  /** The server's acknowledgement of one of this connection's updates: applied (and, on ours, logged) or not. */
  | { kind: "saved"; applied: boolean }
  | { kind: "other" };

export function readServerFrame(frame: Uint8Array): ServerFrame {
  const decoder = decoding.createDecoder(frame);
  // The document name, skipped without decoding it: a participant has only one.
  decoding.readVarUint8Array(decoder);
  const type = decoding.readVarUint(decoder);
  if (type === MessageType.Sync) {
    const syncType = decoding.readVarUint(decoder);
    if (syncType === messageYjsUpdate) return { kind: "update", update: decoding.readVarUint8Array(decoder) };
    if (syncType === messageYjsSyncStep2) return { kind: "document", update: decoding.readVarUint8Array(decoder) };
  } else if (type === MessageType.SyncStatus) {
    return { kind: "saved", applied: decoding.readVarUint(decoder) === 1 };
  } else if (type === MessageType.Auth) {
    const authType = decoding.readVarUint(decoder);
    if (authType === AuthMessageType.Authenticated) return { kind: "authenticated" };
    if (authType === AuthMessageType.PermissionDenied) {
      return { kind: "denied", reason: decoding.readVarString(decoder) };
    }
  }
  return { kind: "other" };
}
