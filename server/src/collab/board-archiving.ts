import { boardDocumentName, parseDocumentName } from "@atelier/shared";
import type { Connection, connectedPayload, Document, Extension, onConfigurePayload } from "@hocuspocus/server";
import type { SpaceService } from "../spaces/space-service.ts";
import type { BoardRecord } from "../store/store.ts";
import { applyLock } from "./board-lock.ts";
import { boardAlwaysReadOnly, type ConnectionContext } from "./document-access.ts";

/**
 * Archiving or restoring a board applies to the connections already open on it, as it would to a new one: a
 * socket opened before the archiving must not keep writing. Connections stay open, since they may still read.
 */
export class BoardArchiving implements Extension {
  private readonly spaces: SpaceService;

  constructor(spaces: SpaceService) {
    this.spaces = spaces;
  }

  async onConfigure({ instance }: onConfigurePayload) {
    this.spaces.onBoardChange((board) => {
      const document = instance.documents.get(boardDocumentName(board.spaceId, board.id));
      for (const connection of document?.getConnections() ?? []) follow(document as Document, connection, board);
    });
  }

  /** A connection was let in on the board as it was then: it may have been archived before the connection joined. */
  async connected({ connection, documentName, instance }: connectedPayload<ConnectionContext>) {
    const ref = parseDocumentName(documentName);
    const document = instance.documents.get(documentName);
    if (ref?.kind !== "board" || !document) return;
    const board = await this.spaces.findBoard(ref.spaceId, ref.boardId);
    if (board) follow(document, connection, board);
  }
}

function follow(document: Document, connection: Connection<ConnectionContext>, board: BoardRecord): void {
  connection.context.alwaysReadOnly = boardAlwaysReadOnly(connection.context.access, board);
  connection.readOnly = connection.context.alwaysReadOnly;
  applyLock(document, connection);
}
