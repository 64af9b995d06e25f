import type {
  afterLoadDocumentPayload,
  Extension,
  onLoadDocumentPayload,
  onStoreDocumentPayload,
} from "@hocuspocus/server";
import * as Y from "yjs";
import type { Store, StoredDocument } from "../store/store.ts";
import { refusal } from "./refusal.ts";

interface LogState {
  /** Highest log id whose update is known to be in the document: a snapshot covers it. */
  loggedThrough: number;
  /** Updates whose append failed: only a snapshot holds them, so the document must not leave memory before. */
  unlogged: number;
  /** Appends still on their way to the store (a networked database answers later than SQLite). */
  inFlight: Set<Promise<unknown>>;
}

/**
 * Every update the server accepts is appended to the store's log as soon as it is applied, so nothing waits for
 * Hocuspocus' debounced store; that debounced store only compacts the log into a snapshot.
 */
export class DurablePersistence implements Extension {
  /** Runs before the other extensions' afterLoadDocument so their changes are logged too. */
  priority = 200;
  private readonly store: Store;
  /** Keyed by the document itself: a document reloaded under the same name gets its own state. */
  private readonly logs = new WeakMap<Y.Doc, LogState>();

  constructor(store: Store) {
    this.store = store;
  }

  /** A failure here throws, so Hocuspocus refuses the connection instead of serving an empty document. */
  async onLoadDocument({ documentName, document }: onLoadDocumentPayload): Promise<void> {
    let stored: StoredDocument;
    try {
      stored = await this.store.loadDocument(documentName);
      Y.transact(document, () => {
        if (stored.snapshot) Y.applyUpdate(document, stored.snapshot);
        for (const update of stored.updates) Y.applyUpdate(document, update);
      });
    } catch (error) {
      console.error(`[persistence] ${documentName} could not be loaded:`, error);
      throw refusal("Le document n'a pas pu être chargé ; réessayez dans un instant.");
    }
    this.logs.set(document, { loggedThrough: stored.lastUpdateId, unlogged: 0, inFlight: new Set() });
  }

  async afterLoadDocument({ documentName, document }: afterLoadDocumentPayload): Promise<void> {
    document.on("update", (update: Uint8Array) => this.append(documentName, document, update));
  }

  private append(documentName: string, document: Y.Doc, update: Uint8Array): void {
    const log = this.logs.get(document);
    if (!log) return;
    const append = this.store.appendUpdate(documentName, update).then(
      (id) => {
        log.loggedThrough = Math.max(log.loggedThrough, id);
      },
      (error: unknown) => {
        log.unlogged++;
        console.error(`[persistence] update of ${documentName} not logged:`, error);
      },
    );
    log.inFlight.add(append);
    append.finally(() => log.inFlight.delete(append));
  }

  async onStoreDocument({ documentName, document }: onStoreDocumentPayload): Promise<void> {
    const log = this.logs.get(document);
    if (!log) return;
    // The snapshot then covers every update logged so far, and the log can be emptied up to the last of them.
    await Promise.all(log.inFlight);
    const { loggedThrough, unlogged } = log;
    try {
      await this.store.compactDocument(documentName, Y.encodeStateAsUpdate(document), loggedThrough);
      log.unlogged -= unlogged;
    } catch (error) {
      console.error(`[persistence] snapshot of ${documentName} failed:`, error);
      // With every update in the log, nothing is lost if the document unloads; otherwise keep it and retry.
      if (log.unlogged > 0) throw error;
    }
  }
}
