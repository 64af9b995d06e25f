/**
 * One workbook read in a worker thread (see xlsx-in-worker.ts), then the thread ends: whatever the file makes it do,
 * the server's own thread keeps answering. The lines are checked here too, so only plain indicator rows go back.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { ParsedFile } from "./indicator-limits.ts";
import { readFirstSheet } from "./xlsx-sheet.ts";

async function parse(bytes: Uint8Array): Promise<ParsedFile> {
  const sheet = await readFirstSheet(bytes);
  if (!sheet.ok) return sheet;
  // The domain's schemas take most of a worker's start: a refused file is answered without waiting for them.
  const { readTable } = await import("./indicator-table.ts");
  return readTable(sheet.lines);
}

parentPort?.postMessage(await parse(workerData as Uint8Array));
