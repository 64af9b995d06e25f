import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

const LAPTOP = { width: 1366, height: 768 };

export interface TestBrowser {
  /** A page in a context of its own: its own localStorage, as another person's browser would have. */
  newPage(viewport?: { width: number; height: number }): Promise<WatchedPage>;
  close(): Promise<void>;
}

export interface WatchedPage {
  page: Page;
  /** Uncaught exceptions and console errors the page produced so far. */
  errors: string[];
}

/** Debian's chromium (or CHROMIUM_PATH), quiet: no background traffic, no first-run screens. */
export async function launchBrowser(): Promise<TestBrowser> {
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const contexts: BrowserContext[] = [];
  return {
    async newPage(viewport = LAPTOP) {
      const context = await browser.newContext({ viewport, locale: "fr-FR" });
      contexts.push(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(`console: ${message.text()}`);
      });
      return { page, errors };
    },
    async close() {
      for (const context of contexts) await context.close();
      await browser.close();
    },
  };
}
