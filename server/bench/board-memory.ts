import { setTimeout as pause } from "node:timers/promises";
import { aFewAtATime } from "./a-few-at-a-time.ts";
import {
  type BenchServer,
  type FacilitatedBoard,
  facilitatedBoards,
  loadedDocuments,
  type ServerKind,
  startServer,
  stopServer,
} from "./bench-servers.ts";
import { facilitatorCards } from "./card-updates.ts";
import { LightConnection } from "./light-connection.ts";
import { processUsage } from "./process-usage.ts";

export interface BoardMemoryResult {
  kind: ServerKind;
  boards: number;
  cardsPerBoard: number;
  /** RSS with no board loaded, after a first pass over them all (so code and caches are warm). */
  idleRssMiB: number;
  loadedRssMiB: number;
  /** Documents in memory while every board had its client, then once they had all left. */
  loadedDocuments: number;
  afterLeavingRssMiB: number;
  documentsAfterLeaving: number;
}

const OPENING_AT_ONCE = 10;
const UNLOAD_TIMEOUT_MS = 30_000;
/** Lets the server finish what a burst of connections left (snapshots, garbage) before its memory is read. */
const SETTLE_MS = 1000;

/** Every board open by one light client; `cards`, when given, is sent on each first (a bare server keeps nothing). */
function openAll(server: BenchServer, boards: FacilitatedBoard[], cards: Uint8Array[]) {
  return aFewAtATime(boards, OPENING_AT_ONCE, async ({ board, token }) => {
    const { connection } = await LightConnection.open(server.url, board, token);
    const applied = await Promise.all(cards.map((update) => connection.send(update)));
    if (applied.includes(false)) throw new Error(`cards refused on ${board}`);
    return connection;
  });
}

async function untilUnloaded(server: BenchServer) {
  const deadline = Date.now() + UNLOAD_TIMEOUT_MS;
  while ((await loadedDocuments(server)) > 0 && Date.now() < deadline) await pause(200);
  await pause(SETTLE_MS);
}

/**
 * Server memory per loaded board: N boards of a few cards, each opened by one light client, RSS delta / N; then
 * whether memory goes back down once the clients leave (ours unloads an idle document once its log is compacted).
 */
export async function boardMemory(kind: ServerKind, boards: number, cardsPerBoard: number): Promise<BoardMemoryResult> {
  const server = await startServer(kind);
  const pid = server.process.process.pid as number;
  const targets = await facilitatedBoards(server, boards);
  const cards = facilitatorCards(cardsPerBoard);
  // First pass: fills ours' boards in its store, and warms both servers up.
  for (const connection of await openAll(server, targets, cards)) await connection.close();
  await untilUnloaded(server);
  const idleRssMiB = processUsage(pid).rssMiB;
  // Ours loads the boards from its store; bare Hocuspocus gets their cards again.
  const connections = await openAll(server, targets, kind === "bare" ? cards : []);
  await pause(SETTLE_MS);
  const loadedRssMiB = processUsage(pid).rssMiB;
  const loaded = await loadedDocuments(server);
  await Promise.all(connections.map((connection) => connection.close()));
  await untilUnloaded(server);
  const result: BoardMemoryResult = {
    kind,
    boards,
    cardsPerBoard,
    idleRssMiB,
    loadedRssMiB,
    loadedDocuments: loaded,
    afterLeavingRssMiB: processUsage(pid).rssMiB,
    documentsAfterLeaving: await loadedDocuments(server),
  };
  await stopServer(server);
  return result;
}
