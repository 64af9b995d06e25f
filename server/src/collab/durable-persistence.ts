import {
  type afterLoadDocumentPayload,
  type Extension,
  isTransactionOrigin,
  type onLoadDocumentPayload,
  type onStoreDocumentPayload,
} from "@hocuspocus/server";
import * as Y from "yjs";
import type { Store, StoredDocument } from "../store/store.ts";
import { refusal } from "./refusal.ts";

interface LogState {
  /** Updates whose append failed: only a snapshot holds them, so the document must not leave memory before. */
  unlogged: number;
  /** Ids of logged updates this document holds (loaded with it or logged from it): a snapshot covers them. */
  held: Set<number>;
  /** Accepted updates waiting to be appended together (see `append`). */
  queued: Uint8Array[];
  /**
   * The last append started (a networked database answers later than SQLite): the next one waits for it, so the
   * log keeps the order of acceptance, and once it settles every earlier one has. It never rejects.
   */
  last: Promise<unknown>;
  /** When the last append started (performance.now()). */
  lastStartedAt: number;
}

/** Appends of one document start at least this many milliseconds apart, well within the 100 ms durability goal. */
const APPEND_SPACING_MS = 20;

/** Settles after `ms`, or once the messages already read in this turn of the event loop are handled. */
const after = (ms: number) => new Promise((resolve) => (ms > 0 ? setTimeout(resolve, ms) : setImmediate(resolve)));

/**
 * Every update the server accepts is appended to the store's log at once, so nothing waits for Hocuspocus'
 * debounced store; that debounced store only compacts the log into a snapshot.
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
        for (const { update } of stored.updates) Y.applyUpdate(document, update);
      });
    } catch (error) {
      console.error(`[persistence] ${documentName} could not be loaded:`, error);
      throw refusal("Le document n'a pas pu être chargé ; réessayez dans un instant.");
    }
    this.logs.set(document, {
      unlogged: 0,
      held: new Set(stored.updates.map((entry) => entry.id)),
      queued: [],
      last: Promise.resolve(),
      lastStartedAt: Number.NEGATIVE_INFINITY,
    });
  }

  async afterLoadDocument({ documentName, document }: afterLoadDocumentPayload): Promise<void> {
    document.on("update", (update: Uint8Array, origin: unknown) => {
      // An update relayed by Redis was logged by the instance that accepted it.
      if (isTransactionOrigin(origin) && origin.source === "redis") return;
      this.append(documentName, document, update);
    });
  }

  /**
   * The last log id up to which every logged update is in `snapshot`. Another instance may have logged updates
   * that Redis has not relayed here yet: they stay in the log rather than being dropped by this snapshot. Only those
   * need reading; the ones this document held when the snapshot was taken are covered by definition.
   */
  private async coveredThrough(documentName: string, snapshot: Y.Snapshot, held: Set<number>): Promise<number> {
    const ids = await this.store.loggedUpdateIds(documentName);
    const firstForeign = ids.findIndex((id) => !held.has(id));
    if (firstForeign === -1) return ids.at(-1) ?? 0;
    let through = ids[firstForeign - 1] ?? 0;
    for (const { id, update } of await this.store.loggedUpdates(documentName)) {
      if (id <= through) continue;
      if (!held.has(id) && !Y.snapshotContainsUpdate(snapshot, update)) break;
      through = id;
    }
    return through;
  }

  /**
   * Group commit, since a commit costs far more than a row: an update is appended at the end of the turn of the
   * event loop that accepted it, unless the last append started less than APPEND_SPACING_MS ago or is still on its
   * way to the store; then it waits, and the updates accepted meanwhile go in the same statement. A quiet board thus
   * appends each edit without waking the process a second time; a busy one appends in batches.
   */
  private append(documentName: string, document: Y.Doc, update: Uint8Array): void {
    const log = this.logs.get(document);
    if (!log) return;
    log.queued.push(update);
    if (log.queued.length > 1) return;
    const spacing = after(log.lastStartedAt + APPEND_SPACING_MS - performance.now());
    const append = Promise.all([log.last, spacing]).then(() => {
      log.lastStartedAt = performance.now();
      const updates = log.queued;
      log.queued = [];
      return this.store.appendUpdates(documentName, updates).then(
        (ids) => {
          for (const id of ids) log.held.add(id);
        },
        (error: unknown) => {
          log.unlogged += updates.length;
          console.error(`[persistence] ${updates.length} update(s) of ${documentName} not logged:`, error);
        },
      );
    });
    log.last = append;
  }

  async onStoreDocument({ documentName, document }: onStoreDocumentPayload): Promise<void> {
    const log = this.logs.get(document);
    if (!log) return;
    // The snapshot then covers every update logged so far, and the log can be emptied up to the last of them.
    await log.last;
    const { unlogged } = log;
    try {
      // The state, its snapshot and the held ids are taken at one instant: updates arriving meanwhile stay logged.
      const state = Y.encodeStateAsUpdate(document);
      const through = await this.coveredThrough(documentName, Y.snapshot(document), new Set(log.held));
      await this.store.compactDocument(documentName, state, through);
      for (const id of log.held) if (id <= through) log.held.delete(id);
      log.unlogged -= unlogged;
    } catch (error) {
      console.error(`[persistence] snapshot of ${documentName} failed:`, error);
      // With every update in the log, nothing is lost if the document unloads; otherwise keep it and retry.
      if (log.unlogged > 0) throw error;
    }
  }
}
