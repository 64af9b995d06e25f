import type { Hocuspocus } from "@hocuspocus/server";
import type * as Y from "yjs";

/**
 * Writes to a document on the server's behalf, for requests that arrive over HTTP (habitants' contributions and
 * votes, promotions into the plan). It goes through Hocuspocus, so the document is loaded the same way, the
 * change is logged durably and everyone connected sees it at once. The change runs synchronously in one
 * transaction: no other update interleaves between what it reads and what it writes.
 */
export class DocumentWriter {
  private readonly hocuspocus: Hocuspocus;

  constructor(hocuspocus: Hocuspocus) {
    this.hocuspocus = hocuspocus;
  }

  async transact<T>(documentName: string, change: (doc: Y.Doc) => T): Promise<T> {
    const connection = await this.hocuspocus.openDirectConnection(documentName);
    let result: { value: T } | undefined;
    try {
      await connection.transact((doc) => {
        result = { value: change(doc) };
      });
    } finally {
      await connection.disconnect();
    }
    if (!result) throw new Error(`Le document ${documentName} n'a pas pu être ouvert.`);
    return result.value;
  }
}
