import type { CreatedSpaceView } from "@atelier/shared";
import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { WatchedPage } from "../support/browser.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import {
  facilitatorPlanUrl,
  ficheLink,
  goToView,
  openPlan,
  promoteCluster,
  seedAgreedCluster,
} from "../support/plan-ui.ts";
import { saveScreenshot } from "../support/screenshots.ts";

useServerAndBrowser();

const FICHE = "Accueil du jeune enfant en horaires atypiques";
/** Longer than the two lines a chart gives a bar's name. */
const AXIS = "Accès aux droits, à l'information et à l'accompagnement social des familles";

/** A facilitator on a promoted fiche, at a laptop's size (the design review's), once its space has an axis. */
async function planWithAxis(): Promise<WatchedPage & { space: CreatedSpaceView }> {
  const space = await server.createSpace();
  const seeded = await seedAgreedCluster(server, space, {
    name: "Horaires atypiques",
    cards: ["Garde avant 7 h et après 19 h", "30 % des parents travaillent en horaires décalés"],
  });
  await promoteCluster(server, space, seeded, FICHE);
  const watched = await browser.newPage({ width: 1366, height: 768 });
  await openPlan(watched.page, facilitatorPlanUrl(server, space), "Claire (Caf)");
  await watched.page.getByLabel("Titre de l'axe", { exact: true }).fill(AXIS);
  await watched.page.keyboard.press("Enter");
  await watched.page.getByRole("heading", { level: 3, name: `Axe 1 ${AXIS}` }).waitFor();
  return { ...watched, space };
}

/** The distinct tops, to the pixel, of a row's labels and of its controls (with its button): one each when aligned. */
async function rowLines(row: Locator): Promise<{ labels: number[]; controls: number[] }> {
  const tops = (selector: string) =>
    row
      .locator(selector)
      .evaluateAll((elements) => [
        ...new Set(elements.map((element) => Math.round(element.getBoundingClientRect().top))),
      ]);
  return {
    labels: await tops(":scope > .field > .field__label"),
    controls: await tops(":scope > .field > .input, :scope > .button"),
  };
}

async function expectAligned(row: Locator): Promise<void> {
  const lines = await rowLines(row);
  expect(lines.labels, "labels").toHaveLength(1);
  expect(lines.controls, "controls").toHaveLength(1);
}

/** Whether a table's box draws its shadow on that edge. */
function shadowOn(figure: Locator, edge: "before" | "after"): Promise<boolean> {
  return figure
    .locator(".plan-table-scroll")
    .evaluate((box, pseudo) => getComputedStyle(box, pseudo).content !== "none", `::${edge}`);
}

const shadows = (figure: Locator) => Promise.all([shadowOn(figure, "before"), shadowOn(figure, "after")]);

describe("the action plan's layout", () => {
  it("lines up the controls of a row of fields, whatever hints and errors they carry, and its buttons", async () => {
    const { page, errors } = await planWithAxis();
    const height = (name: string) =>
      page.getByRole("button", { name }).evaluate((element) => Math.round(element.getBoundingClientRect().height));
    const [objective, fiche] = await Promise.all([
      height("Ajouter l'objectif"),
      height(`Nouvelle fiche action dans l'axe « ${AXIS} »`),
    ]);
    expect(fiche).toEqual(objective);

    // Inside one of its fiches, the plan's tab stays current, and looks it.
    const planTab = page
      .getByRole("navigation", { name: "Rubriques du plan d'actions" })
      .getByRole("link", { name: "Axes et fiches actions" });
    const currentLook = () =>
      planTab.evaluate((tab) => {
        const style = getComputedStyle(tab);
        return [tab.getAttribute("aria-current"), style.color, style.borderBottomColor];
      });
    const onThePlan = await currentLook();
    expect(onThePlan[0]).toBe("page");
    await ficheLink(page, FICHE).click();
    await page.getByRole("heading", { level: 2, name: FICHE }).waitFor();
    expect(await currentLook()).toEqual(onThePlan);

    const indicator = page.getByRole("form", { name: "Ajouter un indicateur" });
    await expectAligned(indicator);
    // An empty label is refused under its field: the other fields stay level with it.
    await indicator.getByRole("button", { name: "Ajouter l'indicateur" }).click();
    await indicator.locator(".field__error").waitFor();
    await expectAligned(indicator);
    const budget = page.getByRole("form", { name: "Ajouter une ligne de budget" });
    await expectAligned(budget);
    // Its nature shows whole ("Fonctionnement"): the select is as wide as it would make itself.
    const nature = budget.getByRole("combobox", { name: "Nature", exact: true });
    expect(await nature.inputValue()).toBe("fonctionnement");
    const [width, ownWidth] = await nature.evaluate((select) => {
      const given = select.getBoundingClientRect().width;
      select.style.width = "max-content";
      const own = select.getBoundingClientRect().width;
      select.style.width = "";
      return [given, own];
    });
    expect(width).toBeGreaterThanOrEqual(ownWidth);

    await goToView(page, "COPIL et versions");
    for (const form of ["Consigner un comité", "Figer la version validée en COPIL"]) {
      for (const row of await page.getByRole("form", { name: form }).locator(".plan-fields-row").all()) {
        await expectAligned(row);
      }
    }
    expect(errors).toEqual([]);
  });

  it("fits the dashboard's tables to a laptop's cards, shows where one must scroll, and names every bar", async () => {
    const { page, errors } = await planWithAxis();
    await page
      .getByRole("region", { name: "Fiches à rattacher à un axe" })
      .getByLabel(`Rattacher à l'axe la fiche « ${FICHE} »`)
      .selectOption({ label: AXIS });
    await goToView(page, "Évaluation et tableau de bord");
    for (const summary of await page.locator("details.chart__data > summary").all()) await summary.click();

    const byAxis = page.getByRole("figure", { name: "Fiches par axe et par statut" });
    expect(await byAxis.locator("svg title").textContent()).toBe(`Axe 1 · ${AXIS}`);
    expect(await page.locator(".chart").getByRole("region").count()).toBe(0);
    expect(await shadows(byAxis)).toEqual([false, false]);

    // Narrower cards, still two a row: the table scrolls, a region the keyboard reaches, shadowed where it goes on.
    await page.setViewportSize({ width: 1152, height: 768 });
    const scrolled = byAxis.getByRole("region", { name: "Fiches par axe et par statut" });
    await scrolled.waitFor();
    expect(await scrolled.getAttribute("tabindex")).toBe("0");
    expect(await shadows(byAxis)).toEqual([false, true]);
    await saveScreenshot(page, "action-plan-dashboard-scrolling-1152x768");
    await scrolled.focus();
    for (let step = 0; step < 10; step++) await page.keyboard.press("ArrowRight");
    await expect.poll(() => shadows(byAxis)).toEqual([true, false]);
    expect(errors).toEqual([]);
  });
});
