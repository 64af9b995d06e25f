import { Redis } from "@hocuspocus/extension-redis";
import { Redis as IORedis } from "ioredis";
import { logOf } from "../observability/log.ts";

/**
 * Several instances serve the same documents: each relays the updates and presence it accepts to the others
 * through Redis, and only one stores a document at a time. The documents themselves live in the shared database.
 */
export function redisSync(redisUrl: string) {
  // A client of our own for health checks; the extension duplicates it for its publish and subscribe connections.
  const client = new IORedis(redisUrl, { maxRetriesPerRequest: 2, lazyConnect: false });
  client.on("error", (error) => logOf("redis").error({ err: error }, "connection error"));
  const health = async (): Promise<{ ok: boolean; error?: string }> => {
    try {
      await client.ping();
      return { ok: true };
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    }
  };
  return { extension: new Redis({ redis: client, prefix: "atelier" }), client, health };
}
