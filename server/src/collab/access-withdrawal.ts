import { WITHDRAWN_ACCESS_CODE } from "@atelier/shared";
import type { Connection, Hocuspocus } from "@hocuspocus/server";
import type { AccessService } from "../spaces/access-service.ts";
import type { ConnectionContext } from "./document-access.ts";
import { closeConnection } from "./refusal.ts";

/** Withdrawn access takes effect at once: every open connection that used it is closed with the reason. */
export function closeConnectionsOnWithdrawal(hocuspocus: Hocuspocus, access: AccessService): void {
  access.onWithdrawal(({ matches, reason }) => {
    for (const document of hocuspocus.documents.values()) {
      for (const connection of document.getConnections()) {
        if (matches((connection.context as ConnectionContext).access))
          closeConnection(connection, WITHDRAWN_ACCESS_CODE, reason);
      }
    }
  });
}

/**
 * Some access in a space was withdrawn elsewhere (another instance): the connections open here in that space are
 * checked again against the store, as a reconnecting client would be, and those it no longer lets in are closed
 * with the reason. The store decides, not the message, which says only where to look. Returns how many were closed.
 */
export async function closeConnectionsNoLongerGranted(
  hocuspocus: Hocuspocus,
  access: AccessService,
  spaceId: string,
  reason: string,
): Promise<number> {
  // One check per token, however many documents and sockets it holds open.
  const byToken = new Map<string, Connection<ConnectionContext>[]>();
  for (const document of hocuspocus.documents.values()) {
    for (const connection of document.getConnections() as Connection<ConnectionContext>[]) {
      if (connection.context.spaceId !== spaceId) continue;
      byToken.set(connection.context.token, [...(byToken.get(connection.context.token) ?? []), connection]);
    }
  }
  let closed = 0;
  for (const [token, connections] of byToken) {
    if (await access.resolve(spaceId, token)) continue;
    for (const connection of connections) closeConnection(connection, WITHDRAWN_ACCESS_CODE, reason);
    closed += connections.length;
  }
  return closed;
}
