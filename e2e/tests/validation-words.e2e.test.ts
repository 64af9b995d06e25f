import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { LANGUAGE_STORAGE_KEY } from "../../client/src/i18n/language.ts";
import type { WatchedPage } from "../support/browser.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import { saveScreenshotOf } from "../support/participation-ui.ts";
import { facilitatorPlanUrl, promoteCluster, seedAgreedCluster } from "../support/plan-ui.ts";

useServerAndBrowser();

/**
 * A facilitator's browser that chose English before opening the page: the shared schemas' refusals must read in
 * English too.
 */
async function inEnglish(url: string): Promise<WatchedPage> {
  const watched = await browser.newPage();
  await watched.page.addInitScript((key) => {
    window.localStorage.setItem(key, "en");
    window.localStorage.setItem("atelier:name", "Claire (Caf)");
  }, LANGUAGE_STORAGE_KEY);
  await watched.page.goto(url);
  await watched.page.waitForFunction(() => document.documentElement.lang === "en");
  return watched;
}

async function refusedWith(page: Page | Locator, english: string, french: string): Promise<void> {
  await page.getByText(english, { exact: true }).waitFor();
  expect(await page.getByText(french).count()).toBe(0);
}

describe("the shared schemas' refusals in the English interface", () => {
  it("word a theme's empty or too long name in English", async () => {
    const space = await server.createSpace();
    const { page, errors } = await inEnglish(`${server.url}/espaces/${space.id}#acces=${space.facilitatorSecret}`);
    const form = page.getByRole("form", { name: "Add a theme" });
    await form.getByRole("button", { name: "Add the theme" }).click();
    await refusedWith(page, "The theme's name is required.", "Le nom du thème est obligatoire.");

    await form.getByLabel("Theme", { exact: true }).fill("x".repeat(81));
    await form.getByRole("button", { name: "Add the theme" }).click();
    await refusedWith(page, "The theme's name is longer than 80 characters.", "Le nom du thème dépasse");
    expect(errors).toEqual([]);
  });

  it("word a cluster's name too long in English", async () => {
    const space = await server.createSpace();
    const seeded = await seedAgreedCluster(server, space, { name: "Horaires atypiques", cards: ["Garde", "Horaires"] });
    const { page, errors } = await inEnglish(
      `${server.url}/espaces/${space.id}/tableaux/${seeded.boardId}#acces=${space.facilitatorSecret}`,
    );
    await page.getByRole("button", { name: "Edit the cluster “Horaires atypiques”" }).click();
    const form = page.getByRole("form", { name: "Edit the cluster “Horaires atypiques”" });
    await form.getByLabel("Cluster name").fill("x".repeat(81));
    await form.getByRole("button", { name: "Save" }).click();
    await refusedWith(form, "The cluster's name is longer than 80 characters.", "Le nom du regroupement dépasse");
    expect(errors).toEqual([]);
  });

  it("word a budget line's amount that is not a number in English", async () => {
    const space = await server.createSpace();
    const seeded = await seedAgreedCluster(server, space, { name: "Horaires atypiques", cards: ["Garde", "Horaires"] });
    const ficheId = await promoteCluster(server, space, seeded, "Accueil en horaires atypiques");
    const { page, errors } = await inEnglish(facilitatorPlanUrl(server, space, ficheId));
    await page.getByRole("status").filter({ hasText: "Connected" }).waitFor();
    const budget = page.getByRole("form", { name: "Add a budget line" });
    await budget.getByLabel("Funder").selectOption({ label: "Caf" });
    // Text that is not a number is refused by the field itself, which says how English writes one.
    await budget.getByLabel("Amount (€)").fill("twelve thousand");
    await budget.getByRole("button", { name: "Add the line" }).click();
    await refusedWith(
      budget,
      "Write a number such as 125,000 or 1,234.5: a comma between thousands, a point before the decimals.",
      "Écrivez un nombre",
    );
    await budget.getByLabel("Amount (€)").fill("");
    await budget.getByRole("button", { name: "Add the line" }).click();
    await refusedWith(budget, "The amount must be a number of euros.", "Le montant doit être un nombre d'euros.");
    await saveScreenshotOf(budget, "validation-words-01-english-amount");
    expect(errors).toEqual([]);
  });
});
