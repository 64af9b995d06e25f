/** Parameters of a statement, written with `?` placeholders whatever the database. */
export type SqlValue = string | number | null | Uint8Array;

export interface SqlExecutor {
  all<T>(sql: string, params?: SqlValue[]): Promise<T[]>;
  get<T>(sql: string, params?: SqlValue[]): Promise<T | undefined>;
  run(sql: string, params?: SqlValue[]): Promise<{ changes: number }>;
}

/**
 * What the store needs of a SQL database: SQLite (embedded, the default) and PostgreSQL implement it. Inside
 * `transaction`, statements go through the executor it hands out, and nothing else runs on that database meanwhile.
 */
export interface SqlDatabase extends SqlExecutor {
  readonly kind: "sqlite" | "postgres";
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Applies the migrations this database has not seen yet, each in its own transaction. */
  migrate(migrations: readonly string[]): Promise<void>;
  close(): Promise<void>;
}
