import { WITHDRAWN_ACCESS_CODE } from "@atelier/shared";
import { AuthMessageType } from "@hocuspocus/common";
import { MessageType, type WebSocketLike } from "@hocuspocus/server";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { fitCloseReason } from "./refusal.ts";

/** Where a plain y-websocket client connects: `/yjs/<document name>?token=…`. */
export const YJS_PATH_PREFIX = "/yjs/";

const OPEN = 1;
const CLOSE_GRACE_MS = 20;

/** What y-websocket's protocol has: sync, awareness and its query. Hocuspocus' other messages have no counterpart. */
const Y_WEBSOCKET_TYPES: ReadonlySet<number> = new Set([
  MessageType.Sync,
  MessageType.Awareness,
  MessageType.QueryAwareness,
]);

/** The document a `/yjs/…` address names, or undefined for any other path. */
export function yWebsocketDocument(url: string): string | undefined {
  const { pathname } = new URL(url, "http://localhost");
  if (!pathname.startsWith(YJS_PATH_PREFIX)) return undefined;
  try {
    const name = decodeURIComponent(pathname.slice(YJS_PATH_PREFIX.length));
    return name === "" ? undefined : name;
  } catch {
    return undefined;
  }
}

/** y-websocket sends the token as a query parameter, where Hocuspocus' provider sends it in its first message. */
export function yWebsocketToken(url: string): string {
  return new URL(url, "http://localhost").searchParams.get("token") ?? "";
}

/** The Auth message Hocuspocus' provider would have sent first, so the same access checks judge this client. */
export function authenticationFrame(documentName: string, token: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  encoding.writeVarUint(encoder, MessageType.Auth);
  encoding.writeVarUint(encoder, AuthMessageType.Token);
  encoding.writeVarString(encoder, token);
  return encoding.toUint8Array(encoder);
}

/**
 * A y-websocket frame addressed to the document, as Hocuspocus reads frames; undefined for a message type
 * y-websocket does not send (an Auth frame could otherwise try another token on an established connection).
 */
export function addressedFrame(documentName: string, frame: Uint8Array): Uint8Array | undefined {
  try {
    if (!Y_WEBSOCKET_TYPES.has(decoding.readVarUint(decoding.createDecoder(frame)))) return undefined;
  } catch {
    return undefined;
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  encoding.writeUint8Array(encoder, frame);
  return encoding.toUint8Array(encoder);
}

/**
 * The socket Hocuspocus writes to for a y-websocket client: sync and awareness frames lose their document address;
 * a refused authentication or a closed document closes the socket with its reason; acknowledgements, stateless and
 * ping messages, which y-websocket would not understand, are not sent.
 */
export function yWebsocketSocket(socket: WebSocketLike): WebSocketLike {
  return {
    get readyState() {
      return socket.readyState;
    },
    close: (code, reason) => socket.close(code, reason),
    send(frame) {
      if (!(frame instanceof Uint8Array)) return;
      const decoder = decoding.createDecoder(frame);
      decoding.readVarString(decoder);
      const start = decoder.pos;
      const type = decoding.readVarUint(decoder);
      if (Y_WEBSOCKET_TYPES.has(type)) {
        socket.send(frame.subarray(start));
      } else if (type === MessageType.Auth && decoding.readVarUint(decoder) === AuthMessageType.PermissionDenied) {
        socket.close(WITHDRAWN_ACCESS_CODE, fitCloseReason(decoding.readVarString(decoder)));
      } else if (type === MessageType.CLOSE) {
        // A refusal closes the socket itself with its code right after this message (refusal.ts): only a socket still
        // open a moment later, whose one document Hocuspocus closed, is closed here.
        const reason = fitCloseReason(decoding.readVarString(decoder));
        setTimeout(() => {
          if (socket.readyState === OPEN) socket.close(1000, reason);
        }, CLOSE_GRACE_MS);
      }
    },
  };
}
