/**
 * A share of the simulated participants, on light connections, in a worker thread: the bench spreads them over as
 * many threads as the machine has cores so that receiving every edit does not queue behind one event loop. Each
 * participant retitles its own card every interval; every participant records how long others' edits took to reach
 * it, by whether sender and receiver share a server instance.
 */
import { monitorEventLoopDelay } from "node:perf_hooks";
import { setTimeout as pause } from "node:timers/promises";
import { parentPort, workerData } from "node:worker_threads";
import { aFewAtATime } from "./a-few-at-a-time.ts";
import { LightParticipant, type Seat } from "./light-participant.ts";

export interface WorkerInput {
  seats: Seat[];
  /** When each seat makes its first edit, in ms after the start: the bench spreads edits evenly over the interval. */
  firstEditAtMs: number[];
  intervalMs: number;
}

export interface WorkerOutput {
  edits: number;
  /** How late this thread's event loop ran, 99th percentile over the measured window: what the bench adds. */
  loopDelayP99Ms: number;
  sameInstance: number[];
  crossInstance: number[];
}

/** "measure" carries the bench-clock time the measured window starts at, the same for every worker. */
export type WorkerCommand = "connect" | "start" | { measureFrom: number } | "stop";

const CONNECTING_AT_ONCE = 20;
/** Time for the last edits to arrive before the participants leave. */
const LAST_DELIVERIES_MS = 1000;

const input = workerData as WorkerInput;
const participants: LightParticipant[] = [];
const sameInstance: number[] = [];
const crossInstance: number[] = [];
/** When each edit was made (bench clock): those of the measured window are counted at the end. */
const editTimes: number[] = [];
let timers: NodeJS.Timeout[] = [];
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
/** Edits made before the measured window are left out, even when they arrive in it. */
let measuredFrom = Number.POSITIVE_INFINITY;

function record(sentAt: number, receivedAt: number, same: boolean) {
  if (sentAt >= measuredFrom) (same ? sameInstance : crossInstance).push(receivedAt - sentAt);
}

function start() {
  timers = participants.map((participant, k) =>
    setTimeout(() => {
      const edit = () => editTimes.push(participant.edit());
      edit();
      timers[k] = setInterval(edit, input.intervalMs);
    }, input.firstEditAtMs[k]),
  );
}

parentPort?.on("message", async (command: WorkerCommand) => {
  if (command === "connect") {
    participants.push(
      ...(await aFewAtATime(input.seats, CONNECTING_AT_ONCE, (seat) => LightParticipant.join(seat, record))),
    );
  } else if (command === "start") {
    start();
  } else if (typeof command === "object") {
    // The figures start here: what the warm-up saw is left out.
    measuredFrom = command.measureFrom;
    loopDelay.enable();
  } else if (command === "stop") {
    for (const timer of timers) clearInterval(timer);
    loopDelay.disable();
    await pause(LAST_DELIVERIES_MS);
    const edits = editTimes.filter((sentAt) => sentAt >= measuredFrom).length;
    const loopDelayP99Ms = loopDelay.percentile(99) / 1e6;
    const output: WorkerOutput = {
      edits,
      loopDelayP99Ms,
      sameInstance: [...sameInstance],
      crossInstance: [...crossInstance],
    };
    await Promise.all(participants.map((participant) => participant.leave()));
    parentPort?.postMessage(output);
    return;
  }
  parentPort?.postMessage(command);
});
