import { afterEach } from "vitest";
import { type CollabClient, connectClient } from "./collab-client.ts";
import type { TestServer } from "./test-server.ts";

/** Connects collaborative clients to the test server; each is disconnected once the test that made it ends. */
export function useCollabClients(server: TestServer): (documentName: string, token: string) => Promise<CollabClient> {
  const clients: CollabClient[] = [];
  afterEach(() => {
    for (const client of clients.splice(0)) client.provider.destroy();
  });
  return async (documentName, token) => {
    const client = await connectClient(server.wsUrl, documentName, token);
    clients.push(client);
    return client;
  };
}
