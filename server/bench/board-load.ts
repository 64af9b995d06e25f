/**
 * `pnpm bench`: simulated participants (partners with their own tokens, standard Hocuspocus providers spread over
 * worker threads) on one board of a real server process, on loopback. Prints tables and writes JSON to
 * server/bench/results/. Figures, not pass/fail. The same load runs against a bare Hocuspocus server to show what
 * our extensions cost, and across two instances over Redis when PostgreSQL and Redis answer. Each load runs for
 * BENCH_WARMUP_SECONDS before it is measured.
 *   BENCH_PARTICIPANTS=50,150,300  BENCH_SECONDS=15  BENCH_WARMUP_SECONDS=5  BENCH_ROUNDS=3  BENCH_CARDS=2000
 *   BENCH_SEQUENTIAL_EDITS=3000
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test  BENCH_REDIS_URL=redis://127.0.0.1:6379
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { addCard, boardDocumentName, listCards } from "@atelier/shared";
import pg from "pg";
import * as Y from "yjs";
import { newId } from "../src/spaces/secrets.ts";
import { type ChildServer, createSpaceOver, spawnServer } from "../test/support/child-server.ts";
import { connectClient, waitFor } from "../test/support/collab-client.ts";
import { freshDataDir } from "../test/support/test-server.ts";
import { cpuPerEdit } from "./edits-one-at-a-time.ts";
import type { Person } from "./participant.ts";
import type { WorkerInput, WorkerOutput } from "./participants-worker.ts";
import { percentile } from "./percentiles.ts";
import { processUsage } from "./process-usage.ts";

const participantCounts = (process.env.BENCH_PARTICIPANTS ?? "50,150,300").split(",").map(Number);
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const warmupSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const cardCount = Number(process.env.BENCH_CARDS ?? 2000);
const databaseUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const redisUrl = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379";
const EDIT_INTERVAL_MS = 2000;
const EDITS_ONE_AT_A_TIME = Number(process.env.BENCH_SEQUENTIAL_EDITS ?? 3000);
const BARE = fileURLToPath(new URL("./bare-hocuspocus.ts", import.meta.url));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const author = { authorId: "facilitator", authorName: "Bench", authorRole: "facilitator" } as const;

async function post<T>(port: number, path: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return (await response.json()) as T;
}

/** A space with one partner link, joined by every participant: each gets a token of their own. */
async function workshop(port: number, participants: number) {
  const space = await createSpaceOver(port, "Banc d'essai");
  const link = await post<{ token: string }>(
    port,
    `/api/spaces/${space.id}/invitations`,
    { role: "partner", label: "Banc d'essai" },
    space.facilitatorSecret,
  );
  const people = [];
  for (let i = 0; i < participants; i++) {
    const joined = await post<{ participantToken: string; participantId: string }>(port, "/api/join", {
      token: link.token,
      displayName: `Partenaire ${i}`,
    });
    people.push({ token: joined.participantToken, participantId: joined.participantId });
  }
  return { board: space.boards[0]?.documentName as string, people };
}

async function stop(server: ChildServer) {
  server.process.kill("SIGTERM");
  await server.exited;
}

/** Runs the edit load on one board; participants are spread over the given instances and worker threads. */
async function editLoad(urls: string[], board: string, people: Person[], participants: number, servers: ChildServer[]) {
  const workerCount = Math.max(1, Math.min(availableParallelism(), participants));
  const workers = Array.from({ length: workerCount }, (_, w) => {
    const input: WorkerInput = {
      urls,
      board,
      people,
      indices: Array.from({ length: participants }, (_, i) => i).filter((i) => i % workerCount === w),
      participants,
      intervalMs: EDIT_INTERVAL_MS,
    };
    return new Worker(new URL("./participants-worker.ts", import.meta.url), { workerData: input });
  });
  const all = <T>(message: string) =>
    Promise.all(
      workers.map(
        (worker) =>
          new Promise<T>((resolve) => {
            worker.once("message", resolve);
            worker.postMessage(message);
          }),
      ),
    );
  await all("connect");
  await all("sync");
  for (const worker of workers) worker.postMessage("start");
  // Measured warm: the first seconds would also count what setting up left behind (our server's joins over HTTP).
  await pause(warmupSeconds * 1000);
  await all("measure");
  const pids = servers.map((server) => server.process.pid as number);
  const before = pids.map(processUsage);
  const started = performance.now();
  await pause(seconds * 1000);
  const outputs = await all<WorkerOutput>("stop");
  const wall = (performance.now() - started) / 1000;
  const after = pids.map(processUsage);
  await Promise.all(workers.map((worker) => worker.terminate()));
  const edits = outputs.reduce((sum, output) => sum + output.edits, 0);
  const same = outputs.flatMap((output) => output.sameInstance).sort((a, b) => a - b);
  const cross = outputs.flatMap((output) => output.crossInstance).sort((a, b) => a - b);
  const cpu = after.reduce((sum, usage, i) => sum + usage.cpuSeconds - (before[i]?.cpuSeconds ?? 0), 0);
  return {
    participants,
    edits,
    delivered: ((same.length + cross.length) / Math.max(1, edits * (participants - 1))) * 100,
    all: [...same, ...cross].sort((a, b) => a - b),
    cross,
    serverCpuPercent: (cpu / wall) * 100,
    serverRssMiB: Math.max(...after.map((usage) => usage.rssMiB)),
  };
}

type LoadResult = Awaited<ReturnType<typeof editLoad>>;

function latencyRow(label: string, result: LoadResult, sample = result.all) {
  return {
    server: label,
    participants: result.participants,
    edits: result.edits,
    "delivered %": round(result.delivered),
    "p50 ms": round(percentile(sample, 50)),
    "p95 ms": round(percentile(sample, 95)),
    "p99 ms": round(percentile(sample, 99)),
    "server CPU %": round(result.serverCpuPercent),
    "server RSS MiB": round(result.serverRssMiB),
  };
}

type ServerKind = "ours" | "bare";
interface Target {
  url: string;
  board: string;
  people: Person[];
  server: ChildServer;
}

/** A fresh server of the given kind with a board and its participants, for one measurement. */
async function onServer<T>(kind: ServerKind, participants: number, measure: (target: Target) => Promise<T>) {
  let target: Target;
  if (kind === "ours") {
    const server = await spawnServer(freshDataDir());
    target = { url: `ws://127.0.0.1:${server.port}/collab`, server, ...(await workshop(server.port, participants)) };
  } else {
    const server = await spawnServer(freshDataDir(), {}, BARE);
    const people = Array.from({ length: participants }, (_, i) => ({ token: "none", participantId: `p${i}` }));
    // A name as long as our boards' (it travels in every message), so that both servers send the same bytes.
    target = { url: `ws://127.0.0.1:${server.port}`, server, board: boardDocumentName(newId(), newId()), people };
  }
  const result = await measure(target);
  await stop(target.server);
  return result;
}

const loadOn = (kind: ServerKind, participants: number) =>
  onServer(kind, participants, ({ url, board, people, server }) =>
    editLoad([url], board, people, participants, [server]),
  );
const cpuPerEditOn = (kind: ServerKind) =>
  onServer(kind, 2, ({ url, board, people, server }) =>
    cpuPerEdit(url, board, people, server.process.pid as number, EDITS_ONE_AT_A_TIME),
  );

/** Two instances of our server on PostgreSQL and Redis; undefined when either does not answer. */
async function overRedis(participants: number) {
  const schema = `bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  try {
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
  } catch (error) {
    console.log(`\n(Deux instances sur Redis : PostgreSQL injoignable, ignoré — ${(error as Error).message})`);
    return undefined;
  } finally {
    await admin.end().catch(() => undefined);
  }
  const env = { DATABASE_URL: `${databaseUrl}?options=-c%20search_path%3D${schema}`, REDIS_URL: redisUrl };
  const dataDir = freshDataDir();
  const servers = [await spawnServer(dataDir, env), await spawnServer(dataDir, env)];
  const { board, people } = await workshop(servers[0]?.port as number, participants);
  const urls = servers.map((server) => `ws://127.0.0.1:${server.port}/collab`);
  const result = await editLoad(urls, board, people, participants, servers);
  for (const server of servers) await stop(server);
  return result;
}

/** A board of many cards: load from storage in a fresh process, and first full sync to a new client. */
async function largeBoard(cards: number) {
  const dataDir = freshDataDir();
  const first = await spawnServer(dataDir);
  const space = await createSpaceOver(first.port, "Banc d'essai");
  const board = space.boards[0]?.documentName as string;
  const writer = await connectClient(`ws://127.0.0.1:${first.port}/collab`, board, space.facilitatorSecret);
  for (let i = 0; i < cards; i += 100) {
    writer.doc.transact(() => {
      for (let j = i; j < Math.min(cards, i + 100); j++) {
        addCard(writer.doc, `c${j}`, { kind: "constat", title: `Constat numéro ${j}`, ...author }, Date.now());
      }
    });
  }
  await waitFor(
    () => writer.provider.unsyncedChanges,
    (n) => n === 0,
    60_000,
  );
  const bytes = Y.encodeStateAsUpdate(writer.doc).byteLength;
  writer.provider.destroy();
  await stop(first);

  const second = await spawnServer(dataDir);
  const started = performance.now();
  const reader = await connectClient(`ws://127.0.0.1:${second.port}/collab`, board, space.facilitatorSecret);
  const firstSyncMs = performance.now() - started;
  const received = listCards(reader.doc).length;
  const rssMiB = processUsage(second.process.pid as number).rssMiB;
  reader.provider.destroy();
  await stop(second);
  return { cards, received, documentBytes: bytes, firstSyncMs, serverRssMiB: rssMiB };
}

const round = (n: number) => Math.round(n * 10) / 10;
/** Several rounds of one load as one sample: latencies pooled, CPU averaged, the highest RSS. */
function pooled(results: LoadResult[]): LoadResult {
  const edits = results.reduce((sum, result) => sum + result.edits, 0);
  const sorted = (pick: (result: LoadResult) => number[]) => results.flatMap(pick).sort((a, b) => a - b);
  return {
    participants: results[0]?.participants ?? 0,
    edits,
    delivered: results.reduce((sum, result) => sum + result.delivered * result.edits, 0) / Math.max(1, edits),
    all: sorted((result) => result.all),
    cross: sorted((result) => result.cross),
    serverCpuPercent: results.reduce((sum, result) => sum + result.serverCpuPercent, 0) / results.length,
    serverRssMiB: Math.max(...results.map((result) => result.serverRssMiB)),
  };
}

// Ours and bare alternate round by round, so that a slow moment of the machine weighs on both alike.
const comparisons = [];
for (const participants of participantCounts) {
  const mine: LoadResult[] = [];
  const reference: LoadResult[] = [];
  for (let round = 0; round < rounds; round++) {
    mine.push(await loadOn("ours", participants));
    reference.push(await loadOn("bare", participants));
  }
  comparisons.push({ participants, ours: pooled(mine), bare: pooled(reference) });
}
const perEdit: Record<ServerKind, number[]> = { ours: [], bare: [] };
for (let round = 0; round < rounds; round++) {
  perEdit.ours.push(await cpuPerEditOn("ours"));
  perEdit.bare.push(await cpuPerEditOn("bare"));
}
const redis = await overRedis(Math.min(...participantCounts));
const large = await largeBoard(cardCount);

console.log(
  `\nEdit latency, one board, one edit per participant every ${EDIT_INTERVAL_MS / 1000} s, ${rounds} × ${seconds} s`,
);
console.table(comparisons.flatMap((c) => [latencyRow("Atelier CTG", c.ours), latencyRow("Hocuspocus nu", c.bare)]));
console.log("\nOverhead of our extensions (access, durable log, write guard, lock) against bare Hocuspocus");
console.table(
  comparisons.map((c) => ({
    participants: c.participants,
    "p50 ratio": round(percentile(c.ours.all, 50) / percentile(c.bare.all, 50)),
    "p95 ratio": round(percentile(c.ours.all, 95) / percentile(c.bare.all, 95)),
    "CPU ratio": round(c.ours.serverCpuPercent / c.bare.serverCpuPercent),
  })),
);
const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
console.log(
  `\nServer CPU per edit, ${EDITS_ONE_AT_A_TIME} edits one at a time by 2 participants, median of ${rounds} rounds`,
);
console.table([
  {
    "Atelier CTG µs": round(median(perEdit.ours)),
    "Hocuspocus nu µs": round(median(perEdit.bare)),
    ratio: round(median(perEdit.ours) / median(perEdit.bare)),
  },
]);
if (redis) {
  console.log("\nTwo instances over Redis (PostgreSQL shared), participants split between them");
  console.table([latencyRow("cross-instance", redis, redis.cross), latencyRow("all deliveries", redis)]);
}
console.log(`\nLarge board (${large.cards} cards, ${round(large.documentBytes / 1024)} KiB)`);
console.table([
  {
    "cards received": large.received,
    "load + first sync ms": round(large.firstSyncMs),
    "server RSS MiB": round(large.serverRssMiB),
  },
]);

const summary = (result: LoadResult, sample = result.all) => ({
  participants: result.participants,
  edits: result.edits,
  deliveredPercent: result.delivered,
  p50: percentile(sample, 50),
  p95: percentile(sample, 95),
  p99: percentile(sample, 99),
  serverCpuPercent: result.serverCpuPercent,
  serverRssMiB: result.serverRssMiB,
});
const results = {
  date: new Date().toISOString(),
  node: process.version,
  seconds,
  rounds,
  latency: comparisons.map((c) => ({ ours: summary(c.ours), bare: summary(c.bare) })),
  cpuPerEditMicroseconds: perEdit,
  redis: redis && { crossInstance: summary(redis, redis.cross), all: summary(redis) },
  large,
};
mkdirSync(new URL("./results/", import.meta.url), { recursive: true });
const file = new URL(`./results/board-load-${Date.now()}.json`, import.meta.url);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nJSON: ${file.pathname}`);
process.exit(0);
