import { afterEach, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./support/test-server.ts";

const servers: TestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function serverWith(env: Record<string, string>) {
  const server = await startTestServer(undefined, env);
  servers.push(server);
  return server;
}

async function errorOf(response: Response) {
  return ((await response.json()) as { error: string }).error;
}

describe("doors anyone may knock on are throttled", () => {
  it("limits the spaces one address creates, the demo included, with a 429 and a message", async () => {
    const server = await serverWith({ SPACE_RATE_PER_HOUR: "3" });
    const create = () =>
      server.request("POST", "/api/spaces", { body: { name: "CdC", period: { start: 2021, end: 2025 } } });
    const statuses = [(await create()).status, (await server.request("POST", "/api/demo")).status];
    statuses.push((await create()).status);
    expect(statuses).toEqual([201, 201, 201]);
    for (const refused of [await create(), await server.request("POST", "/api/demo")]) {
      expect(refused.status).toBe(429);
      expect(await errorOf(refused)).toMatch(/Trop d'espaces CTG créés/);
    }
    expect((await server.request("GET", "/api/health")).status).toBe(200);
  });

  it("limits joins through one link, then from one address, so re-joining buys no fresh budget", async () => {
    const server = await serverWith({ JOIN_RATE_PER_MINUTE: "6", JOIN_LINK_RATE_PER_MINUTE: "4" });
    const space = await server.createSpace();
    const link = async () => {
      const response = await server.request("POST", `/api/spaces/${space.id}/invitations`, {
        token: space.facilitatorSecret,
        body: { role: "habitant", label: "QR code" },
      });
      return ((await response.json()) as { token: string }).token;
    };
    const [first, second] = [await link(), await link()];
    const join = (token: string, name: string) =>
      server.request("POST", "/api/join", { body: { token, displayName: name } });
    const throughFirst = [];
    for (let i = 0; i < 5; i++) throughFirst.push((await join(first, `Habitant ${i}`)).status);
    expect(throughFirst).toEqual([201, 201, 201, 201, 429]);
    expect(await errorOf(await join(first, "Encore"))).toMatch(/par ce lien/);
    // Six joins from this address so far, refused ones included: the seventh is refused, whatever the link.
    const fromAddress = await join(second, "Autre lien");
    expect(fromAddress.status).toBe(429);
    expect(await errorOf(fromAddress)).toMatch(/depuis cette adresse/);
  });

  it("takes the client's address from the proxy's X-Forwarded-For only when told to", async () => {
    const create = (server: TestServer, forwardedFor: string) =>
      fetch(`${server.url}/api/spaces`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": forwardedFor },
        body: JSON.stringify({ name: "CdC", period: { start: 2021, end: 2025 } }),
      });
    const proxied = await serverWith({ SPACE_RATE_PER_HOUR: "1", TRUST_PROXY: "true" });
    expect((await create(proxied, "203.0.113.1")).status).toBe(201);
    expect((await create(proxied, "203.0.113.2")).status).toBe(201);
    expect((await create(proxied, "198.51.100.7, 203.0.113.2")).status).toBe(429);
    // One IPv6 subscriber draws addresses from a whole /64: they count as one.
    const ipv6 = await serverWith({ SPACE_RATE_PER_HOUR: "1", TRUST_PROXY: "true" });
    expect((await create(ipv6, "2001:db8:1:2::a")).status).toBe(201);
    expect((await create(ipv6, "2001:db8:1:2:ffff::b")).status).toBe(429);
    expect((await create(ipv6, "2001:db8:1:3::a")).status).toBe(201);
    const direct = await serverWith({ SPACE_RATE_PER_HOUR: "1" });
    expect((await create(direct, "203.0.113.1")).status).toBe(201);
    expect((await create(direct, "203.0.113.2")).status).toBe(429);
  });
});
