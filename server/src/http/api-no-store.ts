import type { MiddlewareHandler } from "hono";

/**
 * Keeps the API's answers out of the browser's disk cache: most are read with a facilitator's or a participant's
 * token (a board's cards, participants' names), and a meeting room's laptop is shared. A route that may be kept says
 * so itself (the published page, public-page-routes.ts) and keeps its own word.
 */
export const apiNoStore: MiddlewareHandler = async (c, next) => {
  await next();
  if (!c.res.headers.has("Cache-Control")) c.res.headers.set("Cache-Control", "no-store");
};
