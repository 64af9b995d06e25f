import { existsSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { type Context, Hono } from "hono";

/** Built files named after their content's hash: a new build gives new names, so browsers may keep these for good. */
const HASHED_ASSETS = "public, max-age=31536000, immutable";
/** The page that names the current hashed files: browsers ask again each time, so a new build reaches them at once. */
const ALWAYS_REVALIDATE = "no-cache";

/**
 * Serves the built client; any other non-API path gets index.html so the client's routes work on reload. The build
 * holds brotli and gzip copies of its text files (client/vite.config.ts): browsers that accept them get those.
 */
export function staticClient(clientDist: string) {
  const app = new Hono();
  if (!existsSync(join(clientDist, "index.html"))) {
    return app.get("*", (c) =>
      c.text("Le client n'est pas construit : lancez « pnpm build » (ou « pnpm start »).", 503),
    );
  }
  const served = (cacheControl: string, path?: string) =>
    serveStatic({
      root: clientDist,
      path,
      precompressed: true,
      onFound: (_path, c) => cacheFor(c, cacheControl),
    });
  return app
    .use("/assets/*", served(HASHED_ASSETS))
    .use("*", served(ALWAYS_REVALIDATE))
    .get("*", served(ALWAYS_REVALIDATE, "index.html"));
}

/** Caches keep one copy per encoding, whether or not this answer was compressed. */
function cacheFor(c: Context, cacheControl: string) {
  c.header("Cache-Control", cacheControl);
  if (!c.res.headers.get("Vary")?.includes("Accept-Encoding")) c.header("Vary", "Accept-Encoding", { append: true });
}
