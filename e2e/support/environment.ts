import { afterAll, beforeAll } from "vitest";
import { launchBrowser, type TestBrowser } from "./browser.ts";
import { restartTestServer, startTestServer, type TestServer } from "./test-server.ts";

/** The real server and Debian's chromium of the current test file, set up by `useServerAndBrowser`. */
export let server: TestServer;
export let browser: TestBrowser;

/** Starts a fresh server and browser before the file's tests, and closes both after them. */
export function useServerAndBrowser(): void {
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}

/**
 * Starts the file's server again after a test closed it (`server.close()`): same port, same data. `server` then
 * names the new one, which the file's `afterAll` closes.
 */
export async function restartServer(): Promise<TestServer> {
  server = await restartTestServer(server);
  return server;
}
