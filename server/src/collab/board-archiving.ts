import { boardDocumentName, parseDocumentName } from "@atelier/shared";
import type {
  Connection,
  connectedPayload,
  Document,
  Extension,
  Hocuspocus,
  onConfigurePayload,
} from "@hocuspocus/server";
import type { SpaceService } from "../spaces/space-service.ts";
import type { BoardRecord } from "../store/space-store.ts";
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
    this.spaces.onBoardChange((board) => followBoard(instance, board));
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

/**
 * The connections open here on the board follow its record (archived or restored, here or on another instance).
 * Returns how many did.
 */
export function followBoard(instance: Hocuspocus, board: BoardRecord): number {
  const document = instance.documents.get(boardDocumentName(board.spaceId, board.id));
  const connections = document?.getConnections() ?? [];
  for (const connection of connections) follow(document as Document, connection, board);
  return connections.length;
}

function follow(document: Document, connection: Connection<ConnectionContext>, board: BoardRecord): void {
  connection.context.alwaysReadOnly = boardAlwaysReadOnly(connection.context.access, board);
  connection.readOnly = connection.context.alwaysReadOnly;
  applyLock(document, connection);
}
