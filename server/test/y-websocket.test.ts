import { addCard, listCards, PLAN_LAYOUT, schemaVersionOf, setLocked } from "@atelier/shared";
import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { type CollabClient, connectClient, waitFor } from "./support/collab-client.ts";
import { waitForStored } from "./support/stored-document.ts";
import { useTestServer } from "./support/use-test-server.ts";

const server = useTestServer();
const providers: { destroy(): void }[] = [];

afterEach(() => {
  for (const provider of providers.splice(0)) provider.destroy();
});

interface PlainClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  closes: { code: number; reason: string }[];
}

/** The published y-websocket client, as a tool built on Yjs would connect: the token is a query parameter. */
function plainClient(documentName: string, token: string): PlainClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${server.wsUrl.replace(/\/collab$/, "")}/yjs`, documentName, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // A refused client must not come back on its own during the test.
    maxBackoffTime: 60_000,
  });
  const closes: PlainClient["closes"] = [];
  provider.on("connection-close", (event) => {
    if (event) closes.push({ code: event.code, reason: event.reason });
  });
  providers.push(provider);
  return { doc, provider, closes };
}

async function synced(client: PlainClient): Promise<void> {
  await waitFor(
    () => client.provider.synced,
    (done) => done,
  );
}

async function hocuspocusClient(documentName: string, token: string): Promise<CollabClient> {
  const client = await connectClient(server.wsUrl, documentName, token);
  providers.push(client.provider);
  return client;
}

const facilitatorAuthor = { authorId: "facilitator", authorName: "Camille", authorRole: "facilitator" } as const;

describe("a plain y-websocket client at /yjs/<document>", () => {
  it("syncs a board both ways beside a Hocuspocus provider, and its edits reach the durable log", async () => {
    const space = await server.createSpace();
    const board = space.boards[0]?.documentName as string;
    const ours = await hocuspocusClient(board, space.facilitatorSecret);
    addCard(ours.doc, "from-provider", { kind: "constat", title: "Écrite par le provider", ...facilitatorAuthor }, 1);

    const plain = plainClient(board, space.facilitatorSecret);
    await synced(plain);
    await waitFor(
      () => listCards(plain.doc).map((card) => card.title),
      (titles) => titles.includes("Écrite par le provider"),
    );

    addCard(
      plain.doc,
      "from-y-websocket",
      { kind: "besoin", title: "Écrite par y-websocket", ...facilitatorAuthor },
      2,
    );
    await waitFor(
      () => listCards(ours.doc).map((card) => card.title),
      (titles) => titles.includes("Écrite par y-websocket"),
    );
    const stored = await waitForStored(server.dataDir, board, (doc) =>
      listCards(doc).some((card) => card.title === "Écrite par y-websocket"),
    );
    expect(listCards(stored).map((card) => card.title)).toContain("Écrite par le provider");
    expect(plain.closes).toEqual([]);
  });

  it("syncs the plan with the facilitator's token", async () => {
    const space = await server.createSpace();
    const plain = plainClient(space.plan.documentName, space.facilitatorSecret);
    await synced(plain);
    // The server upgraded the plan to its layout on load: the plain client received that state.
    expect(schemaVersionOf(plain.doc)).toBe(PLAN_LAYOUT.version);
  });

  it("closes the socket with the reason when a write is refused, and the write reaches nobody", async () => {
    const space = await server.createSpace();
    const board = space.boards[0]?.documentName as string;
    const partner = await server.join(space, "partner", "Samia (Caf)");
    const ours = await hocuspocusClient(board, space.facilitatorSecret);
    const plain = plainClient(board, partner.participantToken);
    await synced(plain);

    setLocked(plain.doc, true);
    await waitFor(
      () => plain.closes,
      (closes) => closes.length > 0,
    );
    expect(plain.closes[0]?.code).toBe(4403);
    expect(plain.closes[0]?.reason).toMatch(/animateur peut régler/);
    // A round trip through the server after the refusal: the lock never arrived.
    addCard(ours.doc, "after", { kind: "constat", title: "Après le refus", ...facilitatorAuthor }, 3);
    const other = plainClient(board, space.facilitatorSecret);
    await waitFor(
      () => listCards(other.doc).length,
      (count) => count === 1,
    );
    expect(other.doc.getMap("settings").get("locked")).not.toBe(true);
  });

  it("refuses an unknown token, and a habitant on the plan, with a reason", async () => {
    const space = await server.createSpace();
    const board = space.boards[0]?.documentName as string;
    const stranger = plainClient(board, "not-a-token");
    await waitFor(
      () => stranger.closes,
      (closes) => closes.length > 0,
    );
    expect(stranger.closes[0]?.code).toBe(4401);
    expect(stranger.closes[0]?.reason).not.toBe("");

    const habitant = await server.join(space, "habitant", "Léa");
    const onPlan = plainClient(space.plan.documentName, habitant.participantToken);
    await waitFor(
      () => onPlan.closes,
      (closes) => closes.length > 0,
    );
    expect(onPlan.closes[0]?.code).toBe(4401);
    expect(listCards(onPlan.doc)).toEqual([]);
  });

  it("closes a socket speaking something else than y-websocket with 4400", async () => {
    const space = await server.createSpace();
    const board = space.boards[0]?.documentName as string;
    const url = `${server.wsUrl.replace(/\/collab$/, "")}/yjs/${board}?token=${space.facilitatorSecret}`;
    const socket = new WebSocket(url);
    await new Promise((resolve) => socket.once("open", resolve));
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      socket.once("close", (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    socket.send(new Uint8Array([2, 0, 3, 97, 98, 99]));
    expect(await closed).toEqual({ code: 4400, reason: "Message illisible : ce n'est pas le protocole y-websocket." });
  });
});
