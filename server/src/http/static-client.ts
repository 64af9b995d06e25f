import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { type Context, Hono } from "hono";

/** Built files named after their content's hash: a new build gives new names, so browsers may keep these for good. */
const HASHED_ASSETS = "public, max-age=31536000, immutable";
/** The page that names the current hashed files: browsers ask again each time, so a new build reaches them at once. */
const ALWAYS_REVALIDATE = "no-cache";

export const MAIN_PAGE = "index.html";
/** The phones' build, in its folder of the main one (client/build/phone-build.ts): its page, and the paths it serves. */
const PHONE_DIR = "phone";
export const PHONE_PAGE = `${PHONE_DIR}/index.html`;
const PHONE_PATHS = `${PHONE_DIR}/pages.json`;

/** A file of the main build or the phones' build named after its content's hash. */
export function isHashedFile(path: string): boolean {
  return path.startsWith("/assets/") || path.startsWith(`/${PHONE_DIR}/assets/`);
}

/** The paths the phones' build serves, as its pages.json lists them; none when the client was built without it. */
function phonePaths(clientDist: string): RegExp[] {
  const listed = join(clientDist, PHONE_PATHS);
  if (!existsSync(listed) || !existsSync(join(clientDist, PHONE_PAGE))) return [];
  return (JSON.parse(readFileSync(listed, "utf8")) as string[]).map((path) => new RegExp(path));
}

/**
 * Serves the built client; any other non-API path gets index.html so the client's routes work on reload, or the
 * phones' build's page for the pages habitants open on a phone. The build holds brotli and gzip copies of its text
 * files (client/vite.config.ts): browsers that accept them get those.
 */
export function staticClient(clientDist: string) {
  const app = new Hono();
  if (!existsSync(join(clientDist, MAIN_PAGE))) {
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
  const phone = phonePaths(clientDist);
  const mainPage = served(ALWAYS_REVALIDATE, MAIN_PAGE);
  const phonePage = served(ALWAYS_REVALIDATE, PHONE_PAGE);
  const hashedFile = served(HASHED_ASSETS);
  const otherFile = served(ALWAYS_REVALIDATE);
  return app
    .use("*", (c, next) => (isHashedFile(c.req.path) ? hashedFile : otherFile)(c, next))
    .get("*", (c, next) => (phone.some((path) => path.test(c.req.path)) ? phonePage : mainPage)(c, next));
}

/** Caches keep one copy per encoding, whether or not this answer was compressed. */
function cacheFor(c: Context, cacheControl: string) {
  c.header("Cache-Control", cacheControl);
  if (!c.res.headers.get("Vary")?.includes("Accept-Encoding")) c.header("Vary", "Accept-Encoding", { append: true });
}
