import { join } from "node:path";
import type { Config } from "../config.ts";
import { PostgresDatabase } from "./postgres-database.ts";
import { SqlStore } from "./sql-store.ts";
import { SqliteDatabase } from "./sqlite-database.ts";

/** PostgreSQL when DATABASE_URL is set; otherwise SQLite in a file under the data directory, nothing to install. */
export function openStore(config: Pick<Config, "databaseUrl" | "dataDir">): Promise<SqlStore> {
  return SqlStore.open(
    config.databaseUrl
      ? new PostgresDatabase(config.databaseUrl)
      : new SqliteDatabase(join(config.dataDir, "atelier.sqlite")),
  );
}
