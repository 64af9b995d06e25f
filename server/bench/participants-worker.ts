/**
 * A share of the simulated participants (partners, each with their own token, so the server judges every update
 * as it would in a workshop), in a worker thread so that hundreds of providers do not queue behind
 * one event loop (the bench process would otherwise be slower than the server it measures). Each participant
 * retitles its own card every 2 s with the send time in the title; every participant records when it sees
 * someone else's title, by the sender's and receiver's instance.
 */
import { parentPort, workerData } from "node:worker_threads";
import { boardCardMaps, listCards, updateCard } from "@atelier/shared";
import * as Y from "yjs";
import { type CollabClient, waitFor } from "../test/support/collab-client.ts";
import { joinWithCard, type Person } from "./participant.ts";

export interface WorkerInput {
  /** One WebSocket URL per server instance; participant i connects to instance i % urls.length. */
  urls: string[];
  board: string;
  people: Person[];
  indices: number[];
  participants: number;
  intervalMs: number;
}

export interface WorkerOutput {
  edits: number;
  sameInstance: number[];
  crossInstance: number[];
}

const input = workerData as WorkerInput;
const now = () => performance.timeOrigin + performance.now();
const TITLE = /^p(\d+)@(\d+)#\d+\|(\d+(?:\.\d+)?)$/;

const clients: CollabClient[] = [];
const sameInstance: number[] = [];
const crossInstance: number[] = [];
let edits = 0;
let timers: NodeJS.Timeout[] = [];

async function connect() {
  for (const i of input.indices) {
    const instance = i % input.urls.length;
    const person = input.people[i] as Person;
    const client = await joinWithCard(input.urls[instance] as string, input.board, person, i, `p${i}@${instance}#0|0`);
    boardCardMaps(client.doc).observeDeep((events, transaction) => {
      if (transaction.local) return;
      const seen = now();
      for (const event of events) {
        const title = event.target instanceof Y.Map ? event.target.get("title") : undefined;
        const match = typeof title === "string" ? TITLE.exec(title) : null;
        if (!match || Number(match[3]) === 0) continue;
        (Number(match[2]) === instance ? sameInstance : crossInstance).push(seen - Number(match[3]));
      }
    });
    clients.push(client);
  }
}

function start() {
  timers = input.indices.map((i, k) =>
    setTimeout(
      () => {
        const client = clients[k] as CollabClient;
        const instance = i % input.urls.length;
        let seq = 0;
        const edit = () => {
          updateCard(client.doc, `p${i}`, { title: `p${i}@${instance}#${++seq}|${now()}` }, Date.now());
          edits++;
        };
        edit();
        timers[k] = setInterval(edit, input.intervalMs);
      },
      (i * input.intervalMs) / input.participants,
    ),
  );
}

parentPort?.on("message", async (message: string) => {
  if (message === "connect") {
    await connect();
    parentPort?.postMessage("connected");
  } else if (message === "sync") {
    for (const client of clients) {
      await waitFor(
        () => listCards(client.doc).length,
        (n) => n === input.participants,
        60_000,
      );
    }
    parentPort?.postMessage("synced");
  } else if (message === "start") {
    start();
  } else if (message === "measure") {
    // The figures start here: what the warm-up saw is left out.
    edits = 0;
    sameInstance.length = 0;
    crossInstance.length = 0;
    parentPort?.postMessage("measuring");
  } else if (message === "stop") {
    for (const timer of timers) clearInterval(timer);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    for (const client of clients) client.provider.destroy();
    parentPort?.postMessage({ edits, sameInstance, crossInstance } satisfies WorkerOutput);
  }
});
