/**
 * `pnpm bench`: simulated participants (standard Hocuspocus providers) on one board of a real server process,
 * on loopback. Prints a table and writes JSON to server/bench/results/. Figures, not pass/fail.
 *   BENCH_PARTICIPANTS=50,150,300  BENCH_SECONDS=15  BENCH_CARDS=2000
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { addCard, boardCardMaps, listCards, updateCard } from "@atelier/shared";
import * as Y from "yjs";
import { spawnServer } from "../test/support/child-server.ts";
import { type CollabClient, connectClient, waitFor } from "../test/support/collab-client.ts";
import { freshDataDir } from "../test/support/test-server.ts";
import { percentile } from "./percentiles.ts";
import { processUsage } from "./process-usage.ts";

const participantCounts = (process.env.BENCH_PARTICIPANTS ?? "50,150,300").split(",").map(Number);
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const cardCount = Number(process.env.BENCH_CARDS ?? 2000);
const EDIT_INTERVAL_MS = 2000;
const author = { authorId: "facilitator", authorName: "Bench", authorRole: "facilitator" } as const;

async function createSpace(port: number) {
  const response = await fetch(`http://127.0.0.1:${port}/api/spaces`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "Banc d'essai", period: { start: 2021, end: 2025 } }),
  });
  return (await response.json()) as { facilitatorSecret: string; boards: { documentName: string }[] };
}

/** Each participant retitles its own card every 2 s; every other participant records when it sees the title. */
async function editLatency(participants: number) {
  const server = await spawnServer(freshDataDir());
  const space = await createSpace(server.port);
  const board = space.boards[0]?.documentName as string;
  const wsUrl = `ws://127.0.0.1:${server.port}/collab`;
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const clients: CollabClient[] = [];
  for (let i = 0; i < participants; i++) {
    const client = await connectClient(wsUrl, board, space.facilitatorSecret);
    addCard(client.doc, `p${i}`, { kind: "besoin", title: `p${i} #0`, ...author }, Date.now());
    boardCardMaps(client.doc).observeDeep((events, transaction) => {
      if (transaction.local) return;
      const now = performance.now();
      for (const event of events) {
        const title = event.target instanceof Y.Map ? event.target.get("title") : undefined;
        const sent = typeof title === "string" ? sentAt.get(title) : undefined;
        if (sent !== undefined) latencies.push(now - sent);
      }
    });
    clients.push(client);
  }
  const last = clients.at(-1) as CollabClient;
  await waitFor(
    () => listCards(last.doc).length,
    (n) => n === participants,
    30_000,
  );

  const before = processUsage(server.process.pid as number);
  const started = performance.now();
  let edits = 0;
  const timers = clients.map((client, i) =>
    setTimeout(
      () => {
        let seq = 0;
        const edit = () => {
          const title = `p${i} #${++seq}`;
          sentAt.set(title, performance.now());
          updateCard(client.doc, `p${i}`, { title }, Date.now());
          edits++;
        };
        edit();
        timers[i] = setInterval(edit, EDIT_INTERVAL_MS);
      },
      (i * EDIT_INTERVAL_MS) / participants,
    ),
  );
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  for (const timer of timers) clearInterval(timer);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const wall = (performance.now() - started) / 1000;
  const after = processUsage(server.process.pid as number);

  for (const client of clients) client.provider.destroy();
  server.process.kill("SIGTERM");
  await server.exited;

  const sorted = latencies.sort((a, b) => a - b);
  return {
    participants,
    edits,
    deliveries: sorted.length,
    expectedDeliveries: edits * (participants - 1),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    serverCpuPercent: ((after.cpuSeconds - before.cpuSeconds) / wall) * 100,
    serverRssMiB: after.rssMiB,
  };
}

/** A board of many cards: load from storage in a fresh process, and first full sync to a new client. */
async function largeBoard(cards: number) {
  const dataDir = freshDataDir();
  const first = await spawnServer(dataDir);
  const space = await createSpace(first.port);
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
  first.process.kill("SIGTERM");
  await first.exited;

  const second = await spawnServer(dataDir);
  const started = performance.now();
  const reader = await connectClient(`ws://127.0.0.1:${second.port}/collab`, board, space.facilitatorSecret);
  const firstSyncMs = performance.now() - started;
  const received = listCards(reader.doc).length;
  const rssMiB = processUsage(second.process.pid as number).rssMiB;
  reader.provider.destroy();
  second.process.kill("SIGTERM");
  await second.exited;
  return { cards, received, documentBytes: bytes, firstSyncMs, serverRssMiB: rssMiB };
}

const round = (n: number) => Math.round(n * 10) / 10;
const latency = [];
for (const participants of participantCounts) latency.push(await editLatency(participants));
const large = await largeBoard(cardCount);

console.log(`\nEdit latency, one board, one edit per participant every ${EDIT_INTERVAL_MS / 1000} s, ${seconds} s`);
console.table(
  latency.map((r) => ({
    participants: r.participants,
    edits: r.edits,
    "delivered %": round((r.deliveries / r.expectedDeliveries) * 100),
    "p50 ms": round(r.p50),
    "p95 ms": round(r.p95),
    "p99 ms": round(r.p99),
    "server CPU %": round(r.serverCpuPercent),
    "server RSS MiB": round(r.serverRssMiB),
  })),
);
console.log(`\nLarge board (${large.cards} cards, ${round(large.documentBytes / 1024)} KiB)`);
console.table([
  {
    "cards received": large.received,
    "load + first sync ms": round(large.firstSyncMs),
    "server RSS MiB": round(large.serverRssMiB),
  },
]);

const results = { date: new Date().toISOString(), node: process.version, seconds, latency, large };
mkdirSync(new URL("./results/", import.meta.url), { recursive: true });
const file = new URL(`./results/board-load-${Date.now()}.json`, import.meta.url);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nJSON: ${file.pathname}`);
process.exit(0);
