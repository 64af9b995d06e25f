import type { Hocuspocus } from "@hocuspocus/server";
import type { AccessService } from "../spaces/access-service.ts";
import type { ConnectionContext } from "./document-access.ts";

/** A revoked link takes effect at once: every open connection made through it is closed with the reason. */
export function closeConnectionsOfRevokedLinks(hocuspocus: Hocuspocus, access: AccessService): void {
  access.onRevoked((invitationId) => {
    for (const document of hocuspocus.documents.values()) {
      for (const connection of document.getConnections()) {
        const context = connection.context as ConnectionContext;
        if (context.access.invitationId === invitationId) {
          connection.close({ code: 4401, reason: "Votre lien d'invitation a été révoqué par l'animateur." });
        }
      }
    }
  });
}
