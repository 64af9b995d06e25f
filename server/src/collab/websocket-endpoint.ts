import type { Server } from "node:http";
import { frenchRefusal } from "@atelier/shared";
import type { Hocuspocus, WebSocketLike } from "@hocuspocus/server";
import crossws from "crossws/adapters/node";
import { logOf } from "../observability/log.ts";
import type { Metrics } from "../observability/metrics.ts";
import { recordRefusal } from "../observability/refusals.ts";
import { acknowledgeWhenLogged } from "./acknowledge-when-logged.ts";
import type { DurablePersistence } from "./durable-persistence.ts";
import { FRAME_TOO_BIG, screenFrame, UNREADABLE_FRAME } from "./frame-screen.ts";
import { FOREIGN_ORIGIN, originAllowed } from "./origin-check.ts";
import {
  addressedFrame,
  authenticationFrame,
  yWebsocketDocument,
  yWebsocketSocket,
  yWebsocketToken,
} from "./y-websocket-bridge.ts";

export const COLLAB_PATH = "/collab";
const collabLog = logOf("collab");

/** Frames up to this multiple of the limit are read and refused with a reason; larger ones are cut off by ws. */
const HARD_LIMIT_FACTOR = 4;

/**
 * Serves Hocuspocus' WebSocket protocol at /collab on the HTTP server that also serves the API, and y-websocket's
 * at /yjs/<document name>: such a socket is bridged into the same Hocuspocus connection handling, so the same
 * access checks, write guard, presence guard and durable log judge what it sends.
 */
export function attachCollabEndpoint(
  server: Server,
  hocuspocus: Hocuspocus,
  persistence: Pick<DurablePersistence, "logged">,
  metrics: Metrics,
  limits: { maxMessageBytes: number; allowedOrigins: readonly string[]; accessLimits: { trustProxy: boolean } },
) {
  const { maxMessageBytes, allowedOrigins } = limits;
  const { trustProxy } = limits.accessLimits;
  const connections = new WeakMap<object, ReturnType<Hocuspocus["handleConnection"]>>();
  /** The document of each y-websocket peer, whose frames carry no address. */
  const yjsDocuments = new WeakMap<object, string>();
  // A document no longer loaded was stored before it unloaded: nothing of it waits.
  const logged = (documentName: string) => {
    const document = hocuspocus.documents.get(documentName);
    return document ? persistence.logged(document) : Promise.resolve(true);
  };
  const ws = crossws({
    serverOptions: { maxPayload: maxMessageBytes * HARD_LIMIT_FACTOR },
    hooks: {
      open(peer) {
        if (!originAllowed(peer.request.headers, allowedOrigins, trustProxy)) {
          const detail = frenchRefusal("foreignOrigin");
          const origin = peer.request.headers.get("origin")?.slice(0, 200);
          recordRefusal(metrics, "foreign_origin", { socket: peer.id, detail: `${detail} (${origin})` });
          peer.close(FOREIGN_ORIGIN, detail);
          return;
        }
        const websocket = peer.websocket as unknown as WebSocketLike;
        const yjsDocument = yWebsocketDocument(peer.request.url);
        if (yjsDocument !== undefined) {
          // y-websocket has no acknowledgements to hold back: the bridge drops them.
          const connection = hocuspocus.handleConnection(yWebsocketSocket(websocket), peer.request as Request);
          connections.set(peer, connection);
          yjsDocuments.set(peer, yjsDocument);
          connection.handleMessage(authenticationFrame(yjsDocument, yWebsocketToken(peer.request.url)));
          return;
        }
        // An update is acknowledged to its sender once it is in the log, so an acknowledged edit survives a crash.
        const socket = acknowledgeWhenLogged(websocket, logged);
        connections.set(peer, hocuspocus.handleConnection(socket, peer.request as Request));
      },
      message(peer, message) {
        const yjsDocument = yjsDocuments.get(peer);
        const frame =
          yjsDocument === undefined ? message.uint8Array() : addressedFrame(yjsDocument, message.uint8Array());
        if (!frame) {
          const reason = frenchRefusal("frameNotYWebsocket");
          recordRefusal(metrics, "unreadable_frame", { socket: peer.id, detail: reason });
          peer.close(UNREADABLE_FRAME, reason);
          return;
        }
        const verdict = screenFrame(frame, maxMessageBytes);
        if (verdict.ok) {
          connections.get(peer)?.handleMessage(frame);
          return;
        }
        const reason = verdict.code === FRAME_TOO_BIG ? "frame_too_big" : "unreadable_frame";
        recordRefusal(metrics, reason, { socket: peer.id, detail: verdict.reason });
        peer.close(verdict.code, verdict.reason);
      },
      close(peer, event) {
        connections.get(peer)?.handleClose({ code: event.code ?? 1000, reason: event.reason ?? "" });
      },
      error(peer, error) {
        collabLog.error({ socket: peer.id, err: error }, "WebSocket error");
      },
    },
  });

  server.on("upgrade", (request, socket, head) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    if (path !== COLLAB_PATH && yWebsocketDocument(path) === undefined) {
      socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n");
      return;
    }
    ws.handleUpgrade(request, socket, head).catch((error: unknown) => {
      collabLog.error({ err: error }, "WebSocket upgrade failed");
      socket.destroy();
    });
  });

  return ws;
}
