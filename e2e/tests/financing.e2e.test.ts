import type { CreatedSpaceView } from "@atelier/shared";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import { plainSpaces } from "../support/plain-text.ts";
import {
  chartData,
  facilitatorPlanUrl,
  goToView,
  openPlan,
  promoteCluster,
  seedAgreedCluster,
} from "../support/plan-ui.ts";
import { saveScreenshot } from "../support/screenshots.ts";

useServerAndBrowser();

const FICHE = "Une crèche à vocation d'insertion professionnelle";

/** A space with its signatories (the Caf, the EPCI, the commune of Prades) and a fiche promoted from a board. */
async function spaceWithFiche(): Promise<{ space: CreatedSpaceView; ficheId: string }> {
  const space = await server.createSpace();
  const patched = await server.request("PATCH", `/api/spaces/${space.id}`, {
    token: space.facilitatorSecret,
    body: {
      parties: [
        { kind: "caf", name: "Caf des Pyrénées-Orientales" },
        { kind: "epci", name: "CdC Conflent-Canigou" },
        { kind: "commune", name: "Prades" },
      ],
    },
  });
  if (patched.status !== 200) throw new Error(`parties refused: ${patched.status}`);
  const seeded = await seedAgreedCluster(server, space, {
    name: "Horaires atypiques",
    cards: ["Garde avant 7 h et après 19 h", "Parents en horaires décalés"],
  });
  return { space, ficheId: await promoteCluster(server, space, seeded, FICHE) };
}

/** Fills a budget line as someone at the keyboard would: typing into each control, Tab to the next, Enter. */
async function typeLine(
  page: Page,
  keys: { financer: string; nature?: string; dispositif?: string; year: string; amount: string },
) {
  await page.getByRole("form", { name: "Ajouter une ligne de budget" }).getByLabel("Financeur").focus();
  await page.keyboard.type(keys.financer);
  await page.keyboard.press("Tab"); // the name, which a signatory fills
  await page.keyboard.press("Tab");
  if (keys.nature) await page.keyboard.type(keys.nature);
  await page.keyboard.press("Tab");
  // The dispositif is the Caf's alone: for another financer, the disabled select is not a stop.
  if (keys.dispositif) {
    await page.keyboard.type(keys.dispositif);
    await page.keyboard.press("Tab");
  }
  await page.keyboard.type(keys.year);
  await page.keyboard.press("Tab");
  await page.keyboard.type(keys.amount);
  await page.keyboard.press("Enter");
}

describe("financing", () => {
  it("a facilitator adds budget lines with the keyboard and reads the totals against the Caf's baseline", async () => {
    const { space, ficheId } = await spaceWithFiche();
    const { page, errors } = await browser.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await openPlan(page, facilitatorPlanUrl(server, space, ficheId), "Claire (Caf)");

    await typeLine(page, {
      financer: "Caf",
      nature: "Fonc",
      dispositif: "Bonus",
      year: "2023",
      amount: "15 000,50",
    });
    // The EPCI signs: it is picked by its name, and no bare « EPCI » beside it reads as a second one.
    const financers = page.getByRole("form", { name: "Ajouter une ligne de budget" }).getByLabel("Financeur");
    expect(await financers.locator("option").allTextContents()).not.toContain("EPCI");
    await typeLine(page, { financer: "CdC", nature: "Inv", year: "2023", amount: "80000" });
    await typeLine(page, { financer: "Prades", year: "2024", amount: "2 500" });
    await expect
      .poll(async () => plainSpaces(await page.getByTestId("fiche-budget-total").textContent()))
      .toBe("97 500,50 €");
    const lines = page.getByRole("table", { name: `Budget prévisionnel de « ${FICHE} »` });
    expect(
      await lines.getByLabel("Dispositif de la Caf (ligne Caf — Caf des Pyrénées-Orientales, 2023)").inputValue(),
    ).toBe("bonus-territoire-ctg");
    expect(await lines.getByLabel("Nature (ligne EPCI — CdC Conflent-Canigou, 2023)").inputValue()).toBe(
      "investissement",
    );
    expect(await lines.getByLabel("Nom du financeur (ligne Commune — Prades, 2024)").inputValue()).toBe("Prades");
    expect(await seriousAccessibilityViolations(page), "fiche").toEqual([]);

    await page.getByRole("link", { name: "Retour au plan" }).click();
    await goToView(page, "Financement");
    expect(plainSpaces(await page.getByTestId("financing-total").textContent())).toBe("97 500,50 €");
    expect(plainSpaces(await page.getByTestId("financing-caf").textContent())).toBe("15 000,50 €");
    expect(await page.getByTestId("financing-baseline").textContent()).toBe("non renseigné");
    expect(await chartData(page, "Par financeur et par année")).toEqual([
      ["EPCI", "0 €", "0 €", "80 000 €", "0 €", "0 €", "80 000 €"],
      ["Caf", "0 €", "0 €", "15 000,50 €", "0 €", "0 €", "15 000,50 €"],
      ["Commune — Prades", "0 €", "0 €", "0 €", "2 500 €", "0 €", "2 500 €"],
    ]);
    expect(await chartData(page, "Par année et par nature")).toEqual([
      ["2021", "0 €", "0 €", "0 €"],
      ["2022", "0 €", "0 €", "0 €"],
      ["2023", "15 000,50 €", "80 000 €", "95 000,50 €"],
      ["2024", "2 500 €", "0 €", "2 500 €"],
      ["2025", "0 €", "0 €", "0 €"],
    ]);

    // The Caf's existing financing, typed in too: the Caf's chart then starts from it.
    await page.getByLabel("Année de référence", { exact: true }).focus();
    await page.keyboard.type("2019");
    const add = page.getByRole("form", { name: "Ajouter une ligne au financement existant" });
    await add.getByLabel("Ce qui est financé").focus();
    await page.keyboard.type("2 établissements d'accueil du jeune enfant");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.type("442 500");
    await page.keyboard.press("Enter");
    await add.getByLabel("Ce qui est financé").fill("Contrat local d'accompagnement scolaire");
    await add.getByLabel("Dispositif de la Caf").selectOption({ label: "Prestation de service" });
    await add.getByLabel("Montant (€)").fill("9 600");
    await add.getByRole("button", { name: "Ajouter la ligne" }).click();
    await expect
      .poll(async () => plainSpaces(await page.getByTestId("financing-baseline").textContent()))
      .toBe("452 100 €");
    expect(await page.getByText("Financement Caf existant en 2019").count()).toBe(1);
    expect(await chartData(page, "La Caf : existant et plan d'actions, par dispositif")).toEqual([
      ["Existant 2019", "9 600 €", "0 €", "442 500 €", "452 100 €"],
      ["Plan 2021", "0 €", "0 €", "0 €", "0 €"],
      ["Plan 2022", "0 €", "0 €", "0 €", "0 €"],
      ["Plan 2023", "0 €", "15 000,50 €", "0 €", "15 000,50 €"],
      ["Plan 2024", "0 €", "0 €", "0 €", "0 €"],
      ["Plan 2025", "0 €", "0 €", "0 €", "0 €"],
    ]);

    for (const summary of await page.locator("details.chart__data > summary").all()) {
      if (!(await summary.evaluate((element) => (element.parentElement as HTMLDetailsElement).open)))
        await summary.click();
    }
    expect(await seriousAccessibilityViolations(page), "financing view").toEqual([]);
    await saveScreenshot(page, "financing-view-1366");
    expect(errors).toEqual([]);
  });
});
