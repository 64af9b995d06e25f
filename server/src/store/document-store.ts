import * as Y from "yjs";
import type { SqlDatabase } from "./sql-database.ts";
import type { LoggedUpdate, UpdateLog } from "./update-log.ts";

export interface StoredDocument {
  snapshot: Uint8Array | null;
  /** The log since the snapshot, oldest first. */
  updates: LoggedUpdate[];
}

/** Puts a stored document's snapshot, then its logged updates, into `document`, in one transaction. */
export function applyStored(document: Y.Doc, stored: StoredDocument): void {
  Y.transact(document, () => {
    if (stored.snapshot) Y.applyUpdate(document, stored.snapshot);
    for (const { update } of stored.updates) Y.applyUpdate(document, update);
  });
}

/**
 * The collaborative documents, each kept as a snapshot plus an append-only log of the updates accepted since: the
 * snapshots in the database, the log wherever the store was given it (update-log.ts).
 */
export interface DocumentStore extends Pick<UpdateLog, "loggedUpdates" | "loggedUpdateIds" | "appendUpdates"> {
  load(name: string): Promise<StoredDocument>;
  /** Replaces the snapshot and drops the logged updates it covers (ids up to `throughUpdateId`). */
  compact(name: string, snapshot: Uint8Array, throughUpdateId: number): Promise<void>;
  /** Keeps, beside the document's snapshot, what its page shows first (JSON); nothing without a snapshot. */
  keepFirstScreen(name: string, firstScreen: string): Promise<void>;
  /** What the document's page shows first, as last kept; null before it is. */
  firstScreen(name: string): Promise<string | null>;
}

export class SqlDocumentStore implements DocumentStore {
  private readonly db: SqlDatabase;
  private readonly log: UpdateLog;

  constructor(db: SqlDatabase, log: UpdateLog) {
    this.db = db;
    this.log = log;
  }

  async load(name: string): Promise<StoredDocument> {
    const snapshot = await this.db.get<{ state: Uint8Array }>("SELECT state FROM document_snapshots WHERE name = ?", [
      name,
    ]);
    return { snapshot: snapshot?.state ?? null, updates: await this.loggedUpdates(name) };
  }

  loggedUpdates(name: string): Promise<LoggedUpdate[]> {
    return this.log.loggedUpdates(name);
  }

  loggedUpdateIds(name: string): Promise<number[]> {
    return this.log.loggedUpdateIds(name);
  }

  appendUpdates(name: string, updates: Uint8Array[]): Promise<number[]> {
    return this.log.appendUpdates(name, updates);
  }

  /** The log is emptied once the snapshot is written: an update replayed over a snapshot that holds it is a no-op. */
  async compact(name: string, snapshot: Uint8Array, throughUpdateId: number): Promise<void> {
    await this.db.run(
      `INSERT INTO document_snapshots (name, state, updated_at) VALUES (?, ?, ?)
         ON CONFLICT(name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
      [name, snapshot, Date.now()],
    );
    await this.log.dropThrough(name, throughUpdateId);
  }

  async keepFirstScreen(name: string, firstScreen: string): Promise<void> {
    await this.db.run("UPDATE document_snapshots SET first_screen = ? WHERE name = ?", [firstScreen, name]);
  }

  async firstScreen(name: string): Promise<string | null> {
    const row = await this.db.get<{ first_screen: string | null }>(
      "SELECT first_screen FROM document_snapshots WHERE name = ?",
      [name],
    );
    return row?.first_screen ?? null;
  }
}
