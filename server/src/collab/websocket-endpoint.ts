import type { Server } from "node:http";
import type { Hocuspocus, WebSocketLike } from "@hocuspocus/server";
import crossws from "crossws/adapters/node";
import { screenFrame } from "./frame-screen.ts";

export const COLLAB_PATH = "/collab";

/** Frames up to this multiple of the limit are read and refused with a reason; larger ones are cut off by ws. */
const HARD_LIMIT_FACTOR = 4;

/** Serves Hocuspocus' WebSocket protocol at /collab on the HTTP server that also serves the API. */
export function attachCollabEndpoint(server: Server, hocuspocus: Hocuspocus, maxMessageBytes: number) {
  const connections = new WeakMap<object, ReturnType<Hocuspocus["handleConnection"]>>();
  const ws = crossws({
    serverOptions: { maxPayload: maxMessageBytes * HARD_LIMIT_FACTOR },
    hooks: {
      open(peer) {
        connections.set(
          peer,
          hocuspocus.handleConnection(peer.websocket as unknown as WebSocketLike, peer.request as Request),
        );
      },
      message(peer, message) {
        const frame = message.uint8Array();
        const verdict = screenFrame(frame, maxMessageBytes);
        if (verdict.ok) connections.get(peer)?.handleMessage(frame);
        else peer.close(verdict.code, verdict.reason);
      },
      close(peer, event) {
        connections.get(peer)?.handleClose({ code: event.code ?? 1000, reason: event.reason ?? "" });
      },
      error(peer, error) {
        console.error(`[collab] WebSocket error from ${peer.id}:`, error);
      },
    },
  });

  server.on("upgrade", (request, socket, head) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    if (path !== COLLAB_PATH) {
      socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n");
      return;
    }
    ws.handleUpgrade(request, socket, head).catch((error: unknown) => {
      console.error("[collab] upgrade failed:", error);
      socket.destroy();
    });
  });

  return ws;
}
