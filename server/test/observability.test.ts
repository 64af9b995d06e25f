import { addCard, setLocked } from "@atelier/shared";
import { afterEach, describe, expect, it } from "vitest";
import { type ChildServer, createSpaceOver, spawnServer } from "./support/child-server.ts";
import { connectClient, waitFor } from "./support/collab-client.ts";
import { freshDataDir, startTestServer, type TestServer } from "./support/test-server.ts";

const METRICS_TOKEN = "jeton-des-metriques-de-test";
const servers: TestServer[] = [];
const children: ChildServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
  for (const child of children.splice(0)) {
    child.process.kill("SIGTERM");
    await child.exited;
  }
});

const author = { authorId: "facilitator", authorName: "Anne", authorRole: "facilitator" } as const;

describe("metrics for the operator", () => {
  it("are off without METRICS_TOKEN, and behind it otherwise", async () => {
    const off = await startTestServer();
    servers.push(off);
    const disabled = await off.request("GET", "/api/metrics");
    expect({ status: disabled.status, body: await disabled.json() }).toEqual({
      status: 404,
      body: { error: "Les métriques ne sont pas activées sur ce serveur (METRICS_TOKEN).", code: "metricsDisabled" },
    });
    const on = await startTestServer(undefined, { METRICS_TOKEN });
    servers.push(on);
    const anonymous = await on.request("GET", "/api/metrics");
    expect({ status: anonymous.status, code: ((await anonymous.json()) as { code: string }).code }).toEqual({
      status: 401,
      code: "metricsTokenRequired",
    });
    expect((await on.request("GET", "/api/metrics", { token: "pas-le-bon-jeton-du-tout" })).status).toBe(401);
    expect((await on.request("GET", "/api/metrics", { token: METRICS_TOKEN })).status).toBe(200);
  });

  it("count connections, documents, accepted and refused updates, appends and HTTP answers", async () => {
    const server = await startTestServer(undefined, { METRICS_TOKEN });
    servers.push(server);
    const space = await server.createSpace();
    const board = space.boards[0]?.documentName as string;
    const facilitator = await connectClient(server.wsUrl, board, space.facilitatorSecret);
    addCard(facilitator.doc, "c1", { kind: "constat", title: "Un constat", ...author }, 1);
    await waitFor(
      () => facilitator.provider.unsyncedChanges,
      (n) => n === 0,
    );
    const partner = await server.join(space, "partner", "Karim");
    const refused = await connectClient(server.wsUrl, board, partner.participantToken);
    setLocked(refused.doc, true);
    await waitFor(
      () => refused.closeCodes,
      (codes) => codes.includes(4403),
    );
    const text = await (await server.request("GET", "/api/metrics", { token: METRICS_TOKEN })).text();
    const value = (series: string) => Number(new RegExp(`^${series} (\\S+)$`, "m").exec(text)?.[1]);
    expect(value("atelier_websocket_connections")).toBe(1);
    expect(value("atelier_documents_loaded")).toBe(1);
    expect(value("atelier_updates_accepted_total")).toBeGreaterThanOrEqual(1);
    expect(value('atelier_refusals_total\\{reason="write_guard"\\}')).toBe(1);
    expect(value("atelier_update_log_append_seconds_count")).toBeGreaterThanOrEqual(1);
    expect(value('atelier_http_responses_total\\{method="POST",route="/api/spaces",status="201"\\}')).toBe(1);
    expect(value('atelier_http_responses_total\\{method="POST",route="/api/join",status="201"\\}')).toBe(1);
    facilitator.provider.destroy();
    refused.provider.destroy();
  });
});

describe("the log", () => {
  it("writes one JSON line per event, with request ids and refusals' reasons, and never a token", async () => {
    const child = await spawnServer(freshDataDir());
    children.push(child);
    const space = await createSpaceOver(child.port);
    const wsUrl = `ws://127.0.0.1:${child.port}/collab`;
    await expect(connectClient(wsUrl, space.boards[0]?.documentName as string, "mauvais-jeton")).rejects.toThrow();
    const client = await connectClient(wsUrl, space.boards[0]?.documentName as string, space.facilitatorSecret);
    client.provider.destroy();
    const response = await fetch(`http://127.0.0.1:${child.port}/api/spaces/${space.id}/participants`, {
      headers: { authorization: `Bearer ${space.facilitatorSecret}` },
    });
    expect(response.headers.get("x-request-id")).toBeTruthy();
    await waitFor(
      () => child.output(),
      (output) => output.includes('"disconnected"') && output.includes("/participants"),
    );
    // Hocuspocus writes a few plain lines of its own on standard error (a refused token): ours are the JSON ones.
    const lines = child
      .output()
      .trim()
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.every((line) => typeof line.level === "number" && typeof line.time === "number")).toBe(true);
    expect(lines).toContainEqual(
      expect.objectContaining({
        concern: "http",
        request: response.headers.get("x-request-id"),
        route: "/api/spaces/:spaceId/participants",
        space: space.id,
        status: 200,
      }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({ concern: "refusals", reason: "access", msg: expect.stringMatching(/Jeton/) }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({ concern: "connections", msg: "connected", role: "facilitator" }),
    );
    expect(child.output()).not.toContain(space.facilitatorSecret);
    expect(child.output()).not.toContain("mauvais-jeton");
  });
});
