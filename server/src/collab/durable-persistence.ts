import { frenchRefusal } from "@atelier/shared";
import {
  type afterLoadDocumentPayload,
  type Extension,
  isTransactionOrigin,
  type onLoadDocumentPayload,
  type onStoreDocumentPayload,
} from "@hocuspocus/server";
import * as Y from "yjs";
import { logOf } from "../observability/log.ts";
import type { Metrics } from "../observability/metrics.ts";
import { applyStored, type DocumentStore, type StoredDocument } from "../store/document-store.ts";
import { refusal } from "./refusal.ts";

interface LogState {
  /** Updates whose append failed: only a snapshot holds them, so the document must not leave memory before. */
  unlogged: number;
  /** Ids of logged updates this document holds (loaded with it or logged from it): a snapshot covers them. */
  held: Set<number>;
  /** Accepted updates waiting to be appended together (see `append`). */
  queued: Uint8Array[];
  /** Told by the append that takes `queued` whether it is in the log (see `logged`). */
  waiting: ((logged: boolean) => void)[];
  /** Appends the queue once it has waited APPEND_WAIT_MS, unless a later update has had it appended before. */
  deadline: NodeJS.Timeout | undefined;
  /**
   * The last append (a networked database answers later than SQLite): the next one waits for it, so the log keeps
   * the order of acceptance, and once it settles every earlier one has. It never rejects.
   */
  last: Promise<unknown>;
  /** When the last append was asked for (performance.now()). */
  lastAskedAt: number;
}

const persistenceLog = logOf("persistence");

/** Appends of one document are at least this many milliseconds apart while updates keep coming... */
const APPEND_SPACING_MS = 50;
/** ...and an update waits at most this long for one: both well within the 100 ms durability goal. */
const APPEND_WAIT_MS = 50;

/**
 * Every update the server accepts is appended to the store's log within APPEND_WAIT_MS, so nothing waits for
 * Hocuspocus' debounced store; that debounced store only compacts the log into a snapshot.
 */
export class DurablePersistence implements Extension {
  /** Runs before the other extensions' afterLoadDocument so their changes are logged too. */
  priority = 200;
  private readonly documents: DocumentStore;
  private readonly metrics: Metrics;
  /** Keyed by the document itself: a document reloaded under the same name gets its own state. */
  private readonly logs = new WeakMap<Y.Doc, LogState>();

  constructor(documents: DocumentStore, metrics: Metrics) {
    this.documents = documents;
    this.metrics = metrics;
  }

  /** A failure here throws, so Hocuspocus refuses the connection instead of serving an empty document. */
  async onLoadDocument({ documentName, document }: onLoadDocumentPayload): Promise<void> {
    let stored: StoredDocument;
    try {
      stored = await this.documents.load(documentName);
      applyStored(document, stored);
      // Hocuspocus queues what is applied here for broadcast, and the connections opening the document would get
      // it once more after their sync, which already holds it: a 2,000-card board sent, and applied, twice. No
      // connection is attached while the document loads, so flushing the queue now sends it to no one.
      document.flush();
    } catch (error) {
      this.metrics.storeErrors.inc({ operation: "load" });
      persistenceLog.error({ document: documentName, err: error }, "document could not be loaded");
      throw refusal(frenchRefusal("documentNotLoaded"));
    }
    this.logs.set(document, {
      unlogged: 0,
      held: new Set(stored.updates.map((entry) => entry.id)),
      queued: [],
      waiting: [],
      deadline: undefined,
      last: Promise.resolve(),
      lastAskedAt: Number.NEGATIVE_INFINITY,
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
    const ids = await this.documents.loggedUpdateIds(documentName);
    const firstForeign = ids.findIndex((id) => !held.has(id));
    if (firstForeign === -1) return ids.at(-1) ?? 0;
    let through = ids[firstForeign - 1] ?? 0;
    for (const { id, update } of await this.documents.loggedUpdates(documentName)) {
      if (id <= through) continue;
      if (!held.has(id) && !Y.snapshotContainsUpdate(snapshot, update)) break;
      through = id;
    }
    return through;
  }

  /**
   * Group commit, since a commit costs far more than a row, and is paid again by a process woken up to make it. An
   * update is appended at the end of the turn of the event loop that accepted it when the last append was asked for
   * at least APPEND_SPACING_MS ago: a quiet board appends each edit at once. Otherwise it waits for the next update
   * that finds the spacing over, and goes in the same statement, or at most APPEND_WAIT_MS: a busy board appends in
   * batches that its own edits trigger, without waking the process for them.
   */
  private append(documentName: string, document: Y.Doc, update: Uint8Array): void {
    const log = this.logs.get(document);
    if (!log) return;
    this.metrics.updatesAccepted.inc();
    log.queued.push(update);
    const now = performance.now();
    if (now - log.lastAskedAt >= APPEND_SPACING_MS) {
      log.lastAskedAt = now;
      setImmediate(() => this.appendQueued(documentName, log));
    } else {
      log.deadline ??= setTimeout(() => this.appendQueued(documentName, log), APPEND_WAIT_MS);
    }
  }

  /**
   * Settles once every update the document has accepted so far is in the log, or with false when their append
   * failed: the acknowledgement to an update's sender waits for it (acknowledge-when-logged.ts). An update is queued
   * in the turn that applies it, so the queue and the append on its way hold every accepted update not yet in the
   * log. With the queue empty, an update that changed nothing (its content came from someone else) may still be on
   * its way in that append: it is waited for too.
   */
  logged(document: Y.Doc): Promise<boolean> {
    const log = this.logs.get(document);
    if (!log) return Promise.resolve(true);
    if (log.queued.length === 0) return log.last.then(() => true);
    return new Promise((resolve) => log.waiting.push(resolve));
  }

  /** Appends every queued update once the appends before have settled (updates queued meanwhile go too). */
  private appendQueued(documentName: string, log: LogState): Promise<unknown> {
    if (log.queued.length > 0) log.lastAskedAt = performance.now();
    log.last = log.last.then(async () => {
      clearTimeout(log.deadline);
      log.deadline = undefined;
      const { queued: updates, waiting } = log;
      log.queued = [];
      log.waiting = [];
      if (updates.length === 0) return;
      const timer = this.metrics.appendSeconds.startTimer();
      try {
        for (const id of await this.documents.appendUpdates(documentName, updates)) log.held.add(id);
        timer();
        for (const tell of waiting) tell(true);
      } catch (error) {
        log.unlogged += updates.length;
        this.metrics.storeErrors.inc({ operation: "append" });
        persistenceLog.error({ document: documentName, updates: updates.length, err: error }, "updates not logged");
        for (const tell of waiting) tell(false);
      }
    });
    return log.last;
  }

  async onStoreDocument({ documentName, document }: onStoreDocumentPayload): Promise<void> {
    const log = this.logs.get(document);
    if (!log) return;
    // The snapshot then covers every update logged so far, and the log can be emptied up to the last of them.
    await this.appendQueued(documentName, log);
    const { unlogged } = log;
    try {
      // The state, its snapshot and the held ids are taken at one instant: updates arriving meanwhile stay logged.
      const state = Y.encodeStateAsUpdate(document);
      const through = await this.coveredThrough(documentName, Y.snapshot(document), new Set(log.held));
      await this.documents.compact(documentName, state, through);
      for (const id of log.held) if (id <= through) log.held.delete(id);
      log.unlogged -= unlogged;
      this.metrics.compactions.inc();
    } catch (error) {
      this.metrics.storeErrors.inc({ operation: "snapshot" });
      persistenceLog.error({ document: documentName, err: error }, "snapshot failed");
      // With every update in the log, nothing is lost if the document unloads; otherwise keep it and retry.
      if (log.unlogged > 0) throw error;
    }
  }
}
