import type { SqlDatabase } from "./sql-database.ts";
import type { LoggedUpdate, UpdateLog } from "./update-log.ts";

/** Updates appended by one INSERT at most: each row count is one prepared statement, so their number stays small. */
const APPEND_ROWS_PER_STATEMENT = 64;

/**
 * The log as rows of the database (table document_updates): what several instances on one PostgreSQL share, so
 * that any of them can load a document with every update another accepted.
 */
export class SqlUpdateLog implements UpdateLog {
  private readonly db: SqlDatabase;

  constructor(db: SqlDatabase) {
    this.db = db;
  }

  async loggedUpdates(name: string): Promise<LoggedUpdate[]> {
    const rows = await this.db.all<{ id: number; update_data: Uint8Array }>(
      "SELECT id, update_data FROM document_updates WHERE name = ? ORDER BY id",
      [name],
    );
    return rows.map((row) => ({ id: row.id, update: row.update_data }));
  }

  async loggedUpdateIds(name: string): Promise<number[]> {
    const rows = await this.db.all<{ id: number }>("SELECT id FROM document_updates WHERE name = ? ORDER BY id", [
      name,
    ]);
    return rows.map((row) => row.id);
  }

  /**
   * Moves every logged update to another log, in order. Each document's rows go only once appended there: a
   * process killed in between appends them again at the next start, and replaying them twice changes nothing.
   */
  async moveTo(log: UpdateLog): Promise<void> {
    const documents = await this.db.all<{ name: string }>("SELECT DISTINCT name FROM document_updates");
    for (const { name } of documents) {
      const entries = await this.loggedUpdates(name);
      await log.appendUpdates(
        name,
        entries.map((entry) => entry.update),
      );
      await this.dropThrough(name, entries.at(-1)?.id ?? 0);
    }
  }

  async appendUpdates(name: string, updates: Uint8Array[]): Promise<number[]> {
    const ids: number[] = [];
    for (let start = 0; start < updates.length; start += APPEND_ROWS_PER_STATEMENT) {
      const rows = updates.slice(start, start + APPEND_ROWS_PER_STATEMENT);
      const inserted = await this.db.all<{ id: number }>(
        `INSERT INTO document_updates (name, update_data) VALUES ${rows.map(() => "(?, ?)").join(", ")} RETURNING id`,
        rows.flatMap((update) => [name, update]),
      );
      ids.push(...inserted.map((row) => row.id));
    }
    return ids;
  }

  async dropThrough(name: string, throughId: number): Promise<void> {
    await this.db.run("DELETE FROM document_updates WHERE name = ? AND id <= ?", [name, throughId]);
  }

  /** The database is closed by the store that owns it. */
  async close(): Promise<void> {}
}
