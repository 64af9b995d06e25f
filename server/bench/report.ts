import type { ServerKind } from "./bench-servers.ts";
import type { BoardMemoryResult } from "./board-memory.ts";
import type { LoadResult, LoadTiming } from "./edit-load.ts";
import type { LargeBoardResult } from "./large-board.ts";
import type { Load } from "./loads.ts";
import { percentile } from "./percentiles.ts";

export interface LoadComparison {
  load: Load;
  ours: LoadResult;
  bare: LoadResult;
}

export interface BenchResults {
  /** Other work on the machine lengthens latencies: its load average is printed beside the figures. */
  machine: { cores: number; loadAtStart: number; loadAtEnd: number };
  timing: Omit<LoadTiming, "intervalMs">;
  rounds: number;
  comparisons: LoadComparison[];
  /** Server CPU µs per edit, one at a time, one sample per round. */
  perEdit: Record<ServerKind, number[]>;
  sequentialEdits: number;
  redis: LoadResult | string | undefined;
  large: Record<ServerKind, LargeBoardResult>;
  memory: Record<ServerKind, BoardMemoryResult>;
}

const SERVER_NAMES: Record<ServerKind, string> = { ours: "Atelier CTG", bare: "Hocuspocus nu" };
export const serverName = (kind: ServerKind) => SERVER_NAMES[kind];

const round = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? "—" : Math.round(n * 10) / 10);
const ratio = (n: number) => Math.round(n * 100) / 100;
const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
const cpuMicrosPerEdit = (result: LoadResult) => (result.serverCpuSeconds / Math.max(1, result.edits)) * 1e6;

function latencyRow(server: string, load: string, result: LoadResult, seconds: number, sample = result.all) {
  return {
    server,
    load,
    "edits/s": round(result.edits / seconds),
    "delivered %": round(result.delivered),
    "p50 ms": round(percentile(sample, 50)),
    "p95 ms": round(percentile(sample, 95)),
    "p99 ms": round(percentile(sample, 99)),
    "server CPU %": round(result.serverCpuPercent),
    "server µs/edit": round(cpuMicrosPerEdit(result)),
    "server RSS MiB": round(result.serverRssMiB),
    "bench CPU %": round(result.harnessCpuPercent),
    "bench loop p99 ms": round(result.harnessLoopDelayMs),
  };
}

interface Goal {
  goal: string;
  target: string;
  measured: string;
  verdict: string;
}

/** A figure that should stay at or under `limit`: met, or missed by how much. */
function atMost(goal: string, measured: number, limit: number, unit: string, strict = false): Goal {
  const met = strict ? measured < limit : measured <= limit;
  const show = (n: number) => (unit === "×" ? `${ratio(n)} ×` : `${round(n)} ${unit}`);
  const over = unit === "×" ? `${ratio(measured - limit)} ×` : `${round(measured - limit)} ${unit}`;
  return {
    goal,
    target: `${strict ? "<" : "≤"} ${show(limit)}`,
    measured: show(measured),
    verdict: met ? "met" : `missed by ${over} (${ratio(measured / limit)} × the target)`,
  };
}

function goals(results: BenchResults): Goal[] {
  const list: Goal[] = [];
  for (const { load, ours } of results.comparisons) {
    if (load.p95GoalMs !== undefined) {
      list.push(atMost(`edit-to-peers p95, ${load.name}`, percentile(ours.all, 95), load.p95GoalMs, "ms", true));
    }
  }
  const perEdit = median(results.perEdit.ours) / median(results.perEdit.bare);
  list.push(atMost("server CPU per edit (one at a time), ours ÷ bare", perEdit, 1.1, "×"));
  for (const { load, ours, bare } of results.comparisons) {
    list.push(atMost(`server memory, ${load.name}, ours ÷ bare`, ours.serverRssMiB / bare.serverRssMiB, 1.2, "×"));
  }
  const large = results.large.ours;
  const largeGoal = `${large.cards.toLocaleString("en")}-card board loaded and synced to a new client`;
  list.push(atMost(largeGoal, large.loadAndSyncMs ?? NaN, 300, "ms", true));
  list.push(atMost(`${largeGoal} (server CPU time)`, large.loadAndSyncCpuMs ?? NaN, 300, "ms", true));
  const { memory } = results;
  list.push({
    goal: "idle boards unloaded once their clients leave (ours)",
    target: "0 loaded",
    measured: `${memory.ours.documentsAfterLeaving} loaded`,
    verdict: memory.ours.documentsAfterLeaving === 0 ? "met" : "missed",
  });
  return list;
}

function memoryRow(result: BoardMemoryResult) {
  return {
    server: serverName(result.kind),
    boards: result.boards,
    "cards each": result.cardsPerBoard,
    "idle RSS MiB": round(result.idleRssMiB),
    "loaded RSS MiB": round(result.loadedRssMiB),
    "KiB per board": round(((result.loadedRssMiB - result.idleRssMiB) * 1024) / result.boards),
    "boards loaded": result.loadedDocuments,
    "after leaving RSS MiB": round(result.afterLeavingRssMiB),
    "loaded after leaving": result.documentsAfterLeaving,
  };
}

export function printReport(results: BenchResults): void {
  const { seconds } = results.timing;
  const { cores, loadAtStart, loadAtEnd } = results.machine;
  console.log(
    `\nMachine: ${cores} cores, load average (1 min) ${round(loadAtStart)} at the start, ${round(loadAtEnd)} at the end` +
      (Math.max(loadAtStart, loadAtEnd) > cores ? ": other work competed for the cores, latencies are noisy" : ""),
  );
  console.log(
    `\nEdit-to-peers latency, ${results.rounds} round(s) × ${seconds} s per server, light simulated participants` +
      " (raw WebSockets); bench CPU is the simulated participants' own process, all worker threads",
  );
  console.table(
    results.comparisons.flatMap(({ load, ours, bare }) => [
      latencyRow(serverName("ours"), load.name, ours, seconds * results.rounds),
      latencyRow(serverName("bare"), load.name, bare, seconds * results.rounds),
    ]),
  );
  console.log(
    "\nEdit intervals: " +
      results.comparisons.map(({ load }) => `${load.name}: each every ${round(load.intervalMs / 1000)} s`).join("; "),
  );
  console.log("\nWhat our extensions cost (access, durable log, write guard, lock), ours ÷ bare Hocuspocus");
  console.table(
    results.comparisons.map(({ load, ours, bare }) => ({
      load: load.name,
      "p50 ratio": ratio(percentile(ours.all, 50) / percentile(bare.all, 50)),
      "p95 ratio": ratio(percentile(ours.all, 95) / percentile(bare.all, 95)),
      "CPU per edit ratio": ratio(cpuMicrosPerEdit(ours) / cpuMicrosPerEdit(bare)),
      "RSS ratio": ratio(ours.serverRssMiB / bare.serverRssMiB),
    })),
  );
  console.log(
    `\nServer CPU per edit, ${results.sequentialEdits} edits one at a time by 2 participants, median of ${results.rounds} round(s)`,
  );
  const perEdit = { ours: median(results.perEdit.ours), bare: median(results.perEdit.bare) };
  console.table([
    {
      "Atelier CTG µs": round(perEdit.ours),
      "Hocuspocus nu µs": round(perEdit.bare),
      ratio: ratio(perEdit.ours / perEdit.bare),
    },
  ]);
  if (typeof results.redis === "string") console.log(`\n(Deux instances sur Redis : ${results.redis})`);
  else if (results.redis) {
    const { redis } = results;
    console.log("\nTwo instances of ours over Redis (PostgreSQL shared), participants split between them");
    console.table([
      latencyRow("cross-instance", `one board, ${redis.participants}`, redis, seconds, redis.cross),
      latencyRow("all deliveries", `one board, ${redis.participants}`, redis, seconds),
    ]);
  }
  console.log("\nLarge board, synced whole to a new client");
  console.table(
    (["ours", "bare"] as const).map((kind) => {
      const large = results.large[kind];
      return {
        server: serverName(kind),
        cards: large.cards,
        KiB: round(large.documentKiB),
        "load from store + sync ms": round(large.loadAndSyncMs),
        "… server CPU ms": round(large.loadAndSyncCpuMs),
        "sync from memory ms": round(large.syncMs),
        "… server CPU ms ": round(large.syncCpuMs),
        "cards received": large.received,
        "server RSS MiB": round(large.serverRssMiB),
      };
    }),
  );
  console.log("\nServer memory per loaded board (one light client each), and once the clients have left");
  console.table([memoryRow(results.memory.ours), memoryRow(results.memory.bare)]);
  console.log("\nGoals (issue 24), ours against bare Hocuspocus in the same run");
  console.table(goals(results));
}
