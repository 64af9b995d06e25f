import { Hono } from "hono";
import type { Store } from "../store/store.ts";

export function healthRoutes(store: Store) {
  return new Hono().get("/", async (c) => {
    const storeHealth = await store.health();
    return c.json({ status: storeHealth.ok ? "ok" : "degraded", store: storeHealth }, storeHealth.ok ? 200 : 503);
  });
}
