import { describe, expect, it } from "vitest";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";

useServerAndBrowser();

describe("a page whose code cannot be fetched", () => {
  it("says so and offers to reload, instead of a blank screen", async () => {
    const { page, errors } = await browser.newPage({ width: 390, height: 844 });
    // The public page's own chunk is gone, as after a deployment while the tab was open.
    await page.route(/\/assets\/public-page-[^/]*\.js$/, (route) => route.abort());
    await page.goto(`${server.url}/retenu/une-page`);
    const alert = page.getByRole("alert").filter({ hasText: "La page n'a pas pu s'ouvrir" });
    await alert.waitFor();
    await alert.getByRole("button", { name: "Recharger la page" }).waitFor();

    // Elsewhere, the app works as before.
    await page.getByRole("link", { name: "Atelier CTG, accueil" }).click();
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    expect(await page.getByRole("alert").count()).toBe(0);
    expect(errors.filter((error) => !/public-page|Failed to fetch|dynamically imported|net::ERR/.test(error))).toEqual(
      [],
    );
  });
});
