import { appendFileSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { FileUpdateLog } from "../src/store/file-update-log.ts";
import { openStore } from "../src/store/open-store.ts";
import { SqlStore } from "../src/store/sql-store.ts";
import { SqliteDatabase } from "../src/store/sqlite-database.ts";
import { freshDataDir } from "./support/test-server.ts";

const BOARD = "space/s1/board/b1";
const bytes = (...values: number[]) => new Uint8Array(values);
const plain = (entries: { id: number; update: Uint8Array }[]) =>
  entries.map(({ id, update }) => ({ id, update: [...update] }));

/** The one journal file of a fresh directory. */
function journalFile(dir: string): string {
  const [file] = readdirSync(dir);
  if (!file) throw new Error("no journal file");
  return join(dir, file);
}

/** A fresh directory whose journal of BOARD a first process wrote and closed: its file, and the bytes in it. */
async function writtenJournal(updates: Uint8Array[]) {
  const dir = freshDataDir();
  const first = new FileUpdateLog(dir);
  await first.appendUpdates(BOARD, updates);
  await first.close();
  const file = journalFile(dir);
  return { dir, file, whole: readFileSync(file) };
}

/** What the next process finds once a damaged tail is cut off: entries [1, 1] and [2, 2], then its own as id 3. */
async function expectCutOffThenAppended(dir: string, appended: number[]) {
  const next = new FileUpdateLog(dir);
  expect(await next.loggedUpdateIds(BOARD)).toEqual([1, 2]);
  expect(await next.appendUpdates(BOARD, [new Uint8Array(appended)])).toEqual([3]);
  expect(plain(await next.loggedUpdates(BOARD))).toEqual([
    { id: 1, update: [1, 1] },
    { id: 2, update: [2, 2] },
    { id: 3, update: appended },
  ]);
  await next.close();
}

describe("the journal files of the embedded store's update log", () => {
  it("keeps appended updates in order under growing ids, for the next process too", async () => {
    const dir = freshDataDir();
    const first = new FileUpdateLog(dir);
    expect(await first.appendUpdates(BOARD, [bytes(1), bytes(2, 2)])).toEqual([1, 2]);
    expect(await first.appendUpdates(BOARD, [bytes(3)])).toEqual([3]);
    expect(await first.appendUpdates("space/s1/plan", [bytes(9)])).toEqual([1]);
    await first.close();

    const next = new FileUpdateLog(dir);
    expect(plain(await next.loggedUpdates(BOARD))).toEqual([
      { id: 1, update: [1] },
      { id: 2, update: [2, 2] },
      { id: 3, update: [3] },
    ]);
    expect(await next.appendUpdates(BOARD, [bytes(4)])).toEqual([4]);
    expect(await next.loggedUpdateIds(BOARD)).toEqual([1, 2, 3, 4]);
    expect(plain(await next.loggedUpdates("space/s1/plan"))).toEqual([{ id: 1, update: [9] }]);
    await next.close();
  });

  it("reads up to a write cut short, then cuts it off so that later appends stay readable", async () => {
    const { dir, file, whole } = await writtenJournal([bytes(1, 1), bytes(2, 2)]);
    // The first 5 bytes of a third entry's header: what a write interrupted by a crash can leave.
    appendFileSync(file, whole.subarray(0, 5));

    await expectCutOffThenAppended(dir, [3, 3]);
  });

  it("cuts off a last entry that fails its checksum, and refuses a damaged one with more after it", async () => {
    const { dir, file, whole } = await writtenJournal([bytes(1, 1), bytes(2, 2), bytes(3, 3)]);
    // Each entry here: a 12-byte header, then its 2 bytes.
    const damaged = (entry: number) => {
      const copy = Buffer.from(whole);
      copy[entry * 14 + 12] = 7;
      return copy;
    };

    writeFileSync(file, damaged(1));
    const refusing = new FileUpdateLog(dir);
    await expect(refusing.loggedUpdates(BOARD)).rejects.toThrow(/damaged at byte 14/);
    await expect(refusing.appendUpdates(BOARD, [bytes(4)])).rejects.toThrow(/damaged/);
    expect(readFileSync(file)).toEqual(damaged(1));

    writeFileSync(file, damaged(2));
    await expectCutOffThenAppended(dir, [4, 4]);
  });

  it("keeps appending to many documents in turn, more than it keeps open at once", async () => {
    const dir = freshDataDir();
    const log = new FileUpdateLog(dir);
    const boards = Array.from({ length: 100 }, (_, i) => `space/s1/board/b${i}`);
    for (const round of [1, 2]) for (const board of boards) await log.appendUpdates(board, [bytes(round)]);
    // This process's open files inside the journal directory (Linux lists them under /proc/self/fd).
    const openJournals = readdirSync("/proc/self/fd").filter((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`).startsWith(dir);
      } catch {
        return false;
      }
    });
    expect(openJournals.length).toBeGreaterThan(0);
    expect(openJournals.length).toBeLessThanOrEqual(64);
    for (const board of boards) {
      expect(plain(await log.loggedUpdates(board))).toEqual([
        { id: 1, update: [1] },
        { id: 2, update: [2] },
      ]);
    }
    await log.close();
  });

  it("drops what a snapshot holds, removes an emptied journal, and goes on with higher ids", async () => {
    const dir = freshDataDir();
    const log = new FileUpdateLog(dir);
    await log.appendUpdates(BOARD, [bytes(1), bytes(2), bytes(3)]);
    await log.dropThrough(BOARD, 2);
    expect(plain(await log.loggedUpdates(BOARD))).toEqual([{ id: 3, update: [3] }]);
    expect(await log.appendUpdates(BOARD, [bytes(4)])).toEqual([4]);
    expect(await log.loggedUpdateIds(BOARD)).toEqual([3, 4]);

    await log.dropThrough(BOARD, 4);
    expect(readdirSync(dir)).toEqual([]);
    expect(await log.appendUpdates(BOARD, [bytes(5)])).toEqual([5]);
    expect(plain(await log.loggedUpdates(BOARD))).toEqual([{ id: 5, update: [5] }]);
    await log.close();
  });

  it("takes over the updates an earlier version logged in the SQLite table, once", async () => {
    const dataDir = freshDataDir();
    const file = join(dataDir, "atelier.sqlite");
    const earlier = await SqlStore.open(new SqliteDatabase(file));
    await earlier.documents.appendUpdates(BOARD, [bytes(1), bytes(2)]);
    await earlier.close();

    const store = await openStore({ dataDir, databaseUrl: undefined });
    const loaded = await store.documents.load(BOARD);
    expect(loaded.updates.map((entry) => [...entry.update])).toEqual([[1], [2]]);
    expect(readdirSync(join(dataDir, "journal"))).toHaveLength(1);
    await store.close();

    const table = await SqlStore.open(new SqliteDatabase(file));
    expect(await table.documents.loggedUpdates(BOARD)).toEqual([]);
    await table.close();
    const again = await openStore({ dataDir, databaseUrl: undefined });
    expect((await again.documents.load(BOARD)).updates.map((entry) => [...entry.update])).toEqual([[1], [2]]);
    await again.close();
  });

  it("loses nothing when a start-up is killed between copying the table's updates and deleting them", async () => {
    const dataDir = freshDataDir();
    const file = join(dataDir, "atelier.sqlite");
    const writer = new Y.Doc();
    const updates: Uint8Array[] = [];
    writer.on("update", (update: Uint8Array) => updates.push(update));
    writer.getMap("meta").set("phase", "diagnostic");
    writer.getArray<string>("notes").push(["Accueil du mercredi", "Parents isolés"]);
    const earlier = await SqlStore.open(new SqliteDatabase(file));
    await earlier.documents.appendUpdates(BOARD, updates);
    await earlier.close();
    // What the killed start-up had done: the journal holds the updates, and the table still does too.
    const copied = new FileUpdateLog(join(dataDir, "journal"));
    await copied.appendUpdates(BOARD, updates);
    await copied.close();

    const store = await openStore({ dataDir, databaseUrl: undefined });
    const reader = new Y.Doc();
    for (const { update } of (await store.documents.load(BOARD)).updates) Y.applyUpdate(reader, update);
    await store.close();
    expect(reader.getMap("meta").toJSON()).toEqual({ phase: "diagnostic" });
    expect(reader.getArray("notes").toJSON()).toEqual(["Accueil du mercredi", "Parents isolés"]);
  });
});
