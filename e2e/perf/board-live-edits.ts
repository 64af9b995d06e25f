import type { TestServer } from "@atelier/server/testing";
import { writeCardFields } from "@atelier/shared";
import { percentile } from "../../server/bench/percentiles.ts";
import { type CollabClient, connectClient } from "../../server/test/support/collab-client.ts";
import type { TestBrowser } from "../support/browser.ts";
import { installEditProbe, markedTitle } from "./board-page-probes.ts";
import { openPerfBoard, perfBoard } from "./board-perf-seed.ts";

export interface LiveEditsResult {
  cards: number;
  rate: number;
  sent: number;
  /** Edits whose text never reached the page before the end of the drain. */
  missing: number;
  p50: number;
  p95: number;
  longFrames: number;
}

export interface LiveEditsLoad {
  cards: number;
  /** Remote edits per second, spread over the simulated participants. */
  rate: number;
  seconds: number;
  editors: number;
}

const WARMUP_MS = 3_000;
/** After the last edit, how long the page may take to catch up before an edit counts as missing. */
const DRAIN_MS = 15_000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Simulated participants (standard providers) rename random cards at a steady rate while a facilitator's page is
 * open; the page notes when each new title shows. The edits of the warm-up are left out of the figures.
 */
export async function liveEdits(
  server: TestServer,
  browser: TestBrowser,
  load: LiveEditsLoad,
): Promise<LiveEditsResult> {
  const board = await perfBoard(server, load.cards);
  const editors: CollabClient[] = [];
  const { page } = await browser.newPage();
  try {
    await openPerfBoard(page, board, load.cards);
    await page.evaluate(installEditProbe);
    for (let index = 0; index < load.editors; index++)
      editors.push(await connectClient(server.wsUrl, board.documentName, board.token));

    const started = Date.now();
    const total = Math.round(((WARMUP_MS + load.seconds * 1000) * load.rate) / 1000);
    const firstMeasured = Math.round((WARMUP_MS * load.rate) / 1000);
    // Paced by the clock rather than by timers, which slip on a busy machine: the rate holds on average.
    for (let sequence = 0; sequence < total; sequence++) {
      const due = started + (sequence * 1000) / load.rate;
      if (due > Date.now()) await pause(due - Date.now());
      const editor = editors[sequence % editors.length] as CollabClient;
      const card = Math.floor(Math.random() * load.cards);
      const now = Date.now();
      writeCardFields(editor.doc, `card-${card}`, { title: markedTitle(card, sequence, now) }, now);
    }
    const expected = total - firstMeasured;
    const drainUntil = Date.now() + DRAIN_MS;
    let seen = 0;
    while (Date.now() < drainUntil) {
      seen = await page.evaluate(
        (from) => Object.keys(window.editProbe?.delays ?? {}).filter((key) => Number(key) >= from).length,
        firstMeasured,
      );
      if (seen >= expected) break;
      await pause(500);
    }
    const probe = await page.evaluate(() => window.editProbe);
    if (!probe) throw new Error("the edit probe is gone");
    const delays = Object.entries(probe.delays)
      .filter(([sequence]) => Number(sequence) >= firstMeasured)
      .map(([, delay]) => delay)
      .sort((a, b) => a - b);
    return {
      cards: load.cards,
      rate: load.rate,
      sent: expected,
      missing: expected - delays.length,
      p50: percentile(delays, 50),
      p95: percentile(delays, 95),
      longFrames: probe.longFrames,
    };
  } finally {
    for (const editor of editors) editor.provider.destroy();
    await page.close();
  }
}
