import { addCard, cardBody, FACILITATOR_PARTICIPANT_ID, listCards } from "@atelier/shared";
import { HocuspocusProvider } from "@hocuspocus/provider";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { type ChildServer, createSpaceOver, spawnServer } from "./support/child-server.ts";
import { type CollabClient, connectClient, waitFor } from "./support/collab-client.ts";
import { freshDataDir } from "./support/test-server.ts";

const author = { authorId: FACILITATOR_PARTICIPANT_ID, authorName: "Anne", authorRole: "facilitator" } as const;
const REDIS = { REDIS_URL: process.env.ATELIER_TEST_REDIS_URL ?? "redis://127.0.0.1:6379" };

const children: ChildServer[] = [];
const clients: CollabClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.provider.destroy();
  for (const child of children.splice(0)) {
    child.process.kill("SIGKILL");
    await child.exited;
  }
});

async function instance(dataDir: string) {
  const child = await spawnServer(dataDir, REDIS);
  children.push(child);
  return { child, http: `http://127.0.0.1:${child.port}`, ws: `ws://127.0.0.1:${child.port}/collab` };
}

async function connect(wsUrl: string, name: string, token: string, doc?: Y.Doc) {
  const client = await connectClient(wsUrl, name, token, doc);
  clients.push(client);
  return client;
}

// Several instances share documents through Redis and a shared database: this runs in the PostgreSQL project.
describe.runIf(process.env.ATELIER_TEST_DATABASE_URL)("several instances over Redis", () => {
  it("relay edits and presence between clients on different instances, and report Redis in health", async () => {
    const dataDir = freshDataDir();
    const [a, b] = [await instance(dataDir), await instance(dataDir)];
    const space = await createSpaceOver(a.child.port);
    const board = space.boards[0]?.documentName as string;
    const onA = await connect(a.ws, board, space.facilitatorSecret);
    const onB = await connect(b.ws, board, space.facilitatorSecret);
    addCard(onA.doc, "c1", { kind: "besoin", title: "Écrit sur l'instance A", ...author }, 1);
    await waitFor(
      () => listCards(onB.doc).map((card) => card.title),
      (titles) => titles.includes("Écrit sur l'instance A"),
    );
    const body = cardBody(onB.doc, "c1");
    body?.insert(0, [new Y.XmlText("Complété depuis B")]);
    await waitFor(
      () => cardBody(onA.doc, "c1")?.toString() ?? "",
      (text) => text.includes("Complété depuis B"),
    );
    onA.provider.setAwarenessField("user", { name: "Anne sur A" });
    await waitFor(
      () => [...(onB.provider.awareness?.getStates().values() ?? [])].map((state) => state.user?.name),
      (names) => names.includes("Anne sur A"),
    );
    const health = await (await fetch(`${b.http}/api/health`)).json();
    expect(health).toEqual({ status: "ok", store: { kind: "postgres", ok: true }, redis: { ok: true } });
  });

  it("lose nothing when one instance is killed: its clients carry on through the other", async () => {
    const dataDir = freshDataDir();
    const [a, b] = [await instance(dataDir), await instance(dataDir)];
    const space = await createSpaceOver(b.child.port);
    const board = space.boards[0]?.documentName as string;
    const onA = await connect(a.ws, board, space.facilitatorSecret);
    const onB = await connect(b.ws, board, space.facilitatorSecret);
    for (let i = 0; i < 10; i++)
      addCard(onA.doc, `a${i}`, { kind: "constat", title: `Avant la panne ${i}`, ...author }, i);
    await waitFor(
      () => listCards(onB.doc).length,
      (n) => n === 10,
    );
    a.child.process.kill("SIGKILL");
    await a.child.exited;
    // Written while A is down and the client has not reconnected yet: kept in its document, sent on reconnection.
    addCard(onA.doc, "offline", { kind: "piste", title: "Écrit pendant la panne", ...author }, 11);
    onA.provider.destroy();
    const moved = await connect(b.ws, board, space.facilitatorSecret, onA.doc);
    await waitFor(
      () => listCards(onB.doc).map((card) => card.id),
      (ids) => ids.length === 11 && ids.includes("offline"),
    );
    expect(listCards(moved.doc)).toEqual(listCards(onB.doc));
  });

  it("keep edits made by clients that drop and reconnect while the document is still loading", async () => {
    const dataDir = freshDataDir();
    const [a, b] = [await instance(dataDir), await instance(dataDir)];
    const space = await createSpaceOver(a.child.port);
    const board = space.boards[0]?.documentName as string;
    const doc = new Y.Doc();
    for (let round = 0; round < 6; round++) {
      const url = round % 2 === 0 ? a.ws : b.ws;
      // Dropped before the server has finished loading the document, then back at once with a new edit.
      const dropped = new HocuspocusProvider({ url, name: board, token: space.facilitatorSecret, document: doc });
      await new Promise((resolve) => setTimeout(resolve, round));
      dropped.destroy();
      addCard(doc, `r${round}`, { kind: "constat", title: `Tour ${round}`, ...author }, round);
      const back = await connect(url, board, space.facilitatorSecret, doc);
      await waitFor(
        () => back.provider.unsyncedChanges,
        (n) => n === 0,
      );
      back.provider.destroy();
    }
    for (const child of children.splice(0)) {
      child.process.kill("SIGTERM");
      await child.exited;
    }
    const restarted = await instance(dataDir);
    const reader = await connect(restarted.ws, board, space.facilitatorSecret);
    expect(
      listCards(reader.doc)
        .map((card) => card.id)
        .sort(),
    ).toEqual(["r0", "r1", "r2", "r3", "r4", "r5"]);
  });
});
