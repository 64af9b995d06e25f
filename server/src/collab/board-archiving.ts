import { boardDocumentName } from "@atelier/shared";
import type { Connection, Hocuspocus } from "@hocuspocus/server";
import type { SpaceService } from "../spaces/space-service.ts";
import { applyLock } from "./board-lock.ts";
import { boardAlwaysReadOnly, type ConnectionContext } from "./document-access.ts";

/**
 * Archiving or restoring a board applies to the connections already open on it, as it would to a new one: a
 * socket opened before the archiving must not keep writing. Connections stay open, since they may still read.
 */
export function followBoardArchiving(hocuspocus: Hocuspocus, spaces: SpaceService): void {
  spaces.onBoardChange((board) => {
    const document = hocuspocus.documents.get(boardDocumentName(board.spaceId, board.id));
    if (!document) return;
    for (const connection of document.getConnections() as Connection<ConnectionContext>[]) {
      connection.context.alwaysReadOnly = boardAlwaysReadOnly(connection.context.access, board);
      connection.readOnly = connection.context.alwaysReadOnly;
      applyLock(document, connection);
    }
  });
}
