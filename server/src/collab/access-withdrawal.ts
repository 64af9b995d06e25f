import { WITHDRAWN_ACCESS_CODE } from "@atelier/shared";
import type { Hocuspocus } from "@hocuspocus/server";
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
