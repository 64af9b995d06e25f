/**
 * A bare Hocuspocus server (no extension: no access check, no persistence, no write guard), served the same way
 * as ours (crossws on node:http), for the bench to measure what our extensions cost.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Hocuspocus, type WebSocketLike } from "@hocuspocus/server";
import crossws from "crossws/adapters/node";

const hocuspocus = new Hocuspocus({ quiet: true });
const connections = new WeakMap<object, ReturnType<Hocuspocus["handleConnection"]>>();
const ws = crossws({
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
  },
});
// Any HTTP request gets the number of loaded documents: the bench watches them unload, as on ours through its metrics.
const server = createServer((_, response) => response.end(String(hocuspocus.getDocumentsCount())));
server.on("upgrade", (request, socket, head) => ws.handleUpgrade(request, socket, head));
server.listen(0, "127.0.0.1", () => {
  console.log(`http://localhost:${(server.address() as AddressInfo).port}`);
});
process.on("SIGTERM", () => process.exit(0));
