import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";

const ARTIFACTS = resolve(import.meta.dirname, "../artifacts");

/** Keeps what the page looked like at a step of the journey, in e2e/artifacts (not versioned). */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
