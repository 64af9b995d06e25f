import { Redis } from "@hocuspocus/extension-redis";
import { Redis as IORedis } from "ioredis";
import { logOf } from "../observability/log.ts";
import type { AccessService } from "../spaces/access-service.ts";
import type { SpaceService } from "../spaces/space-service.ts";
import { SpaceEvents } from "./space-events.ts";

const PREFIX = "atelier";

/**
 * Several instances serve the same documents: each relays the updates and presence it accepts to the others
 * through Redis, and only one stores a document at a time. The documents themselves live in the shared database.
 * Archiving a board and withdrawing access reach the other instances' sockets too (SpaceEvents).
 */
export function redisSync(redisUrl: string, spaces: SpaceService, access: AccessService) {
  // A client of our own for health checks and space events; the extension duplicates it for its own connections.
  const client = new IORedis(redisUrl, { maxRetriesPerRequest: 2, lazyConnect: false });
  const subscriber = client.duplicate();
  for (const connection of [client, subscriber])
    connection.on("error", (error) => logOf("redis").error({ err: error }, "connection error"));
  const health = async (): Promise<{ ok: boolean; error?: string }> => {
    try {
      await client.ping();
      return { ok: true };
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    }
  };
  return {
    extensions: [
      new Redis({ redis: client, prefix: PREFIX }),
      new SpaceEvents({ publisher: client, subscriber, prefix: PREFIX, spaces, access }),
    ],
    health,
    disconnect() {
      client.disconnect();
      subscriber.disconnect();
    },
  };
}
