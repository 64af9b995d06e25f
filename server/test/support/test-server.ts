import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CreatedSpaceView, InvitedRole, JoinedView, NewInvitation } from "@atelier/shared";
import { readConfig } from "../../src/config.ts";
import { type RunningServer, startServer } from "../../src/server.ts";
import { storageEnv } from "./storage.ts";
import { UNTHROTTLED_ENV } from "./unthrottled.ts";

export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), "atelier-test-"));
}

export interface TestServer extends RunningServer {
  dataDir: string;
  wsUrl: string;
  request(
    method: string,
    path: string,
    options?: { body?: unknown; rawBody?: string; token?: string },
  ): Promise<Response>;
  createSpace(name?: string): Promise<CreatedSpaceView>;
  /** Invites through the facilitator API, then joins through that link, as a browser would. */
  join(
    space: CreatedSpaceView,
    role: InvitedRole,
    displayName: string,
    invitation?: Partial<NewInvitation>,
  ): Promise<JoinedView>;
}

/** A real server on a random loopback port, storing into a real SQLite file under `dataDir`. */
export async function startTestServer(dataDir = freshDataDir(), env: Record<string, string> = {}): Promise<TestServer> {
  const storage = await storageEnv(dataDir);
  const server = await startServer(
    readConfig({ PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, ...storage, ...UNTHROTTLED_ENV, ...env }),
  );
  const url = `http://127.0.0.1:${server.port}`;
  const request: TestServer["request"] = (method, path, options = {}) => {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    return fetch(`${url}${path}`, { method, headers, body });
  };
  const expect201 = async <T>(response: Response, what: string): Promise<T> => {
    if (response.status !== 201) throw new Error(`${what}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  return {
    ...server,
    url,
    dataDir,
    wsUrl: `ws://127.0.0.1:${server.port}/collab`,
    request,
    async createSpace(name = "CdC Conflent-Canigou") {
      const response = await request("POST", "/api/spaces", { body: { name, period: { start: 2021, end: 2025 } } });
      return expect201<CreatedSpaceView>(response, "space not created");
    },
    async join(space, role, displayName, invitation = {}) {
      const { token } = await expect201<{ token: string }>(
        await request("POST", `/api/spaces/${space.id}/invitations`, {
          token: space.facilitatorSecret,
          body: { role, label: `Lien ${role}`, ...invitation },
        }),
        "invitation not created",
      );
      return expect201<JoinedView>(await request("POST", "/api/join", { body: { token, displayName } }), "not joined");
    },
  };
}
