import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { addCard, listCards } from "@atelier/shared";
import { HocuspocusProvider } from "@hocuspocus/provider";
import { Hocuspocus } from "@hocuspocus/server";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { DurablePersistence } from "../src/collab/durable-persistence.ts";
import { attachCollabEndpoint } from "../src/collab/websocket-endpoint.ts";
import { Metrics } from "../src/observability/metrics.ts";
import { drainDocuments } from "../src/shutdown.ts";
import type { DocumentStore } from "../src/store/document-store.ts";
import { type ChildServer, createSpaceOver, spawnServer } from "./support/child-server.ts";
import { connectClient, waitFor } from "./support/collab-client.ts";
import { openTestStore } from "./support/storage.ts";
import { freshDataDir } from "./support/test-server.ts";

const CYCLES = 40;
const ACK_TIMEOUT_MS = 10_000;
const author = { authorId: "facilitator", authorName: "Camille", authorRole: "facilitator" } as const;
/** Snapshots wait: what a restart finds comes from the update log alone. */
const NO_SNAPSHOT = { SNAPSHOT_DEBOUNCE_MS: "60000", SNAPSHOT_MAX_DEBOUNCE_MS: "60000" };

/** Server processes still running when a test ends (it failed half-way): killed then. */
const children: ChildServer[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.process.kill("SIGKILL");
});

interface Edit {
  board: string;
  card: string;
  token: string;
}

/**
 * Adds a card to a board nobody has opened yet (the server loads it, and upgrades its schema, for this client) and
 * kills the server with SIGKILL the moment the provider's count of unacknowledged changes is back to 0. The card
 * goes in the handshake (the provider's first SyncStep2) when `inHandshake`, else as an update right after it.
 */
function editThenKillOnAcknowledgement(server: ChildServer, edit: Edit, inHandshake: boolean): Promise<void> {
  const doc = new Y.Doc();
  const add = () => addCard(doc, edit.card, { kind: "constat", title: edit.card, ...author }, Date.now());
  if (inHandshake) add();
  let edited = inHandshake;
  return new Promise((resolve, reject) => {
    const closeReasons: string[] = [];
    // Fails rather than hangs: an edit never acknowledged (refused, or a server that died) would wait forever.
    const timeout = setTimeout(() => {
      provider.destroy();
      reject(new Error(`${edit.card} not acknowledged; closed: ${closeReasons}; server: ${server.output()}`));
    }, ACK_TIMEOUT_MS);
    const provider: HocuspocusProvider = new HocuspocusProvider({
      url: `ws://127.0.0.1:${server.port}/collab`,
      name: edit.board,
      token: edit.token,
      document: doc,
      onSynced: () => {
        if (edited) return;
        edited = true;
        add();
      },
      onUnsyncedChanges: ({ number }) => {
        if (!edited || number !== 0) return;
        server.process.kill("SIGKILL");
        clearTimeout(timeout);
        provider.destroy();
        resolve();
      },
      onClose: ({ event }) => {
        closeReasons.push(event.reason);
      },
    });
  });
}

async function keeps(server: ChildServer, { board, card, token }: Edit): Promise<boolean> {
  const reader = await connectClient(`ws://127.0.0.1:${server.port}/collab`, board, token);
  const kept = listCards(reader.doc).some((c) => c.id === card);
  reader.provider.destroy();
  return kept;
}

describe("an acknowledged edit", () => {
  it("survives a SIGKILL sent the moment the server acknowledges it", async () => {
    const dataDir = freshDataDir();
    const lost: string[] = [];
    const start = async () => {
      const child = await spawnServer(dataDir, NO_SNAPSHOT);
      children.push(child);
      return child;
    };
    let server = await start();
    let previous: Edit | undefined;
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      // Restarted on the same data: the edit acknowledged before the last kill must be there.
      if (previous && !(await keeps(server, previous))) lost.push(previous.card);
      const space = await createSpaceOver(server.port);
      const board = space.boards[0]?.documentName as string;
      previous = { board, card: `carte-${cycle}`, token: space.facilitatorSecret };
      await editThenKillOnAcknowledgement(server, previous, cycle % 2 === 0);
      await server.exited;
      server = await start();
    }
    if (previous && !(await keeps(server, previous))) lost.push(previous.card);
    server.process.kill("SIGTERM");
    await server.exited;
    expect(lost, `${lost.length} of ${CYCLES} acknowledged edits lost`).toEqual([]);
  }, 180_000);
});

describe("the acknowledgement of an update", () => {
  it("follows the update's append, and never comes for an update whose append failed", async () => {
    const store = await openTestStore(freshDataDir());
    let failing = false;
    let stored = 0;
    const flaky: DocumentStore = Object.create(store.documents);
    flaky.appendUpdates = async (name, updates) => {
      if (failing) throw new Error("disque plein");
      const ids = await store.documents.appendUpdates(name, updates);
      stored += updates.length;
      return ids;
    };
    // The durable log alone behind the real endpoint, snapshots put off past the test.
    const persistence = new DurablePersistence(flaky, new Metrics());
    const hocuspocus = new Hocuspocus({
      quiet: true,
      debounce: 60_000,
      maxDebounce: 60_000,
      extensions: [persistence],
    });
    const http = createServer();
    attachCollabEndpoint(http, hocuspocus, persistence, new Metrics(), {
      maxMessageBytes: 1 << 20,
      allowedOrigins: [],
      accessLimits: { trustProxy: false },
    });
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    const doc = new Y.Doc();
    const provider = new HocuspocusProvider({
      url: `ws://127.0.0.1:${(http.address() as AddressInfo).port}/collab`,
      name: "board:accuse:atelier",
      document: doc,
    });
    const unsynced = () => provider.unsyncedChanges;
    await waitFor(
      () => (provider.isSynced ? unsynced() : -1),
      (n) => n === 0,
    );
    // Each acknowledgement counts one change down: by then the store must hold as many updates.
    let previous = 0;
    let acknowledged = 0;
    const early: number[] = [];
    provider.on("unsyncedChanges", ({ number }: { number: number }) => {
      if (number < previous && ++acknowledged > stored) early.push(acknowledged);
      previous = number;
    });

    failing = true;
    doc.getMap("meta").set("perdu", 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(unsynced()).toBe(1);

    failing = false;
    for (let i = 0; i < 10; i++) doc.getMap("meta").set("titre", `Version ${i}`);
    await waitFor(unsynced, (n) => n === 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(unsynced()).toBe(1);
    expect(early).toEqual([]);

    provider.destroy();
    await drainDocuments(hocuspocus);
    http.close();
    await store.close();
  });
});
