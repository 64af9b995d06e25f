import { addCard, cardBody, listCards } from "@atelier/shared";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createSpaceOver, spawnServer } from "./support/child-server.ts";
import { type CollabClient, connectClient, waitFor } from "./support/collab-client.ts";
import { openTestStore } from "./support/storage.ts";
import {
  overwriteSnapshot,
  readStoredDocument,
  storedSnapshotBytes,
  waitForStored,
} from "./support/stored-document.ts";
import { freshDataDir, startTestServer } from "./support/test-server.ts";

const clients: CollabClient[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.provider.destroy();
});

async function connect(wsUrl: string, documentName: string, token: string) {
  const client = await connectClient(wsUrl, documentName, token);
  clients.push(client);
  return client;
}

const author = { authorId: "facilitator", authorName: "Camille", authorRole: "facilitator" } as const;

function writeCardWithBody(doc: Y.Doc, id: string, title: string, text: string) {
  addCard(doc, id, { kind: "besoin", title, ...author }, Date.now());
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  cardBody(doc, id)?.insert(0, [paragraph]);
}

describe("persistence in the real store (an SQLite file, or PostgreSQL)", () => {
  it("keeps a board across a graceful restart, compacted into a snapshot", async () => {
    const dataDir = freshDataDir();
    const first = await startTestServer(dataDir);
    const space = await first.createSpace();
    const board = space.boards[0]?.documentName as string;
    const editor = await connect(first.wsUrl, board, space.facilitatorSecret);
    writeCardWithBody(editor.doc, "c1", "Manque de places en crèche", "Liste d'attente de 80 familles");
    const witness = await connect(first.wsUrl, board, space.facilitatorSecret);
    await waitFor(
      () => listCards(witness.doc).length,
      (n) => n === 1,
    );
    await first.close();

    const stored = await readStoredDocument(dataDir, board);
    expect(stored.snapshots).toBe(1);
    expect(stored.updates).toBe(0);

    const second = await startTestServer(dataDir);
    const reader = await connect(second.wsUrl, board, space.facilitatorSecret);
    expect(listCards(reader.doc).map((c) => c.title)).toEqual(["Manque de places en crèche"]);
    expect(cardBody(reader.doc, "c1")?.toString()).toContain("Liste d'attente de 80 familles");
    const fetched = await second.request("GET", `/api/spaces/${space.id}`);
    expect(fetched.status).toBe(200);
    await second.close();
  });

  it("logs every accepted update at once, long before the debounced snapshot", async () => {
    const dataDir = freshDataDir();
    const server = await startTestServer(dataDir, { SNAPSHOT_DEBOUNCE_MS: "60000", SNAPSHOT_MAX_DEBOUNCE_MS: "60000" });
    const space = await server.createSpace();
    const board = space.boards[1]?.documentName as string;
    const editor = await connect(server.wsUrl, board, space.facilitatorSecret);
    const witness = await connect(server.wsUrl, board, space.facilitatorSecret);
    writeCardWithBody(editor.doc, "c1", "Accueil du mercredi", "Demande forte");
    await waitFor(
      () => listCards(witness.doc).length,
      (n) => n === 1,
    );

    // Appended as it is accepted, where the snapshot waits a minute.
    await waitForStored(dataDir, board, (doc) => listCards(doc).length === 1, 100);
    const stored = await readStoredDocument(dataDir, board);
    expect(stored.snapshots).toBe(0);
    expect(stored.updates).toBeGreaterThan(0);
    expect(listCards(stored.doc).map((c) => c.title)).toEqual(["Accueil du mercredi"]);
    expect(cardBody(stored.doc, "c1")?.toString()).toContain("Demande forte");
    await server.close();
  });

  it("appends a batch of updates in their order, over several statements when it is long", async () => {
    const store = await openTestStore(freshDataDir());
    const updates = Array.from({ length: 150 }, (_, i) => new Uint8Array([i % 256, 7, i >> 8]));
    const ids = await store.documents.appendUpdates("board:lot:test", updates);
    const logged = await store.documents.loggedUpdates("board:lot:test");
    await store.close();

    expect(ids).toHaveLength(150);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(logged.map((entry) => entry.id)).toEqual(ids);
    expect(logged.map((entry) => [...entry.update])).toEqual(updates.map((update) => [...update]));
  });

  it("refuses to serve a document whose stored state cannot be read, and leaves it untouched", async () => {
    const dataDir = freshDataDir();
    const server = await startTestServer(dataDir);
    const space = await server.createSpace();
    const [damaged, healthy] = space.boards.map((b) => b.documentName) as [string, string];
    const garbage = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x01, 0x02]);
    await overwriteSnapshot(dataDir, damaged, garbage);

    await expect(connectClient(server.wsUrl, damaged, space.facilitatorSecret)).rejects.toThrow(
      /n'a pas pu être chargé/,
    );
    expect(await storedSnapshotBytes(dataDir, damaged)).toEqual(garbage);

    const other = await connect(server.wsUrl, healthy, space.facilitatorSecret);
    addCard(other.doc, "ok", { kind: "constat", title: "Le reste fonctionne", ...author }, 1);
    const witness = await connect(server.wsUrl, healthy, space.facilitatorSecret);
    await waitFor(
      () => listCards(witness.doc).length,
      (n) => n === 1,
    );
    await server.close();
    expect(await storedSnapshotBytes(dataDir, damaged)).toEqual(garbage);
  });
});

describe("the server process", () => {
  it("loses no accepted edit when killed with SIGKILL", async () => {
    const dataDir = freshDataDir();
    const first = await spawnServer(dataDir, { SNAPSHOT_DEBOUNCE_MS: "60000", SNAPSHOT_MAX_DEBOUNCE_MS: "60000" });
    const space = await createSpaceOver(first.port);
    const board = space.boards[0]?.documentName as string;
    const wsUrl = `ws://127.0.0.1:${first.port}/collab`;
    const editor = await connect(wsUrl, board, space.facilitatorSecret);
    const witness = await connect(wsUrl, board, space.facilitatorSecret);
    for (let i = 0; i < 20; i++) addCard(editor.doc, `c${i}`, { kind: "constat", title: `Constat ${i}`, ...author }, i);
    await waitFor(
      () => listCards(witness.doc).length,
      (n) => n === 20,
    );

    // The goal: an update accepted 100 ms before a crash is durable (SQLite writes it at once, PostgreSQL within ms).
    await new Promise((resolve) => setTimeout(resolve, 100));
    first.process.kill("SIGKILL");
    await first.exited;
    for (const client of clients.splice(0)) client.provider.destroy();

    const second = await spawnServer(dataDir);
    const reader = await connect(`ws://127.0.0.1:${second.port}/collab`, board, space.facilitatorSecret);
    expect(listCards(reader.doc)).toHaveLength(20);
    second.process.kill("SIGTERM");
    expect(await second.exited).toBe(0);
  });

  it("keeps every edit accepted 100 ms before a SIGKILL that falls in the middle of edits", async () => {
    const dataDir = freshDataDir();
    const first = await spawnServer(dataDir, { SNAPSHOT_DEBOUNCE_MS: "200", SNAPSHOT_MAX_DEBOUNCE_MS: "400" });
    const space = await createSpaceOver(first.port);
    const board = space.boards[0]?.documentName as string;
    const wsUrl = `ws://127.0.0.1:${first.port}/collab`;
    const editor = await connect(wsUrl, board, space.facilitatorSecret);
    const witness = await connect(wsUrl, board, space.facilitatorSecret);
    // The witness sees an edit once the server has accepted and relayed it.
    const acceptedAt = new Map<string, number>();
    witness.doc.getMap("cards").observe((event) => {
      for (const key of event.keysChanged) if (!acceptedAt.has(key)) acceptedAt.set(key, performance.now());
    });
    let n = 0;
    const editing = setInterval(() => {
      addCard(editor.doc, `e${++n}`, { kind: "constat", title: `Édition ${n}`, ...author }, n);
    }, 5);
    await waitFor(
      () => acceptedAt.size,
      (count) => count >= 150,
      10_000,
    );
    first.process.kill("SIGKILL");
    const killedAt = performance.now();
    clearInterval(editing);
    await first.exited;
    for (const client of clients.splice(0)) client.provider.destroy();

    const second = await spawnServer(dataDir);
    const reader = await connect(`ws://127.0.0.1:${second.port}/collab`, board, space.facilitatorSecret);
    const kept = new Set(listCards(reader.doc).map((card) => card.id));
    const due = [...acceptedAt].filter(([, at]) => at <= killedAt - 100).map(([id]) => id);
    expect(due.length).toBeGreaterThan(100);
    expect(due.filter((id) => !kept.has(id))).toEqual([]);
    second.process.kill("SIGTERM");
    expect(await second.exited).toBe(0);
  });

  it("stores every open document on SIGTERM before it exits", async () => {
    const dataDir = freshDataDir();
    const server = await spawnServer(dataDir, { SNAPSHOT_DEBOUNCE_MS: "60000", SNAPSHOT_MAX_DEBOUNCE_MS: "60000" });
    const space = await createSpaceOver(server.port);
    const wsUrl = `ws://127.0.0.1:${server.port}/collab`;
    const boards = space.boards.slice(0, 3).map((b) => b.documentName);
    for (const [i, board] of boards.entries()) {
      const editor = await connect(wsUrl, board, space.facilitatorSecret);
      const witness = await connect(wsUrl, board, space.facilitatorSecret);
      writeCardWithBody(editor.doc, "c", `Carte ${i}`, `Texte ${i}`);
      await waitFor(
        () => listCards(witness.doc).length,
        (n) => n === 1,
      );
    }

    server.process.kill("SIGTERM");
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain(`"msg":"stopped"`);
    for (const [i, board] of boards.entries()) {
      const stored = await readStoredDocument(dataDir, board);
      expect({ snapshots: stored.snapshots, updates: stored.updates }).toEqual({ snapshots: 1, updates: 0 });
      expect(listCards(stored.doc).map((c) => c.title)).toEqual([`Carte ${i}`]);
      expect(cardBody(stored.doc, "c")?.toString()).toContain(`Texte ${i}`);
    }
  });
});
