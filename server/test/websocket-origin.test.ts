import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { connectClient } from "./support/collab-client.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

const servers: TestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** Opens the sync socket as a browser on `origin` would, and resolves with how it ends within a second. */
function openFrom(
  server: TestServer,
  origin: string,
  headers: Record<string, string> = {},
): Promise<{ code: number; reason: string } | "open"> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(server.wsUrl, { headers: { origin, ...headers } });
    const timer = setTimeout(() => {
      socket.close();
      resolve("open");
    }, 1000);
    socket.on("close", (code, reason) => {
      clearTimeout(timer);
      resolve({ code, reason: reason.toString() });
    });
    socket.on("error", reject);
  });
}

describe("the sync socket and the page it comes from", () => {
  it("closes a socket opened by another site's page with 1008 and the reason, keeps the server's own", async () => {
    const server = await startTestServer();
    servers.push(server);
    expect(await openFrom(server, "https://site-malveillant.example")).toEqual({
      code: 1008,
      reason: expect.stringMatching(/Origine non autorisée/),
    });
    expect(await openFrom(server, "null")).toMatchObject({ code: 1008 });
    expect(await openFrom(server, server.url)).toBe("open");
    // Clients outside a browser send no Origin: they still need a token, and work.
    const space = await server.createSpace();
    const client = await connectClient(server.wsUrl, space.boards[0]?.documentName as string, space.facilitatorSecret);
    expect(client.provider.isSynced).toBe(true);
    client.provider.destroy();
  });

  it("lets pages of the names given in ALLOWED_ORIGINS in", async () => {
    const server = await startTestServer(undefined, {
      ALLOWED_ORIGINS: "HTTPS://CTG.caf.fr/, https://atelier.example",
    });
    servers.push(server);
    expect(await openFrom(server, "https://ctg.caf.fr")).toBe("open");
    expect(await openFrom(server, "https://atelier.example")).toBe("open");
    expect(await openFrom(server, "https://autre.caf.fr")).toMatchObject({ code: 1008 });
  });

  it("takes the name the browser asked for from the proxy's X-Forwarded-Host only when told to", async () => {
    const proxied = await startTestServer(undefined, { TRUST_PROXY: "true" });
    servers.push(proxied);
    const forwarded = { "x-forwarded-host": "ctg.caf.fr" };
    expect(await openFrom(proxied, "https://ctg.caf.fr", forwarded)).toBe("open");
    const direct = await startTestServer();
    servers.push(direct);
    expect(await openFrom(direct, "https://ctg.caf.fr", forwarded)).toMatchObject({ code: 1008 });
  });
});
