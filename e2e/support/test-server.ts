import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { freshDataDir, startTestServer as startServer, type TestServer } from "@atelier/server/testing";

export type { TestServer };

/** The built client; E2E_CLIENT_DIST points at another build, so that building does not pull it from a running suite. */
const CLIENT_DIST = process.env.E2E_CLIENT_DIST || resolve(import.meta.dirname, "../../client/dist");

/** The real server, in this process, on a random port, with a fresh data directory and the built client. */
export async function startTestServer(): Promise<TestServer> {
  if (!existsSync(join(CLIENT_DIST, "index.html"))) {
    throw new Error(`No built client in ${CLIENT_DIST}: run "pnpm build" before the e2e tests.`);
  }
  return startServer(freshDataDir(), { CLIENT_DIST });
}

/**
 * The server again after `previous` was closed: the same port, so that open pages reconnect to it by themselves, and
 * the same data directory, so that it finds what the closed one had stored.
 */
export function restartTestServer(previous: TestServer): Promise<TestServer> {
  return startServer(previous.dataDir, { CLIENT_DIST, PORT: String(previous.port) });
}
