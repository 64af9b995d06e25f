import { Worker } from "node:worker_threads";
import type { RefusalCode } from "@atelier/shared";
import { logOf } from "../observability/log.ts";
import type { FileReading, FileToRead } from "./import-reading.ts";
import { fileRefused } from "./indicator-limits.ts";

// Node runs the worker from its TypeScript source, as it runs the server (types stripped), under Vitest too.
const READER = new URL("./file-worker.ts", import.meta.url);
/**
 * The reading's own heap: a 5000-line workbook needs a few MiB, and an open-data file is read line by line (only the
 * territory's rows are kept). A file that makes it need more ends the worker with ERR_WORKER_OUT_OF_MEMORY, where it
 * would have ended the server.
 */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 };
/** A valid file is read in a few seconds at most (a national commune workbook); a reading still going is ended. */
const TIME_LIMIT_MS = 10_000;
/**
 * One reading at a time: it takes a core and up to its heap, and the server's thread keeps the other core. Imports are
 * a facilitator's occasional act; a few wait their turn, and past them the next are turned away rather than queued.
 */
const AT_ONCE = 1;
const MAX_WAITING = 8;
/** Each import in flight holds its body (up to 20 MiB): their number bounds the memory imports take. */
const MAX_IN_FLIGHT = AT_ONCE + MAX_WAITING;
/** Seconds a turned-away import is told to wait: a reading takes a few seconds at most. */
export const RETRY_AFTER_SECONDS = 10;

const importLog = logOf("indicators");

let inFlight = 0;
const spacesInFlight = new Set<string>();
let reading = 0;
const waiting: (() => void)[] = [];

export type ImportPlace = { ok: true; release: () => void } | { ok: false; status: 409 | 503; code: RefusalCode };

/**
 * Reserves an import's place before its body is read, so that a request turned away never holds its file: at most
 * MAX_IN_FLIGHT on the server, and one per space, so that one space cannot keep the others waiting.
 */
export function reserveImport(spaceId: string): ImportPlace {
  if (spacesInFlight.has(spaceId)) return { ok: false, status: 409, code: "importSpaceBusy" };
  if (inFlight >= MAX_IN_FLIGHT) return { ok: false, status: 503, code: "importBusy" };
  inFlight += 1;
  spacesInFlight.add(spaceId);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    inFlight -= 1;
    spacesInFlight.delete(spaceId);
  };
  return { ok: true, release };
}

/** The places reserved bound the queue: a reading waits here for the one before it. */
async function takeTurn(): Promise<void> {
  if (reading < AT_ONCE) {
    reading += 1;
    return;
  }
  // The reading that ends hands its place over, so `reading` stays as it is.
  await new Promise<void>((resolve) => waiting.push(resolve));
}

function endTurn(): void {
  const next = waiting.shift();
  if (next) next();
  else reading -= 1;
}

/**
 * Reads an import file (a CSV, or an XLSX's first sheet) in a worker thread with its own heap and time limits: even a
 * national file of 20 MiB is decoded, parsed and filtered there, and only its figures come back. Its place is
 * reserved first (reserveImport).
 */
export async function readIndicatorFile(file: FileToRead): Promise<FileReading> {
  await takeTurn();
  try {
    return await readInWorker(file);
  } finally {
    endTurn();
  }
}

function readInWorker(file: FileToRead): Promise<FileReading> {
  const unreadable = fileRefused(file.format === "xlsx" ? "importXlsxUnreadable" : "importCsvUnreadable");
  return new Promise((resolve) => {
    const worker = new Worker(READER, { workerData: file, resourceLimits: RESOURCE_LIMITS });
    // The first word counts; the reading is answered once the worker has ended, so that the next one starts after it.
    let answer: FileReading | undefined;
    const timer = setTimeout(() => {
      answer ??= fileRefused("importTooSlow");
      void worker.terminate();
    }, TIME_LIMIT_MS);
    // Once it has answered, the worker ends on its own: stopping it then would race its own exit, on which Node 24 has
    // been seen to abort the whole process (SIGTRAP). The timer still stops one that lingers.
    worker.on("message", (reading: FileReading) => {
      answer ??= reading;
    });
    worker.on("error", (error: Error & { code?: string }) => {
      if (error.code === "ERR_WORKER_OUT_OF_MEMORY") {
        answer ??= fileRefused("importTooMuchMemory");
        return;
      }
      // Not the file's fault (the reader itself failed): the person is told it could not be read, the operator why.
      importLog.error({ err: error, format: file.format }, "import file reader failed");
      answer ??= unreadable;
    });
    // Ending without an answer nor an error is not expected, but the import must still be answered.
    worker.on("exit", () => {
      clearTimeout(timer);
      resolve(answer ?? unreadable);
    });
  });
}
