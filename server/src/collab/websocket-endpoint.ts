import type { Server } from "node:http";
import type { Hocuspocus, WebSocketLike } from "@hocuspocus/server";
import crossws from "crossws/adapters/node";

export const COLLAB_PATH = "/collab";

/** Serves Hocuspocus' WebSocket protocol at /collab on the HTTP server that also serves the API. */
export function attachCollabEndpoint(server: Server, hocuspocus: Hocuspocus, maxMessageBytes: number) {
  const connections = new WeakMap<object, ReturnType<Hocuspocus["handleConnection"]>>();
  const ws = crossws({
    serverOptions: { maxPayload: maxMessageBytes },
    hooks: {
      open(peer) {
        connections.set(
          peer,
          hocuspocus.handleConnection(peer.websocket as unknown as WebSocketLike, peer.request as Request),
        );
      },
      message(peer, message) {
        connections.get(peer)?.handleMessage(message.uint8Array());
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
