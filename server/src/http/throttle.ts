import type { RefusalCode } from "@atelier/shared";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context, Env } from "hono";
import { rateLimiter } from "hono-rate-limiter";
import { refuse } from "./errors.ts";

/**
 * At most `limit` requests per `windowMs` for each key; the next ones get a 429 refusal with `code`. With
 * `failuresOnly`, only refused requests (4xx, 5xx) count; `skip` leaves out requests that are none of this limit's
 * business.
 */
export function throttle<E extends Env>(options: {
  windowMs: number;
  limit: number;
  key: (c: Context<E>) => string | Promise<string>;
  code: RefusalCode;
  failuresOnly?: boolean;
  skip?: (c: Context<E>) => boolean | Promise<boolean>;
}) {
  return rateLimiter<E>({
    windowMs: options.windowMs,
    limit: options.limit,
    standardHeaders: "draft-6",
    keyGenerator: options.key,
    handler: (c) => refuse(c, 429, options.code),
    skipSuccessfulRequests: options.failuresOnly ?? false,
    ...(options.skip && { skip: options.skip }),
  });
}

/**
 * The address a request came from. Behind a reverse proxy every request comes from the proxy: with
 * `trustProxy`, the address the proxy appended last to X-Forwarded-For is taken instead (the ones before it could
 * be written by the client).
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  const forwarded = trustProxy ? c.req.header("X-Forwarded-For")?.split(",").at(-1)?.trim() : undefined;
  return networkOf(forwarded || (getConnInfo(c).remote.address ?? "unknown"));
}

/**
 * One IPv6 subscriber holds a whole /64 and may draw any address from it: they count as one, by their first four
 * groups. An IPv4 address, or one mapped into IPv6, is itself.
 */
function networkOf(address: string): string {
  if (!address.includes(":") || /^::ffff:\d/i.test(address)) return address;
  const [head = "", tail = ""] = address.split("::");
  const groups = head.split(":").filter(Boolean);
  const missing = 8 - groups.length - tail.split(":").filter(Boolean).length;
  const full = [...groups, ...Array(Math.max(missing, 0)).fill("0"), ...tail.split(":").filter(Boolean)];
  return `${full.slice(0, 4).join(":")}::/64`;
}
