import { availableParallelism } from "node:os";
import { setTimeout as pause } from "node:timers/promises";
import { Worker } from "node:worker_threads";
import type { ChildServer } from "../test/support/child-server.ts";
import { benchClock } from "./edit-marker.ts";
import type { Seat } from "./light-participant.ts";
import type { WorkerCommand, WorkerInput, WorkerOutput } from "./participants-worker.ts";
import { processUsage } from "./process-usage.ts";

export interface LoadTiming {
  intervalMs: number;
  warmupSeconds: number;
  seconds: number;
}

export interface LoadResult {
  participants: number;
  edits: number;
  /** Deliveries seen out of those expected (every edit to every other participant of its board), in %. */
  delivered: number;
  /** Edit-to-peer latencies in ms, sorted. */
  all: number[];
  /** Those between participants on different instances (over Redis), sorted. */
  cross: number[];
  serverCpuSeconds: number;
  serverCpuPercent: number;
  serverRssMiB: number;
  /** The bench process itself (every worker thread), over the same window. */
  harnessCpuPercent: number;
  /** The worst of the bench threads' event-loop delay p99: how much the bench itself may add to a latency. */
  harnessLoopDelayMs: number;
}

/**
 * Runs the edit load: the seats (participants, on one or many boards) spread over worker threads, each editing
 * every interval, measured for `seconds` after `warmupSeconds`; the servers' CPU and memory are read from /proc.
 */
export async function editLoad(seats: Seat[], servers: ChildServer[], timing: LoadTiming): Promise<LoadResult> {
  const workerCount = Math.max(1, Math.min(availableParallelism(), seats.length));
  const workers = Array.from({ length: workerCount }, (_, w) => {
    const mine = seats.map((seat, i) => ({ seat, i })).filter(({ i }) => i % workerCount === w);
    const input: WorkerInput = {
      seats: mine.map(({ seat }) => seat),
      firstEditAtMs: mine.map(({ i }) => (i * timing.intervalMs) / seats.length),
      intervalMs: timing.intervalMs,
    };
    return new Worker(new URL("./participants-worker.ts", import.meta.url), { workerData: input });
  });
  const all = <T>(command: WorkerCommand) =>
    Promise.all(
      workers.map(
        (worker) =>
          new Promise<T>((resolve, reject) => {
            worker.once("message", resolve);
            worker.once("error", reject);
            worker.postMessage(command);
          }),
      ),
    );
  try {
    await all("connect");
    await all("start");
    // Measured warm: the first seconds would also count what setting up left behind (the joins over HTTP).
    await pause(timing.warmupSeconds * 1000);
    await all({ measureFrom: benchClock() });
    const pids = servers.map((server) => server.process.pid as number);
    const before = pids.map(processUsage);
    const harnessBefore = process.cpuUsage();
    const started = performance.now();
    await pause(timing.seconds * 1000);
    const wall = (performance.now() - started) / 1000;
    const after = pids.map(processUsage);
    const harness = process.cpuUsage(harnessBefore);
    const outputs = await all<WorkerOutput>("stop");
    const edits = outputs.reduce((sum, output) => sum + output.edits, 0);
    const same = outputs.flatMap((output) => output.sameInstance);
    const cross = outputs.flatMap((output) => output.crossInstance).sort((a, b) => a - b);
    const serverCpuSeconds = after.reduce((sum, usage, i) => sum + usage.cpuSeconds - (before[i]?.cpuSeconds ?? 0), 0);
    const boardSize = seats.length / new Set(seats.map((seat) => seat.board)).size;
    return {
      participants: seats.length,
      edits,
      delivered: ((same.length + cross.length) / Math.max(1, edits * (boardSize - 1))) * 100,
      all: [...same, ...cross].sort((a, b) => a - b),
      cross,
      serverCpuSeconds,
      serverCpuPercent: (serverCpuSeconds / wall) * 100,
      serverRssMiB: Math.max(...after.map((usage) => usage.rssMiB)),
      harnessCpuPercent: ((harness.user + harness.system) / 1e6 / wall) * 100,
      harnessLoopDelayMs: Math.max(...outputs.map((output) => output.loopDelayP99Ms)),
    };
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** Several rounds of one load as one sample: latencies pooled, CPU averaged, the highest RSS and loop delay. */
export function pooled(results: LoadResult[]): LoadResult {
  const edits = results.reduce((sum, result) => sum + result.edits, 0);
  const sorted = (pick: (result: LoadResult) => number[]) => results.flatMap(pick).sort((a, b) => a - b);
  const mean = (pick: (result: LoadResult) => number) =>
    results.reduce((sum, result) => sum + pick(result), 0) / results.length;
  return {
    participants: results[0]?.participants ?? 0,
    edits,
    delivered: results.reduce((sum, result) => sum + result.delivered * result.edits, 0) / Math.max(1, edits),
    all: sorted((result) => result.all),
    cross: sorted((result) => result.cross),
    serverCpuSeconds: results.reduce((sum, result) => sum + result.serverCpuSeconds, 0),
    serverCpuPercent: mean((result) => result.serverCpuPercent),
    serverRssMiB: Math.max(...results.map((result) => result.serverRssMiB)),
    harnessCpuPercent: mean((result) => result.harnessCpuPercent),
    harnessLoopDelayMs: Math.max(...results.map((result) => result.harnessLoopDelayMs)),
  };
}
