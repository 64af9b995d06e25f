import { parseDocumentName, readBoardSettings } from "@atelier/shared";
import type { afterLoadDocumentPayload, Connection, connectedPayload, Document, Extension } from "@hocuspocus/server";
import type { ConnectionContext } from "./document-access.ts";

/**
 * A locked board is read-only for everyone but facilitators: partners' connections are switched to read-only
 * when they connect to a locked board and whenever the lock changes, so Hocuspocus drops their updates.
 * (The write guard refuses them too; this spares partners a closed connection for an edit made as the lock fell.)
 */
export class BoardLock implements Extension {
  async connected({ connection, documentName, instance }: connectedPayload<ConnectionContext>) {
    const document = instance.documents.get(documentName);
    if (document && parseDocumentName(documentName)?.kind === "board") applyLock(document, connection);
  }

  async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload) {
    if (parseDocumentName(documentName)?.kind !== "board") return;
    let locked = readBoardSettings(document).locked;
    document.getMap("meta").observe(() => {
      if (readBoardSettings(document).locked === locked) return;
      locked = !locked;
      for (const connection of document.getConnections()) applyLock(document, connection);
    });
  }
}

/** Partners of a writable board follow the lock; other roles keep the access they were given. */
export function applyLock(document: Document, connection: Connection<ConnectionContext>) {
  if (connection.context.access.role !== "partner" || connection.context.alwaysReadOnly) return;
  connection.readOnly = readBoardSettings(document).locked;
}
