import { listCards } from "@atelier/shared";
import * as Y from "yjs";
import { type BenchServer, facilitatedBoards, type ServerKind, startServer, stopServer } from "./bench-servers.ts";
import { facilitatorCards } from "./card-updates.ts";
import { LightConnection } from "./light-connection.ts";
import { processUsage } from "./process-usage.ts";

export interface LargeBoardResult {
  kind: ServerKind;
  cards: number;
  documentKiB: number;
  /** Ours: a fresh process loads the board from its store, then sends it whole to a new client. */
  loadAndSyncMs: number | undefined;
  loadAndSyncCpuMs: number | undefined;
  /** Both: the board already in memory, sent whole to another new client. */
  syncMs: number;
  syncCpuMs: number;
  /** Cards a client finds in what it received (checked after the timing). */
  received: number;
  serverRssMiB: number;
}

/**
 * Opens a light connection and times it until the whole board has arrived, in wall time and in the server's CPU time
 * (which other work on the machine does not lengthen).
 */
async function timedSync(server: BenchServer, board: string, token: string) {
  const pid = server.process.process.pid as number;
  const cpuBefore = processUsage(pid).cpuSeconds;
  const started = performance.now();
  const { connection, document } = await LightConnection.open(server.url, board, token);
  const ms = performance.now() - started;
  return { connection, document, ms, cpuMs: (processUsage(pid).cpuSeconds - cpuBefore) * 1000 };
}

/**
 * A board of many cards written by its facilitator, then synced whole to a new client: on ours from its store in a
 * fresh process (what a workshop's first participant waits for in the morning) and from memory; on bare Hocuspocus,
 * which keeps nothing, from memory only.
 */
export async function largeBoard(kind: ServerKind, cards: number): Promise<LargeBoardResult> {
  let server = await startServer(kind);
  const [target, other] = await facilitatedBoards(server, 2);
  if (!target || !other) throw new Error("no board");
  const { board, token } = target;
  const { connection: writer } = await LightConnection.open(server.url, board, token);
  const applied = await Promise.all(facilitatorCards(cards).map((update) => writer.send(update)));
  if (applied.includes(false)) throw new Error("cards refused");
  let fromStore: { ms: number; cpuMs: number } | undefined;
  if (kind === "ours") {
    await writer.close();
    await stopServer(server, true);
    server = await startServer(kind, {}, server.dataDir);
    // A first connection to another board, so that the timing is the large board's, not the fresh process' warm-up.
    await (await LightConnection.open(server.url, other.board, other.token)).connection.close();
    fromStore = await timedSync(server, board, token);
  }
  const second = await timedSync(server, board, token);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, second.document);
  const result: LargeBoardResult = {
    kind,
    cards,
    documentKiB: second.document.byteLength / 1024,
    loadAndSyncMs: fromStore?.ms,
    loadAndSyncCpuMs: fromStore?.cpuMs,
    syncMs: second.ms,
    syncCpuMs: second.cpuMs,
    received: listCards(doc).length,
    serverRssMiB: processUsage(server.process.process.pid as number).rssMiB,
  };
  doc.destroy();
  await stopServer(server);
  return result;
}
