import type { CreatedSpaceView } from "@atelier/shared";
import type { Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { en } from "../../client/src/i18n/en.ts";
import { fr } from "../../client/src/i18n/fr.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import { saveScreenshot } from "../support/screenshots.ts";

/** The design review's laptop. */
const LAPTOP = { width: 1366, height: 768 };
const LANGUAGES = [
  { language: "fr", words: fr, connected: "Connecté" },
  { language: "en", words: en, connected: "Connected" },
] as const;

useServerAndBrowser();

/** The demo space fills every screen: a plan with six views, a bilan with indicators, a board with a promoted card. */
let demo: CreatedSpaceView;

beforeAll(async () => {
  demo = (await (await server.request("POST", "/api/demo")).json()) as CreatedSpaceView;
});

/** The facilitator's laptop, in one language (English words are shorter, French ones longer). */
async function facilitator(language: "fr" | "en"): Promise<{ page: Page; errors: string[] }> {
  const watched = await browser.newPage(LAPTOP);
  await watched.page.addInitScript(
    ({ lang, name }) => {
      window.localStorage.setItem("atelier:langue", lang);
      window.localStorage.setItem("atelier:name", name);
    },
    { lang: language, name: "Claire (Caf)" },
  );
  await watched.page.goto(`${server.url}/espaces/${demo.id}#acces=${demo.facilitatorSecret}`);
  await watched.page.getByRole("heading", { level: 1, name: demo.name }).waitFor();
  return watched;
}

const box = async (locator: Locator) => {
  const found = await locator.boundingBox();
  if (!found) throw new Error("not visible");
  return { top: Math.round(found.y), bottom: Math.round(found.y + found.height), width: found.width };
};

describe.each(LANGUAGES)("on a 1366 px laptop, in $language", ({ language, words, connected }) => {
  it("keeps the plan's six views on one line, and the year of the questionnaire labelled and narrow", async () => {
    const { page, errors } = await facilitator(language);
    await page.goto(`${server.url}/espaces/${demo.id}/plan?vue=gouvernance`);
    await page.getByRole("status").filter({ hasText: connected }).waitFor();
    const tabs = page.getByRole("navigation", { name: words.plan.navLabel }).getByRole("link");
    expect(await tabs.count()).toBe(6);
    const tops = new Set(await Promise.all((await tabs.all()).map(async (tab) => (await box(tab)).top)));
    expect(tops.size).toBe(1);

    const year = page.getByRole("combobox", { name: words.satisfaction.yearLabel });
    await year.waitFor();
    const label = page.getByText(words.satisfaction.yearLabel, { exact: true });
    expect((await box(label)).width).toBeGreaterThan(50);
    // As wide as its label, not as the page: a year, not a paragraph.
    expect((await box(year)).width).toBeLessThan(LAPTOP.width / 3);
    await year.scrollIntoViewIfNeeded();
    await saveScreenshot(page, `laptop-layout-${language}-00-governance`);
    expect(errors).toEqual([]);
  });

  it("lines up the bilan's Link button with its list", async () => {
    const { page, errors } = await facilitator(language);
    await page.goto(`${server.url}/espaces/${demo.id}/plan?vue=bilan`);
    const form = page.locator(".bilan-link").first();
    await form.waitFor();
    const [list, button] = await Promise.all([
      box(form.getByRole("combobox", { name: words.bilan.territorialIndicator })),
      box(form.getByRole("button", { name: words.bilan.link, exact: true })),
    ]);
    expect([button.top, button.bottom]).toEqual([list.top, list.bottom]);
    expect(errors).toEqual([]);
  });

  it("keeps a promoted card's buttons on its first line, its status under it, and dates it in the demo's story", async () => {
    const { page, errors } = await facilitator(language);
    const board = demo.boards.find((candidate) => candidate.theme === "Petite enfance");
    await page.goto(`${server.url}/espaces/${demo.id}/tableaux/${board?.id}`);
    await page.getByRole("status").filter({ hasText: connected }).waitFor();
    const card = page.getByRole("article", { name: "Une place en crèche plus près d'Olette" });
    const status = card.getByText(words.surface.statuses.promoted, { exact: true });
    const [handle, kind, actions, badge] = await Promise.all([
      box(card.getByRole("button", { name: /^(Déplacer|Move) / })),
      box(card.locator(".card__kind")),
      box(card.getByRole("button", { name: /^(Actions sur la carte|Actions for the card)/ })),
      box(status),
    ]);
    // One first line: the handle, the kind and the card's buttons; the status under it.
    expect(Math.abs(actions.top - handle.top)).toBeLessThanOrEqual(2);
    expect(kind.bottom).toBeLessThanOrEqual(handle.bottom + 2);
    expect(badge.top).toBeGreaterThanOrEqual(handle.bottom);
    const overflowing = await page
      .locator(".surface .card")
      .evaluateAll((cards) => cards.filter((one) => one.scrollWidth > one.clientWidth + 1).length);
    expect(overflowing).toBe(0);
    // Written by a habitant in October 2021, not on the day the demo was opened.
    expect(await card.locator(".card__meta").textContent()).toMatch(/2021/);
    await saveScreenshot(page, `laptop-layout-${language}-01-board`);
    expect(errors).toEqual([]);
  });
});
