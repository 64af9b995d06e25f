import { createMiddleware } from "hono/factory";
import { requestId } from "hono/request-id";
import { routePath } from "hono/route";
import { logOf } from "../observability/log.ts";
import type { Metrics } from "../observability/metrics.ts";

const http = logOf("http");

/**
 * Each request gets an id (X-Request-Id, kept when a proxy sent one), and its answer one line: method, path without
 * the query, route pattern, status and duration, and the space when the path names one. Headers are never written,
 * so no token is. The answer is counted by method, route pattern and status.
 */
export function requestLog(metrics: Metrics) {
  const log = createMiddleware<{ Variables: { requestId: string } }>(async (c, next) => {
    const started = performance.now();
    await next();
    // Once the handlers have run, the current route is the one that answered: its pattern, not the path, makes the
    // series (one per route, not one per space).
    const route = routePath(c);
    const fields = {
      request: c.get("requestId"),
      method: c.req.method,
      // A short code's page carries the code in its path (`/c/K7MX42QF`): the log keeps no code that still opens.
      path: c.req.path.replace(/^\/c\/.+/, "/c/…"),
      route,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      space: /^\/api\/spaces\/([^/]+)/.exec(c.req.path)?.[1],
    };
    metrics.httpResponses.inc({ method: c.req.method, route, status: String(c.res.status) });
    if (c.res.status >= 500) http.error(fields, "request failed");
    else http.info(fields, "request");
  });
  return [requestId(), log] as const;
}
