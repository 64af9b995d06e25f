export interface LoggedUpdate {
  id: number;
  update: Uint8Array;
}

/**
 * Where the updates accepted since a document's last snapshot are kept, each under an id that grows with the order
 * of acceptance. Replaying an update a snapshot already holds changes nothing (Yjs), so the log may be emptied
 * after the snapshot is written, not in the same transaction.
 */
export interface UpdateLog {
  /** Logged updates of a document, oldest first, with their ids. */
  loggedUpdates(name: string): Promise<LoggedUpdate[]>;
  /** The ids alone, oldest first. */
  loggedUpdateIds(name: string): Promise<number[]>;
  /** Durably appends accepted updates, in their order; resolves with their ids. */
  appendUpdates(name: string, updates: Uint8Array[]): Promise<number[]>;
  /** Forgets the updates with ids up to `throughId`, once a snapshot holds them. */
  dropThrough(name: string, throughId: number): Promise<void>;
  close(): Promise<void>;
}
