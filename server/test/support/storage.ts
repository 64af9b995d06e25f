import { basename } from "node:path";
import pg from "pg";
import { openStore } from "../../src/store/open-store.ts";
import type { SqlStore } from "../../src/store/sql-store.ts";

/** Set by the "server-postgres" test project: the same suite then runs on PostgreSQL instead of SQLite. */
const postgresUrl = process.env.ATELIER_TEST_DATABASE_URL;

/**
 * Where a test server keeps its data: always a data directory; on PostgreSQL also a schema of its own, named
 * after that directory, so that a restarted server finds its data again and tests never see each other's.
 */
export async function storageEnv(dataDir: string): Promise<Record<string, string>> {
  if (!postgresUrl) return {};
  const schema = `t_${basename(dataDir)
    .replace(/[^a-z0-9]/gi, "_")
    .toLowerCase()}`;
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  } finally {
    await client.end();
  }
  return { DATABASE_URL: `${postgresUrl}?options=-c%20search_path%3D${schema}` };
}

/** The store a server on this data directory uses, opened beside it (as the next server start would). */
export async function openTestStore(dataDir: string): Promise<SqlStore> {
  return openStore({ dataDir, databaseUrl: (await storageEnv(dataDir)).DATABASE_URL });
}
