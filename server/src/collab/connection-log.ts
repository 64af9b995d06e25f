import type { connectedPayload, Extension, onDisconnectPayload } from "@hocuspocus/server";
import { logOf } from "../observability/log.ts";
import type { ConnectionContext } from "./document-access.ts";

const connections = logOf("connections");

/** One line when a connection opens on a document and when it ends: who (their role, never their token) and where. */
export class ConnectionLog implements Extension {
  async connected({ documentName, socketId, context, connection }: connectedPayload<ConnectionContext>) {
    connections.info(
      { document: documentName, socket: socketId, role: context.access.role, readOnly: connection.readOnly },
      "connected",
    );
  }

  async onDisconnect({ documentName, socketId, context }: onDisconnectPayload<ConnectionContext>) {
    connections.info({ document: documentName, socket: socketId, role: context?.access?.role }, "disconnected");
  }
}
