import type { TestServer } from "@atelier/server/testing";
import type { Page } from "playwright-core";
import type { TestBrowser } from "../support/browser.ts";
import { installLoadProbe } from "./board-page-probes.ts";
import { perfBoard, rememberName } from "./board-perf-seed.ts";

export interface FirstPaintResult {
  cards: number;
  /** Medians over the runs, ms from the navigation. */
  firstCardMs: number;
  allCardsMs: number;
  /** The same, the board opened again in the same browser: its code cached, as a facilitator coming back has it. */
  reopenedFirstCardMs: number;
  reopenedAllCardsMs: number;
  elements: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * Opens a board of `cards` cards in a fresh page `runs` times, noting when its first and then all cards show; then
 * once more in the same page, as a facilitator coming back to it.
 */
export async function firstPaint(
  server: TestServer,
  browser: TestBrowser,
  cards: number,
  runs: number,
): Promise<FirstPaintResult> {
  const board = await perfBoard(server, cards);
  const samples: { first: Probe; reopened: Probe }[] = [];
  for (let run = 0; run < runs; run++) {
    const { page } = await browser.newPage();
    try {
      await rememberName(page);
      await page.addInitScript(installLoadProbe, cards);
      const first = await openedIn(page, board.url);
      await page.goto("about:blank");
      samples.push({ first, reopened: await openedIn(page, board.url) });
    } finally {
      await page.close();
    }
  }
  return {
    cards,
    firstCardMs: median(samples.map(({ first }) => first.firstCardMs)),
    allCardsMs: median(samples.map(({ first }) => first.allCardsMs)),
    reopenedFirstCardMs: median(samples.map(({ reopened }) => reopened.firstCardMs)),
    reopenedAllCardsMs: median(samples.map(({ reopened }) => reopened.allCardsMs)),
    elements: median(samples.map(({ first }) => first.elements)),
  };
}

interface Probe {
  firstCardMs: number;
  allCardsMs: number;
  elements: number;
}

async function openedIn(page: Page, url: string): Promise<Probe> {
  await page.goto(url);
  await page.waitForFunction(() => window.loadProbe?.allCardsMs !== undefined, undefined, { timeout: 120_000 });
  const probe = await page.evaluate(() => window.loadProbe);
  return {
    firstCardMs: probe?.firstCardMs ?? Number.NaN,
    allCardsMs: probe?.allCardsMs ?? Number.NaN,
    elements: probe?.elements ?? Number.NaN,
  };
}
