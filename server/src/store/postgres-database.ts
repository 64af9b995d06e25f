import pg from "pg";
import { logOf } from "../observability/log.ts";
import type { SqlDatabase, SqlExecutor, SqlValue } from "./sql-database.ts";

// Every INTEGER of the DDL is BIGINT here (timestamps in milliseconds), and COUNT(*) is too: read as numbers, not
// strings, the repositories map a row the same way on both databases.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** `?` placeholders, as the store writes them, become PostgreSQL's `$1, $2…`. */
function numbered(sql: string): string {
  let index = 0;
  return sql.replace(/\?/g, () => `$${++index}`);
}

/** The store's DDL is written for SQLite; these are the PostgreSQL spellings of its types. */
export function postgresDialect(ddl: string): string {
  return ddl
    .replace(/INTEGER PRIMARY KEY AUTOINCREMENT/g, "BIGSERIAL PRIMARY KEY")
    .replace(/\bINTEGER\b/g, "BIGINT")
    .replace(/\bBLOB\b/g, "BYTEA")
    .replace(/\bREAL\b/g, "DOUBLE PRECISION");
}

function executor(client: pg.Pool | pg.PoolClient): SqlExecutor {
  return {
    all: async <T>(sql: string, params: SqlValue[] = []) => (await client.query(numbered(sql), params)).rows as T[],
    get: async <T>(sql: string, params: SqlValue[] = []) =>
      (await client.query(numbered(sql), params)).rows[0] as T | undefined,
    run: async (sql: string, params: SqlValue[] = []) => ({
      changes: (await client.query(numbered(sql), params)).rowCount ?? 0,
    }),
  };
}

/** PostgreSQL through a connection pool, when DATABASE_URL is set. */
export class PostgresDatabase implements SqlDatabase {
  readonly kind = "postgres";
  private readonly pool: pg.Pool;
  private readonly direct: SqlExecutor;

  constructor(connectionString: string) {
    this.pool = new pg.Pool({ connectionString, max: 10 });
    // An idle client losing its connection must not crash the server; the next query reconnects.
    this.pool.on("error", (error) => logOf("postgres").error({ err: error }, "connection error"));
    this.direct = executor(this.pool);
  }

  all<T>(sql: string, params?: SqlValue[]): Promise<T[]> {
    return this.direct.all<T>(sql, params);
  }

  get<T>(sql: string, params?: SqlValue[]): Promise<T | undefined> {
    return this.direct.get<T>(sql, params);
  }

  run(sql: string, params?: SqlValue[]): Promise<{ changes: number }> {
    return this.direct.run(sql, params);
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const result = await work(executor(client));
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async migrate(migrations: readonly string[]): Promise<void> {
    await this.run("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)");
    // One instance migrates at a time when several start together.
    await this.transaction(async (tx) => {
      await tx.run("LOCK TABLE schema_version IN EXCLUSIVE MODE");
      const row = await tx.get<{ version: number }>("SELECT max(version) AS version FROM schema_version");
      for (let version = row?.version ?? 0; version < migrations.length; version++) {
        for (const statement of postgresDialect(migrations[version] as string).split(";")) {
          if (statement.trim()) await tx.run(statement);
        }
        await tx.run("INSERT INTO schema_version (version) VALUES (?)", [version + 1]);
      }
    });
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
