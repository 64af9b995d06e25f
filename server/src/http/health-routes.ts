import { Hono } from "hono";
import type { Store } from "../store/store.ts";

export function healthRoutes(store: Store) {
  return new Hono().get("/", async (c) => {
    const storeHealth = await store.health();
    return c.json({ status: storeHealth.ok ? "ok" : "degraded", store: storeHealth }, storeHealth.ok ? 200 : 503);
  });
}

/** The server's clock, so that every page counts a shared timer down to the same second whatever its own clock. */
export function timeRoutes() {
  return new Hono().get("/", (c) => c.json({ now: Date.now() }));
}
