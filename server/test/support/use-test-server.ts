import { afterAll, beforeAll } from "vitest";
import { startTestServer, type TestServer } from "./test-server.ts";

/**
 * A real test server for the tests of the calling file (or `describe` block): started in `beforeAll`, closed in
 * `afterAll`. Called at the top level, it gives a stand-in that forwards to that server, so test bodies read
 * `server.request(…)` as if it were the server itself; reading it before `beforeAll` has run throws.
 */
export function useTestServer(env: Record<string, string> = {}): TestServer {
  let started: TestServer | undefined;
  beforeAll(async () => {
    started = await startTestServer(undefined, env);
  });
  // Registered first, so with Vitest's stacked hooks it runs after the file's own afterAll (clients closed first).
  afterAll(() => started?.close());
  return new Proxy({} as TestServer, {
    get(_, key) {
      if (!started) throw new Error("the test server is started in beforeAll: use it in a test or a hook");
      return Reflect.get(started, key);
    },
  });
}
