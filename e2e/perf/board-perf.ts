/**
 * `pnpm bench:board [label=client-dist …]`: how the live board holds up in chromium against a real server, for each
 * given build of the client (default: client/dist, as `pnpm build` leaves it). A facilitator's page shows a board of
 * 500 cards while simulated participants rename cards 50 times a second: from an edit sent to its text in the page,
 * p50 / p95, and the animation frames over 50 ms. Then a 2,000-card board opened afresh: when its first card and
 * all its cards are in the page, and again when it is opened once more in the same page (its code cached). Prints
 * figures (the goals: p95 under 100 ms, the board under 500 ms), never pass/fail.
 *   BOARD_PERF_SECONDS=20  BOARD_PERF_CARDS=500  BOARD_PERF_RATE=50  BOARD_PERF_LARGE=2000  BOARD_PERF_RUNS=3
 *   BOARD_PERF_ONLY=live|open: one of the two parts alone.
 */
import { resolve } from "node:path";
import { freshDataDir, startTestServer } from "@atelier/server/testing";
import { launchBrowser } from "../support/browser.ts";
import { type FirstPaintResult, firstPaint } from "./board-first-paint.ts";
import { type LiveEditsResult, liveEdits } from "./board-live-edits.ts";

const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const load = {
  cards: setting("BOARD_PERF_CARDS", 500),
  rate: setting("BOARD_PERF_RATE", 50),
  seconds: setting("BOARD_PERF_SECONDS", 20),
  editors: 5,
};
const largeCards = setting("BOARD_PERF_LARGE", 2000);
const runs = setting("BOARD_PERF_RUNS", 3);
const only = process.env.BOARD_PERF_ONLY;
if (only !== undefined && only !== "live" && only !== "open") throw new Error("BOARD_PERF_ONLY is live or open");

const builds = process.argv.slice(2).filter((arg) => arg !== "--");
const clients = (builds.length > 0 ? builds : ["client/dist"]).map((arg) => {
  const [label, dir] = arg.includes("=") ? arg.split("=", 2) : [arg, arg];
  return { label: label as string, dir: resolve(dir as string) };
});

interface Row {
  label: string;
  live: LiveEditsResult | null;
  large: FirstPaintResult | null;
}

async function measure(label: string, dir: string): Promise<Row> {
  const server = await startTestServer(freshDataDir(), { CLIENT_DIST: dir });
  const browser = await launchBrowser();
  try {
    let live: LiveEditsResult | null = null;
    if (only !== "open") {
      process.stderr.write(`${label}: ${load.cards} cards, ${load.rate} edits/s for ${load.seconds} s…\n`);
      live = await liveEdits(server, browser, load);
      process.stderr.write(`${label}: ${JSON.stringify(live)}\n`);
    }
    let large: FirstPaintResult | null = null;
    if (only !== "live") {
      process.stderr.write(`${label}: opening a ${largeCards}-card board ${runs} times…\n`);
      large = await firstPaint(server, browser, largeCards, runs);
      process.stderr.write(`${label}: ${JSON.stringify(large)}\n`);
    }
    return { label, live, large };
  } finally {
    await browser.close();
    await server.close();
  }
}

const ms = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? "–" : `${Math.round(value)} ms`;
const count = (value: number | undefined) => (value === undefined ? "–" : `${value}`);

const rows: Row[] = [];
for (const { label, dir } of clients) rows.push(await measure(label, dir));

console.log(
  `\n| client | ${load.cards} cards, ${load.rate} edits/s: edit → DOM p50 / p95 | not shown after 15 s | frames over 50 ms in ${load.seconds} s | ${largeCards} cards: first card / all cards in the page | the same, opened again | DOM elements |`,
);
console.log("|---|---|---|---|---|---|---|");
for (const { label, live, large } of rows) {
  console.log(
    `| ${label} | ${ms(live?.p50)} / ${ms(live?.p95)} | ${count(live?.missing)} of ${count(live?.sent)} | ${count(live?.longFrames)} | ${ms(large?.firstCardMs)} / ${ms(large?.allCardsMs)} | ${ms(large?.reopenedFirstCardMs)} / ${ms(large?.reopenedAllCardsMs)} | ${count(large?.elements)} |`,
  );
}
