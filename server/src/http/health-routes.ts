import { type Context, Hono } from "hono";
import type { Store } from "../store/store.ts";

/** A dependency's state as health reports it. */
export interface DependencyHealth {
  ok: boolean;
  error?: string;
}

/**
 * `/api/health`: the store, and Redis when configured. 503 when one is down, so that a load balancer stops
 * sending people to this instance (`/api/health/ready` answers the same for readiness probes).
 */
export function healthRoutes(store: Store, redis?: () => Promise<DependencyHealth>) {
  const report = async (c: Context) => {
    const checks: Record<string, DependencyHealth & { kind?: string }> = { store: await store.health() };
    if (redis) checks.redis = await redis();
    const ok = Object.values(checks).every((check) => check.ok);
    return c.json({ status: ok ? "ok" : "degraded", ...checks }, ok ? 200 : 503);
  };
  return new Hono().get("/", report).get("/ready", report);
}

/** The server's clock, so that every page counts a shared timer down to the same second whatever its own clock. */
export function timeRoutes() {
  return new Hono().get("/", (c) => c.json({ now: Date.now() }));
}
