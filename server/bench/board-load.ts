/**
 * `pnpm bench` (`pnpm bench -- --quick` or BENCH_QUICK=1: a smoke run of under a minute): light simulated partners
 * (raw WebSockets speaking the Hocuspocus protocol, each with its own token) edit one board of 300 and of 1,000,
 * then 100 boards of 10 at once, against a real server process and against a bare Hocuspocus, rounds alternating.
 * Then the server CPU per edit, two instances over Redis, a 10,000-card board synced to a new client and the server
 * memory per loaded board. Prints tables (progress on stderr) and writes JSON to server/bench/results/. Figures are
 * measured against the goals, not pass/fail.
 *   BENCH_PARTICIPANTS=300,1000  BENCH_SPACES=100x10  BENCH_SECONDS=15  BENCH_WARMUP_SECONDS=5  BENCH_ROUNDS=2
 *   BENCH_EDIT_INTERVAL_MS=2000  BENCH_BOARD_EDITS_PER_SECOND=150  BENCH_SEQUENTIAL_EDITS=3000  BENCH_CARDS=10000
 *   BENCH_MEMORY_BOARDS=100  BENCH_REDIS_PARTICIPANTS=150
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test  BENCH_REDIS_URL=redis://127.0.0.1:6379
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { type ServerKind, seatsFor, startServer, stopServer } from "./bench-servers.ts";
import { boardMemory } from "./board-memory.ts";
import { editLoad, type LoadResult, pooled } from "./edit-load.ts";
import { cpuPerEdit } from "./edits-one-at-a-time.ts";
import { largeBoard } from "./large-board.ts";
import { benchSettings, type Load } from "./loads.ts";
import { percentile } from "./percentiles.ts";
import { Progress } from "./progress.ts";
import { overRedis } from "./redis-instances.ts";
import { type BenchResults, printReport, serverName } from "./report.ts";

const settings = benchSettings(process.argv.slice(2), process.env);
const { loads, rounds, timing } = settings;
const KINDS: ServerKind[] = ["ours", "bare"];

/**
 * One round of a load on a fresh server of the given kind; with `perEdit`, the server CPU per edit is measured first
 * on a board of its own (its unloading is over before the load's measured window).
 */
async function loadOn(kind: ServerKind, load: Load, perEdit: boolean) {
  const server = await startServer(kind);
  try {
    const pair = perEdit ? await seatsFor(server, { boards: 1, participantsPerBoard: 2 }) : [];
    const cpu = perEdit ? await cpuPerEdit(pair, server.process.process.pid as number, settings.sequentialEdits) : NaN;
    const seats = await seatsFor(server, load);
    return {
      cpuPerEdit: cpu,
      load: await editLoad(seats, [server.process], { ...timing, intervalMs: load.intervalMs }),
    };
  } finally {
    await stopServer(server);
  }
}

const steps = loads.length * rounds * KINDS.length + (settings.redisParticipants > 0 ? 1 : 0) + 2 * KINDS.length;
const progress = new Progress(steps);
const started = performance.now();
const loadAtStart = loadavg()[0] as number;

// Ours and bare alternate round by round, so that a slow moment of the machine weighs on both alike.
const comparisons = [];
const perEdit: Record<ServerKind, number[]> = { ours: [], bare: [] };
for (const [index, load] of loads.entries()) {
  const samples: Record<ServerKind, LoadResult[]> = { ours: [], bare: [] };
  for (let round = 1; round <= rounds; round++) {
    for (const kind of KINDS) {
      const first = index === 0;
      const also = first ? ` (first: server CPU per edit, ${settings.sequentialEdits} edits one at a time)` : "";
      const label = `${serverName(kind)}, ${load.name}, round ${round}/${rounds}${also}`;
      const result = await progress.step(label, () => loadOn(kind, load, first));
      process.stderr.write(`      p95 ${Math.round(percentile(result.load.all, 95) * 10) / 10} ms\n`);
      samples[kind].push(result.load);
      if (first) perEdit[kind].push(result.cpuPerEdit);
    }
  }
  comparisons.push({ load, ours: pooled(samples.ours), bare: pooled(samples.bare) });
}
const redis =
  settings.redisParticipants > 0
    ? await progress.step(`Atelier CTG, two instances over Redis, ${settings.redisParticipants} participants`, () =>
        overRedis(settings.redisParticipants, {
          ...timing,
          intervalMs: settings.intervalFor(settings.redisParticipants),
        }),
      )
    : undefined;
const large = {
  ours: await progress.step(`Atelier CTG, ${settings.largeBoardCards}-card board`, () =>
    largeBoard("ours", settings.largeBoardCards),
  ),
  bare: await progress.step(`Hocuspocus nu, ${settings.largeBoardCards}-card board`, () =>
    largeBoard("bare", settings.largeBoardCards),
  ),
};
const memory = {
  ours: await progress.step(`Atelier CTG, memory per loaded board (${settings.memoryBoards} boards)`, () =>
    boardMemory("ours", settings.memoryBoards, settings.memoryCardsPerBoard),
  ),
  bare: await progress.step(`Hocuspocus nu, memory per loaded board (${settings.memoryBoards} boards)`, () =>
    boardMemory("bare", settings.memoryBoards, settings.memoryCardsPerBoard),
  ),
};

const results: BenchResults = {
  machine: { cores: availableParallelism(), loadAtStart, loadAtEnd: loadavg()[0] as number },
  timing,
  rounds,
  comparisons,
  perEdit,
  sequentialEdits: settings.sequentialEdits,
  redis,
  large,
  memory,
};
printReport(results);
console.log(`\nRun: ${Math.round((performance.now() - started) / 1000)} s${settings.quick ? " (--quick)" : ""}`);

const summary = (result: LoadResult, sample = result.all) => ({
  participants: result.participants,
  edits: result.edits,
  deliveredPercent: result.delivered,
  p50: percentile(sample, 50),
  p95: percentile(sample, 95),
  p99: percentile(sample, 99),
  serverCpuPercent: result.serverCpuPercent,
  serverCpuSeconds: result.serverCpuSeconds,
  serverRssMiB: result.serverRssMiB,
  benchCpuPercent: result.harnessCpuPercent,
  benchLoopDelayP99Ms: result.harnessLoopDelayMs,
});
const json = {
  date: new Date().toISOString(),
  node: process.version,
  machine: results.machine,
  quick: settings.quick,
  timing,
  rounds,
  loads: comparisons.map(({ load, ours, bare }) => ({ load, ours: summary(ours), bare: summary(bare) })),
  cpuPerEditMicroseconds: perEdit,
  redis: typeof redis === "object" ? { crossInstance: summary(redis, redis.cross), all: summary(redis) } : redis,
  large,
  memory,
};
mkdirSync(new URL("./results/", import.meta.url), { recursive: true });
const file = new URL(`./results/board-load-${Date.now()}.json`, import.meta.url);
writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
console.log(`JSON: ${file.pathname}`);
process.exit(0);
