import { dirname } from "node:path";
import { DatabaseSync, type SQLInputValue, type StatementSync } from "node:sqlite";
import { claimDataDir } from "./data-dir-lock.ts";
import { privateFile, privateFolder } from "./private-files.ts";
import type { SqlDatabase, SqlExecutor, SqlValue } from "./sql-database.ts";

/**
 * SQLite through node:sqlite. Its calls are synchronous: a statement is on disk (in the WAL) before the event loop
 * moves on, so a killed process loses nothing it had written. A transaction holds a queue so that statements
 * from elsewhere wait for it instead of slipping into it.
 */
export class SqliteDatabase implements SqlDatabase {
  readonly kind = "sqlite";
  private readonly db: DatabaseSync;
  /** Settles when the open transaction ends; null when none is open. */
  private busy: Promise<void> | null = null;
  private readonly direct: SqlExecutor;
  /** Prepared once per SQL text: the update log appends one row per accepted edit. */
  private readonly statements = new Map<string, StatementSync>();
  /** Removes the pid file that tells a restore this directory is in use. */
  private readonly releaseDataDir: () => void;

  constructor(file: string) {
    privateFolder(dirname(file));
    privateFile(file);
    this.releaseDataDir = claimDataDir(dirname(file));
    this.db = new DatabaseSync(file);
    this.db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
    const params = (values: SqlValue[]) => values as SQLInputValue[];
    this.direct = {
      all: async <T>(sql: string, values: SqlValue[] = []) => this.prepared(sql).all(...params(values)) as T[],
      get: async <T>(sql: string, values: SqlValue[] = []) =>
        this.prepared(sql).get(...params(values)) as T | undefined,
      run: async (sql: string, values: SqlValue[] = []) => ({
        changes: Number(this.prepared(sql).run(...params(values)).changes),
      }),
    };
  }

  // Each statement outside a transaction runs at once (synchronously) unless a transaction is open.
  async all<T>(sql: string, params?: SqlValue[]): Promise<T[]> {
    while (this.busy) await this.busy;
    return this.direct.all<T>(sql, params);
  }

  async get<T>(sql: string, params?: SqlValue[]): Promise<T | undefined> {
    while (this.busy) await this.busy;
    return this.direct.get<T>(sql, params);
  }

  async run(sql: string, params?: SqlValue[]): Promise<{ changes: number }> {
    while (this.busy) await this.busy;
    return this.direct.run(sql, params);
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    while (this.busy) await this.busy;
    // BEGIN runs synchronously in this call, right after the check above: no other statement slips in between.
    const running = this.inTransaction(work);
    const done = running.then(
      () => undefined,
      () => undefined,
    );
    this.busy = done;
    try {
      return await running;
    } finally {
      if (this.busy === done) this.busy = null;
    }
  }

  private prepared(sql: string): StatementSync {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private async inTransaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    this.db.exec("BEGIN IMMEDIATE");
    try {
      const result = await work(this.direct);
      this.db.exec("COMMIT");
      return result;
    } catch (error) {
      this.db.exec("ROLLBACK");
      throw error;
    }
  }

  async migrate(migrations: readonly string[]): Promise<void> {
    const { user_version: current } = this.db.prepare("PRAGMA user_version").get() as { user_version: number };
    for (let version = current; version < migrations.length; version++) {
      await this.transaction(async () => {
        this.db.exec(migrations[version] as string);
        this.db.exec(`PRAGMA user_version = ${version + 1}`);
      });
    }
  }

  async close(): Promise<void> {
    while (this.busy) await this.busy;
    if (this.db.isOpen) this.db.close();
    this.releaseDataDir();
  }
}
