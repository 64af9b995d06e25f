import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context, Env } from "hono";
import { rateLimiter } from "hono-rate-limiter";
import { jsonError } from "./errors.ts";

/** At most `limit` requests per `windowMs` for each key; the next ones get a 429 with `message`. */
export function throttle<E extends Env>(options: {
  windowMs: number;
  limit: number;
  key: (c: Context<E>) => string | Promise<string>;
  message: string;
}) {
  return rateLimiter<E>({
    windowMs: options.windowMs,
    limit: options.limit,
    standardHeaders: "draft-6",
    keyGenerator: options.key,
    handler: (c) => jsonError(c, 429, options.message),
  });
}

/**
 * The address a request came from. Behind a reverse proxy every request comes from the proxy: with
 * `trustProxy`, the address the proxy appended last to X-Forwarded-For is taken instead (the ones before it could
 * be written by the client).
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  const forwarded = trustProxy ? c.req.header("X-Forwarded-For")?.split(",").at(-1)?.trim() : undefined;
  return forwarded || (getConnInfo(c).remote.address ?? "unknown");
}
