/**
 * `pnpm bench:phone [client-dist …]`: how long a habitant's phone on a slow network takes to use the join page and
 * the participation page, from a cold cache, against a real server serving each given build of the client (default
 * client/dist; give an older build first to compare). Chromium emulates a slow 3G network (400 ms latency, 400 kbit/s
 * down and up) and a CPU four times slower. Prints the median time until the page can be used, as this script sees it
 * and as the page itself shows it, and the bytes it downloaded; the goal is under 3 s. A measurement, not a pass/fail
 * test.
 *   PHONE_ROUNDS=3
 *   PHONE_WATERFALL=1 also prints, for each visit, when each request started and ended and what it weighed.
 */
import { resolve } from "node:path";
import { freshDataDir, startTestServer, type TestServer } from "@atelier/server/testing";
import type { CreatedSpaceView } from "@atelier/shared";
import type { CDPSession, Page } from "playwright-core";
import { percentile } from "../../server/bench/percentiles.ts";
import { launchBrowser, type TestBrowser } from "../support/browser.ts";

const PHONE = { width: 390, height: 844 };
/** Slow 3G as Chrome's DevTools define it, rounded: latency in ms, throughput in bytes per second. */
const SLOW_3G = { offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 };
const CPU_SLOWDOWN = 4;
const GOAL_MS = 3_000;
const ROUNDS = Number(process.env.PHONE_ROUNDS ?? 3);
const USABLE_TIMEOUT_MS = 60_000;
const WATERFALL = process.env.PHONE_WATERFALL === "1";

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface Load {
  /** From the request for the page until this script saw it usable, through the browser's protocol. */
  ms: number;
  /** From the navigation's start until the page itself showed it usable, as seen from within the page. */
  shownMs: number;
  /** Bytes received per resource type (Script, Stylesheet, Document, Fetch…), headers included, as compressed. */
  bytes: Record<string, number>;
}

/** Emulates the phone's network and CPU on a page, and counts what it downloads from now on. */
async function slowPhone(page: Page) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", SLOW_3G);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  const types = new Map<string, string>();
  const started = new Map<string, { url: string; at: number }>();
  let bytes: Record<string, number> = {};
  let waterfall: string[] = [];
  let origin = 0;
  cdp.on("Network.requestWillBeSent", (event) => {
    if (origin === 0) origin = event.timestamp;
    started.set(event.requestId, { url: event.request.url, at: event.timestamp });
  });
  cdp.on("Network.responseReceived", (event) => types.set(event.requestId, event.type));
  cdp.on("Network.loadingFinished", (event) => {
    const type = types.get(event.requestId) ?? "Other";
    bytes[type] = (bytes[type] ?? 0) + event.encodedDataLength;
    const request = started.get(event.requestId);
    if (WATERFALL && request) {
      const from = ((request.at - origin) * 1000).toFixed(0).padStart(5);
      const to = ((event.timestamp - origin) * 1000).toFixed(0).padStart(5);
      waterfall.push(
        `${from} → ${to} ms  ${kb(event.encodedDataLength).padStart(9)}  ${new URL(request.url).pathname}`,
      );
    }
  });
  return {
    /** Empties the HTTP cache (not the page's storage: the habitant stays joined), and the counts. */
    async coldCache() {
      await cdp.send("Network.clearBrowserCache");
      bytes = {};
      waterfall = [];
      origin = 0;
    },
    counted: () => bytes,
    /** Prints the requests finished since the cache was emptied (or the page opened), under a title. */
    printWaterfall(title: string, usableMs: number) {
      if (!WATERFALL) return;
      process.stderr.write(`${title}, usable after ${usableMs.toFixed(0)} ms:\n${waterfall.join("\n")}\n`);
    },
  };
}

/** How long `visit` takes to open a page until it can be used, and what the phone downloaded meanwhile. */
async function timed(page: Page, counted: () => Record<string, number>, visit: () => Promise<void>): Promise<Load> {
  const started = performance.now();
  await visit();
  const ms = performance.now() - started;
  const shownMs = await page.evaluate(() => (window as UsableWindow).atelierUsableAt ?? Number.NaN);
  return { ms, shownMs, bytes: { ...counted() } };
}

type UsableWindow = Window & { atelierUsableAt?: number };

/**
 * Notes, from within each page the phone opens, when it first shows what the checks below wait for: the slowed
 * CPU also slows this script's checks, which reach the page through the browser's protocol, so both are printed.
 */
async function noteWhenUsable(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const any = (selector: string, test: (text: string) => boolean) =>
      Array.from(document.querySelectorAll(selector)).some((element) => test(element.textContent?.trim() ?? ""));
    const shown = () =>
      location.pathname.startsWith("/rejoindre")
        ? any("p", (text) => text.startsWith("Vous rejoignez")) && any("button", (text) => text === "Rejoindre")
        : any("label", (text) => text.startsWith("Votre idée, en une phrase"));
    new MutationObserver((_, observer) => {
      if (!shown()) return;
      (window as UsableWindow).atelierUsableAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
}

/** A habitant's invitation link to the space's first board, as the QR code shown in the meeting carries it. */
async function habitantLink(server: TestServer, space: CreatedSpaceView): Promise<string> {
  const response = await server.request("POST", `/api/spaces/${space.id}/invitations`, {
    token: space.facilitatorSecret,
    body: { role: "habitant", label: "Réunion publique", boardIds: [space.boards[0]?.id] },
  });
  if (response.status !== 201) throw new Error(`invitation not created: ${response.status} ${await response.text()}`);
  const { token } = (await response.json()) as { token: string };
  return `${server.url}/rejoindre#invitation=${token}`;
}

/** The join page is usable when it names where the link leads and its button can be pressed. */
async function joinFormUsable(page: Page) {
  await page.getByText(/^Vous rejoignez/).waitFor({ timeout: USABLE_TIMEOUT_MS });
  await page.getByRole("button", { name: "Rejoindre" }).waitFor({ timeout: USABLE_TIMEOUT_MS });
}

/** The participation page is usable when the idea form shows: it waits for the board to be synced. */
async function contributionFormUsable(page: Page) {
  const form = page.getByRole("form", { name: "Proposer une idée" });
  await form.getByRole("textbox", { name: "Votre idée, en une phrase" }).waitFor({ timeout: USABLE_TIMEOUT_MS });
}

/** One habitant: opens the link on a new phone (cold cache), joins, then comes back to the board with a cold cache. */
async function habitantRound(browser: TestBrowser, link: string): Promise<{ join: Load; participation: Load }> {
  const { page } = await browser.newPage(PHONE);
  const phone = await slowPhone(page);
  await noteWhenUsable(page);
  const join = await timed(page, phone.counted, async () => {
    await page.goto(link);
    await joinFormUsable(page);
  });
  phone.printWaterfall("join", join.ms);
  await page.getByRole("textbox", { name: /^Votre pseudonyme/ }).fill("Lina");
  await page.getByRole("button", { name: "Rejoindre" }).click();
  await contributionFormUsable(page);
  // The habitant comes back later: the live board has come meanwhile, and its downloads no longer share the network.
  await page.getByText("Synchronisation des cartes…").waitFor({ state: "detached", timeout: USABLE_TIMEOUT_MS });
  const participationUrl = page.url();
  await phone.coldCache();
  const participation = await timed(page, phone.counted, async () => {
    await page.goto(participationUrl);
    await contributionFormUsable(page);
  });
  phone.printWaterfall("participation", participation.ms);
  await page.context().close();
  return { join, participation };
}

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

function row(build: string, page: string, loads: Load[]): string {
  const bytes = (type: string) => median(loads.map((load) => load.bytes[type] ?? 0));
  const all = median(loads.map((load) => Object.values(load.bytes).reduce((sum, n) => sum + n, 0)));
  const seconds = (pick: (load: Load) => number) => {
    const ms = median(loads.map(pick));
    return `${(ms / 1000).toFixed(2)} s (${ms < GOAL_MS ? "under 3 s" : "over 3 s"})`;
  };
  return `| ${build} | ${page} | ${seconds((load) => load.ms)} | ${seconds((load) => load.shownMs)} | ${kb(bytes("Script"))} | ${kb(bytes("Stylesheet"))} | ${kb(all)} |`;
}

async function measure(dist: string): Promise<string[]> {
  const server = await startTestServer(freshDataDir(), { CLIENT_DIST: dist });
  const browser = await launchBrowser();
  try {
    const space = await server.createSpace("CdC Conflent-Canigou");
    const rounds = [];
    for (let round = 1; round <= ROUNDS; round++) {
      process.stderr.write(`${dist}: round ${round}/${ROUNDS}\n`);
      rounds.push(await habitantRound(browser, await habitantLink(server, space)));
    }
    return [
      row(
        dist,
        "/rejoindre (join)",
        rounds.map((round) => round.join),
      ),
      row(
        dist,
        "/participer/… (contribute)",
        rounds.map((round) => round.participation),
      ),
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

const builds = process.argv.slice(2).filter((arg) => arg !== "--");
const dists = (builds.length > 0 ? builds : ["client/dist"]).map((dist) => resolve(dist));
const rows = [];
for (const dist of dists) rows.push(...(await measure(dist)));
console.log(
  `Phone on slow 3G (${SLOW_3G.latency} ms, 400 kbit/s), CPU ×${CPU_SLOWDOWN}, cold cache; median of ${ROUNDS} rounds.`,
);
console.log(
  "| build | page | usable after (seen by this script) | shown usable after (in the page) | JS (as sent) | CSS (as sent) | everything (as sent) |",
);
console.log("|---|---|---|---|---|---|---|");
for (const line of rows) console.log(line);
