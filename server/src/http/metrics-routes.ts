import { timingSafeEqual } from "node:crypto";
import { Hono } from "hono";
import type { Metrics } from "../observability/metrics.ts";
import { refuse } from "./errors.ts";

function sameToken(given: string, expected: string): boolean {
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * `GET /api/metrics`: Prometheus' text format, for the operator's scraper only (Authorization: Bearer METRICS_TOKEN).
 * Without METRICS_TOKEN the endpoint is off: the figures say how busy each space is.
 */
export function metricsRoutes(metrics: Metrics, token: string | undefined) {
  return new Hono().get("/", async (c) => {
    if (!token) return refuse(c, 404, "metricsDisabled");
    const given = /^Bearer (.+)$/.exec(c.req.header("Authorization") ?? "")?.[1];
    if (!given || !sameToken(given, token)) return refuse(c, 401, "metricsTokenRequired");
    return c.body(await metrics.registry.metrics(), 200, { "Content-Type": metrics.registry.contentType });
  });
}
