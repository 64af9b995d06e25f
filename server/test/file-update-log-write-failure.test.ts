import type * as fs from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { FileUpdateLog } from "../src/store/file-update-log.ts";
import { freshDataDir } from "./support/test-server.ts";

/** When set, the next write() to a file puts part of its bytes on disk, then fails as a full disk would. */
const failing = vi.hoisted(() => ({ next: false }));
vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  const writeSync = ((file: number, buffer: Uint8Array, offset?: number) => {
    if (!failing.next) return real.writeSync(file, buffer, offset);
    failing.next = false;
    real.writeSync(file, buffer, offset, 5);
    throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
  }) as typeof fs.writeSync;
  return { ...real, writeSync };
});

describe("the journal when a write fails", () => {
  it("cuts off what the failed write left, so that later appends stay readable under ids of their own", async () => {
    const board = "space/s1/board/b1";
    const log = new FileUpdateLog(freshDataDir());
    expect(await log.appendUpdates(board, [new Uint8Array([1])])).toEqual([1]);
    failing.next = true;
    await expect(log.appendUpdates(board, [new Uint8Array([2]), new Uint8Array([3])])).rejects.toThrow(/ENOSPC/);
    expect(await log.appendUpdates(board, [new Uint8Array([4])])).toEqual([2]);

    const logged = await log.loggedUpdates(board);
    expect(logged.map(({ id, update }) => ({ id, update: [...update] }))).toEqual([
      { id: 1, update: [1] },
      { id: 2, update: [4] },
    ]);
    await log.close();
  });
});
