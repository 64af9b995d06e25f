import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import {
  facilitatorPlanUrl,
  goToView,
  openPlan,
  promoteCluster,
  recordCopil,
  seedAgreedCluster,
} from "../support/plan-ui.ts";
import { saveScreenshot } from "../support/screenshots.ts";

useServerAndBrowser();

const FICHE = "Relais petite enfance itinérant";

describe("the fields of a Caf fiche", () => {
  it("a facilitator says the type of action, the communes and a milestone, and the print view shows them", async () => {
    const space = await server.createSpace();
    const territory = await server.request("PATCH", `/api/spaces/${space.id}`, {
      token: space.facilitatorSecret,
      body: {
        territory: {
          epci: null,
          communes: [
            { insee: "66149", name: "Prades" },
            { insee: "66223", name: "Vernet-les-Bains" },
          ],
        },
      },
    });
    expect(territory.status).toBe(200);
    const seeded = await seedAgreedCluster(server, space, {
      name: "Relais",
      cards: ["Assistantes maternelles isolées", "Peu de places en accueil collectif"],
    });
    const ficheId = await promoteCluster(server, space, seeded, FICHE);
    const { page, errors } = await browser.newPage({ width: 390, height: 844 });
    await openPlan(page, facilitatorPlanUrl(server, space, ficheId), "Claire (Caf)");
    await page.getByRole("heading", { level: 2, name: FICHE }).waitFor();

    await page.getByLabel("Type d'action", { exact: true }).selectOption({ label: "Montée en qualité" });
    await page.getByRole("group", { name: "Communes concernées" }).getByRole("checkbox", { name: "Prades" }).check();
    await page.getByLabel("Moyens humains (ETP)", { exact: true }).fill("1,5");
    await page.getByLabel("Date du nouveau jalon", { exact: true }).fill("2024-03-15");
    await page.getByLabel("Libellé du nouveau jalon", { exact: true }).fill("Ouverture du relais");
    await page.getByRole("button", { name: "Ajouter le jalon" }).click();
    await page.getByLabel("Libellé du jalon 1", { exact: true }).waitFor();
    // A refused value is said under its field and never written.
    await page.getByLabel("Moyens humains (ETP)", { exact: true }).fill("1,255");
    await page.getByText("Les ETP s'écrivent avec au plus 2 décimales.").waitFor();
    await page.getByLabel("Moyens humains (ETP)", { exact: true }).fill("1,5");
    await page.getByRole("checkbox", { name: "CRTE" }).check();
    await page.getByLabel("Ce qui est mesuré", { exact: true }).fill("Nombre d'assistantes maternelles accompagnées");
    expect(await seriousAccessibilityViolations(page), "the fiche's editor").toEqual([]);
    await saveScreenshot(page, "fiche-fields-editor-phone");

    await goToView(page, "Vue imprimable");
    await saveScreenshot(page, "fiche-fields-print-phone");
    const sheet = page.getByRole("article", { name: FICHE });
    const facts = await sheet
      .locator(".fiche-sheet__facts > div")
      .evaluateAll((rows) =>
        Object.fromEntries(
          rows.map((row) => [row.querySelector("dt")?.textContent, row.querySelector("dd")?.textContent]),
        ),
      );
    expect(facts).toMatchObject({
      "Type d'action": "Montée en qualité",
      "Communes concernées": "Prades",
      "Moyens humains (ETP)": "1,5",
      // The French interface keeps the colon on the date's line, as its other texts do.
      Jalons: "15 mars 2024\u00a0: Ouverture du relais",
      "Contrats et politiques liés": "CRTE",
      "Ce qui est mesuré": "Nombre d'assistantes maternelles accompagnées",
      "Date de début": "—",
    });

    // Frozen before the change, the version compares with the plan: the new field named and worded.
    await recordCopil(server, space, "Plan validé");
    await page.goto(facilitatorPlanUrl(server, space, ficheId));
    await page.getByLabel("Type d'action", { exact: true }).selectOption({ label: "Création" });
    await goToView(page, "COPIL et versions");
    await page.getByRole("button", { name: "Comparer" }).click();
    const changes = await page
      .locator(".plan-comparison tbody tr")
      .evaluateAll((rows) => rows.map((row) => Array.from(row.children, (cell) => cell.textContent)));
    expect(changes).toEqual([["Type d'action", "Montée en qualité", "Création"]]);
    expect(errors).toEqual([]);
  });
});
