import { Hocuspocus } from "@hocuspocus/server";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { DurablePersistence } from "../src/collab/durable-persistence.ts";
import { Metrics } from "../src/observability/metrics.ts";
import type { DocumentStore } from "../src/store/document-store.ts";
import { openTestStore } from "./support/storage.ts";
import { freshDataDir } from "./support/test-server.ts";

const BOARD = "board:journal:atelier";
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every call the durable log makes to append: when it was made, and when the store had the updates. */
interface Append {
  storedAt: number;
  updates: Uint8Array[];
}

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

/** A Hocuspocus with the durable log on a real store, whose appends are recorded, and one board open on it. */
async function openBoard() {
  const store = await openTestStore(freshDataDir());
  const appends: Append[] = [];
  const recording: DocumentStore = Object.create(store.documents);
  recording.appendUpdates = async (name, updates) => {
    const append = { storedAt: Number.POSITIVE_INFINITY, updates };
    appends.push(append);
    const ids = await store.documents.appendUpdates(name, updates);
    append.storedAt = performance.now();
    return ids;
  };
  // The snapshot is put off past the test, so that only the log is at work.
  const hocuspocus = new Hocuspocus({
    quiet: true,
    debounce: 60_000,
    maxDebounce: 60_000,
    extensions: [new DurablePersistence(recording, new Metrics())],
  });
  const connection = await hocuspocus.openDirectConnection(BOARD);
  const accepted: { at: number; update: Uint8Array }[] = [];
  connection.document?.on("update", (update: Uint8Array) => accepted.push({ at: performance.now(), update }));
  let edits = 0;
  const edit = () => connection.transact((doc) => doc.getMap("meta").set("title", `Version ${++edits}`));
  close = async () => {
    await connection.disconnect();
    await store.close();
  };
  return { store, appends, accepted, edit };
}

/** How long each accepted update took to be in the store. */
function waits(accepted: { at: number; update: Uint8Array }[], appends: Append[]) {
  return accepted.map(({ at, update }) => {
    const append = appends.find((candidate) => candidate.updates.includes(update));
    return append ? append.storedAt - at : Number.POSITIVE_INFINITY;
  });
}

describe("the durable update log", () => {
  it("appends each edit of a quiet board on its own, in the turn that accepted it", async () => {
    const { appends, accepted, edit } = await openBoard();
    for (let i = 0; i < 5; i++) {
      await edit();
      await pause(120);
    }

    expect(accepted).toHaveLength(5);
    expect(appends.map((append) => append.updates.length)).toEqual([1, 1, 1, 1, 1]);
    for (const wait of waits(accepted, appends)) expect(wait).toBeLessThan(45);
  });

  it("groups a busy board's edits into few appends, each edit logged within 100 ms and in order", async () => {
    const { store, appends, accepted, edit } = await openBoard();
    for (let i = 0; i < 40; i++) {
      await edit();
      await pause(10);
    }
    // The last edits have no later one to take them: the wait limit appends them.
    await pause(150);

    expect(accepted).toHaveLength(40);
    // Appends are asked for at least 50 ms apart, so there are at most one per 50 ms of edits, and the last edits'
    // own. Counted rather than timed: on a loaded machine an append may start late behind the one before it.
    const span = (accepted.at(-1)?.at ?? 0) - (accepted[0]?.at ?? 0);
    expect(appends.length).toBeLessThanOrEqual(Math.floor(span / 50) + 2);
    expect(appends.length).toBeLessThan(accepted.length / 2);
    for (const wait of waits(accepted, appends)) expect(wait).toBeLessThan(100);
    const logged = await store.documents.loggedUpdates(BOARD);
    // As plain bytes: PostgreSQL gives Buffers back.
    expect(logged.map((entry) => [...entry.update])).toEqual(accepted.map((entry) => [...entry.update]));
    const replayed = new Y.Doc();
    for (const { update } of logged) Y.applyUpdate(replayed, update);
    expect(replayed.getMap("meta").get("title")).toBe("Version 40");
  });
});
