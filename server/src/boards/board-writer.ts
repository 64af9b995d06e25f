import { boardDocumentName } from "@atelier/shared";
import type { Hocuspocus } from "@hocuspocus/server";
import type * as Y from "yjs";

/**
 * Writes to a board on the server's behalf, for requests that arrive over HTTP (habitants' contributions and
 * votes, accepted contributions). It goes through Hocuspocus, so the document is loaded the same way, the change
 * is logged durably and everyone connected sees it at once.
 */
export class BoardWriter {
  private readonly hocuspocus: Hocuspocus;

  constructor(hocuspocus: Hocuspocus) {
    this.hocuspocus = hocuspocus;
  }

  async write<T>(spaceId: string, boardId: string, change: (doc: Y.Doc) => T): Promise<T> {
    const connection = await this.hocuspocus.openDirectConnection(boardDocumentName(spaceId, boardId));
    let result: { value: T } | undefined;
    try {
      await connection.transact((doc) => {
        result = { value: change(doc) };
      });
    } finally {
      await connection.disconnect();
    }
    if (!result) throw new Error(`Le tableau ${boardId} n'a pas pu être ouvert.`);
    return result.value;
  }
}
