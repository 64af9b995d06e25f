import { existsSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";

/** Serves the built client; any other non-API path gets index.html so the client's routes work on reload. */
export function staticClient(clientDist: string) {
  const app = new Hono();
  if (!existsSync(join(clientDist, "index.html"))) {
    return app.get("*", (c) =>
      c.text("Le client n'est pas construit : lancez « pnpm build » (ou « pnpm start »).", 503),
    );
  }
  return app
    .use("/assets/*", serveStatic({ root: clientDist }))
    .use("*", serveStatic({ root: clientDist }))
    .get("*", serveStatic({ root: clientDist, path: "index.html" }));
}
