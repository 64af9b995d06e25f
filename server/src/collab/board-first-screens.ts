import { boardFirstScreen, parseDocumentName } from "@atelier/shared";
import type { Extension, onStoreDocumentPayload } from "@hocuspocus/server";
import { logOf } from "../observability/log.ts";
import type { DocumentStore } from "../store/document-store.ts";

const firstScreenLog = logOf("first-screen");

/**
 * Each time a board is saved, keeps what its page shows first beside the snapshot: a page opening the board gets
 * its first cards from the database at once, while the whole document (700 KB at 2,000 cards) is loaded, sent and
 * decoded. Default priority (100): its onStoreDocument runs after DurablePersistence (200) has written the snapshot
 * the first screen goes with.
 */
export class BoardFirstScreens implements Extension {
  private readonly documents: DocumentStore;

  constructor(documents: DocumentStore) {
    this.documents = documents;
  }

  async onStoreDocument({ documentName, document }: onStoreDocumentPayload): Promise<void> {
    if (parseDocumentName(documentName)?.kind !== "board") return;
    try {
      await this.documents.keepFirstScreen(documentName, JSON.stringify(boardFirstScreen(document)));
    } catch (error) {
      // The page then waits for the document, as it would without: the board itself is saved.
      firstScreenLog.warn({ document: documentName, err: error }, "first screen not kept");
    }
  }
}
