import { join } from "node:path";
import type { Config } from "../config.ts";
import { FileUpdateLog } from "./file-update-log.ts";
import { SqlStore } from "./sql-store.ts";
import { SqliteDatabase } from "./sqlite-database.ts";

/**
 * PostgreSQL when DATABASE_URL is set, its update log in a table that every instance reads; otherwise SQLite in a
 * file under the data directory, nothing to install, its update log in journal files beside it.
 */
export async function openStore(config: Pick<Config, "databaseUrl" | "dataDir">): Promise<SqlStore> {
  if (config.databaseUrl) {
    // The driver is loaded only where it serves: an embedded server does not carry it.
    const { PostgresDatabase } = await import("./postgres-database.ts");
    return SqlStore.open(new PostgresDatabase(config.databaseUrl));
  }
  return SqlStore.open(
    new SqliteDatabase(join(config.dataDir, "atelier.sqlite")),
    new FileUpdateLog(join(config.dataDir, "journal")),
  );
}
