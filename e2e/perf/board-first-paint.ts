import type { TestServer } from "@atelier/server/testing";
import type { TestBrowser } from "../support/browser.ts";
import { installLoadProbe } from "./board-page-probes.ts";
import { perfBoard, rememberName } from "./board-perf-seed.ts";

export interface FirstPaintResult {
  cards: number;
  /** Medians over the runs, ms from the navigation. */
  firstCardMs: number;
  allCardsMs: number;
  elements: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Opens a board of `cards` cards in a fresh page `runs` times, noting when its first and then all cards show. */
export async function firstPaint(
  server: TestServer,
  browser: TestBrowser,
  cards: number,
  runs: number,
): Promise<FirstPaintResult> {
  const board = await perfBoard(server, cards);
  const samples: { firstCardMs: number; allCardsMs: number; elements: number }[] = [];
  for (let run = 0; run < runs; run++) {
    const { page } = await browser.newPage();
    try {
      await rememberName(page);
      await page.addInitScript(installLoadProbe, cards);
      await page.goto(board.url);
      await page.waitForFunction(() => window.loadProbe?.allCardsMs !== undefined, undefined, { timeout: 120_000 });
      const probe = await page.evaluate(() => window.loadProbe);
      samples.push({
        firstCardMs: probe?.firstCardMs ?? Number.NaN,
        allCardsMs: probe?.allCardsMs ?? Number.NaN,
        elements: probe?.elements ?? Number.NaN,
      });
    } finally {
      await page.close();
    }
  }
  return {
    cards,
    firstCardMs: median(samples.map((sample) => sample.firstCardMs)),
    allCardsMs: median(samples.map((sample) => sample.allCardsMs)),
    elements: median(samples.map((sample) => sample.elements)),
  };
}
