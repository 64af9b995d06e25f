import pg from "pg";
import { seatsFor, startServer, stopServer } from "./bench-servers.ts";
import { editLoad, type LoadResult, type LoadTiming } from "./edit-load.ts";

const databaseUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const redisUrl = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379";

/**
 * The edit load on one board across two instances of our server sharing PostgreSQL (a schema of its own, dropped
 * after) and Redis, participants split between them; why not, when PostgreSQL does not answer.
 */
export async function overRedis(participants: number, timing: LoadTiming): Promise<LoadResult | string> {
  const schema = `bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  try {
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
  } catch (error) {
    await admin.end().catch(() => undefined);
    return `PostgreSQL injoignable, ignoré — ${(error as Error).message}`;
  }
  try {
    const env = { DATABASE_URL: `${databaseUrl}?options=-c%20search_path%3D${schema}`, REDIS_URL: redisUrl };
    const first = await startServer("ours", env);
    const second = await startServer("ours", env, first.dataDir);
    const seats = await seatsFor(first, { boards: 1, participantsPerBoard: participants }, [first.url, second.url]);
    const result = await editLoad(seats, [first.process, second.process], timing);
    await stopServer(second, true);
    await stopServer(first);
    return result;
  } finally {
    await admin.query(`DROP SCHEMA ${schema} CASCADE`).catch(() => undefined);
    await admin.end().catch(() => undefined);
  }
}
