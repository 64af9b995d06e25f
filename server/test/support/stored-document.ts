import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import * as Y from "yjs";

function withDatabase<T>(dataDir: string, work: (db: DatabaseSync) => T, readOnly = true): T {
  const db = new DatabaseSync(join(dataDir, "atelier.sqlite"), { readOnly });
  try {
    return work(db);
  } finally {
    db.close();
  }
}

function snapshotOf(db: DatabaseSync, name: string): Uint8Array | undefined {
  const row = db.prepare("SELECT state FROM document_snapshots WHERE name = ?").get(name) as
    | { state: Uint8Array }
    | undefined;
  return row?.state;
}

export function storedSnapshotBytes(dataDir: string, name: string): Uint8Array | undefined {
  return withDatabase(dataDir, (db) => snapshotOf(db, name));
}

/** Reads a document straight from the SQLite file, as the next server start would. */
export function readStoredDocument(dataDir: string, name: string) {
  return withDatabase(dataDir, (db) => {
    const snapshot = snapshotOf(db, name);
    const updates = db.prepare("SELECT update_data FROM document_updates WHERE name = ? ORDER BY id").all(name) as {
      update_data: Uint8Array;
    }[];
    const doc = new Y.Doc();
    if (snapshot) Y.applyUpdate(doc, snapshot);
    for (const row of updates) Y.applyUpdate(doc, row.update_data);
    return { doc, snapshots: snapshot ? 1 : 0, updates: updates.length };
  });
}

export function overwriteSnapshot(dataDir: string, name: string, state: Uint8Array): void {
  withDatabase(
    dataDir,
    (db) =>
      db
        .prepare(
          `INSERT INTO document_snapshots (name, state, updated_at) VALUES (?, ?, 0)
           ON CONFLICT(name) DO UPDATE SET state = excluded.state`,
        )
        .run(name, state),
    false,
  );
}
