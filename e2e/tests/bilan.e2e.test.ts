import { addAxis, createFiche, setBudgetLine, setIndicator, setIndicatorValue, updateFiche } from "@atelier/shared";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import { writeBoard } from "../support/board-seed.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import { importExampleIndicators } from "../support/indicator-api.ts";
import { chartData, downloadFrom, facilitatorPlanUrl, goToView, openPlan, openPlanAs } from "../support/plan-ui.ts";
import { saveScreenshot } from "../support/screenshots.ts";

useServerAndBrowser();

/** Amounts are grouped with no-break spaces, as French typography wants. */
const normalSpaces = (text: string | null) => (text ?? "").replace(/[\u00a0\u202f]/g, " ");

const FICHE = "Relais petite enfance itinérant";
const TERRITORIAL = "Part de la population couverte par la Caf";

describe("the yearly bilan", () => {
  it("lets a facilitator fill a fiche's bilan of a year, link its indicator to the territory and download it; partners read it", async () => {
    const space = await server.createSpace();
    await writeBoard(server.wsUrl, space.plan.documentName, space.facilitatorSecret, (doc) => {
      addAxis(doc, "axe1", { title: "Accompagner les familles" });
      createFiche(doc, "f1", { title: FICHE, axisId: "axe1", themes: [] }, Date.now());
      setIndicator(doc, "f1", "i1", { label: "Familles accompagnées", kind: "resultat", unit: "familles", target: 40 });
      setIndicatorValue(doc, "f1", "i1", 2022, 45);
      for (const [id, kind, amount] of [
        ["b1", "caf", 12_000],
        ["b2", "epci", 8_000],
      ] as const) {
        const financer = { kind, label: "" };
        setBudgetLine(doc, "f1", id, { financer, nature: "fonctionnement", dispositif: null, year: 2022, amount });
      }
      // A crèche whose start moved to 2023 once its 2022 bilan was written, and a ludothèque starting in 2024.
      createFiche(doc, "f2", { title: "Crèche de Prades", axisId: "axe1", themes: [] }, Date.now());
      updateFiche(doc, "f2", { startDate: "2023-01-02" }, Date.now());
      createFiche(doc, "f3", { title: "Ludothèque itinérante", axisId: "axe1", themes: [] }, Date.now());
      updateFiche(doc, "f3", { startDate: "2024-03-01" }, Date.now());
    });
    const kept = await server.request("PUT", `/api/spaces/${space.id}/bilan/2022/fiches/f2`, {
      token: space.facilitatorSecret,
      body: { progress: "reportee", assessment: "Étude de besoins menée." },
    });
    expect(kept.status).toBe(200);
    await importExampleIndicators(server, space);
    const copil = await server.request("POST", `/api/spaces/${space.id}/meetings`, {
      token: space.facilitatorSecret,
      body: {
        kind: "copil",
        date: "2022-12-08",
        title: "COPIL de bilan 2022",
        decisions: [{ kind: "bilan-annuel", text: "Le bilan 2022 est validé." }],
      },
    });
    expect(copil.status).toBe(201);

    const { page, errors } = await browser.newPage();
    await openPlan(page, facilitatorPlanUrl(server, space), "Claire (Caf)");
    await goToView(page, "Bilan annuel");
    await page.getByLabel("Année du bilan").selectOption("2022");
    await page.getByText("COPIL de bilan 2022").waitFor();

    // The bilan 2022 keeps what was said of the crèche, with a word on its calendar, and leaves out the ludothèque.
    await page
      .getByTestId("bilan-fiche-f2")
      .getByText(
        "Le calendrier de la fiche ne couvre plus 2022 ; ce bilan a été écrit avant le changement de ses dates.",
      )
      .waitFor();
    expect(await page.getByTestId("bilan-fiche-f3").count()).toBe(0);
    expect(
      await page.getByTestId("bilan-fiche-f1").getByText("Le calendrier de la fiche", { exact: false }).count(),
    ).toBe(0);

    const form = page.getByRole("form", { name: FICHE });
    await form.getByLabel("Avancement").selectOption({ label: "En cours" });
    await form.getByLabel("Appréciation").fill("Le relais passe dans six communes.");
    await form.getByLabel("Difficultés rencontrées").fill("Le véhicule est arrivé en juin.");
    await form.getByLabel("Ajustements proposés").fill("Ajouter une permanence à Vinça.");
    const spent = form.getByLabel("Dépenses réalisées en 2022, en euros");
    await form.getByText("Budget prévu au plan pour cette année : 20 000 €", { exact: false }).waitFor();
    // An amount with a third decimal is refused beside the field, and nothing is sent.
    await spent.fill("18 250,755");
    await form.getByRole("button", { name: "Enregistrer le bilan de la fiche" }).click();
    await form.getByText("Le montant compte au plus deux décimales (les centimes).").waitFor();
    expect(await spent.getAttribute("aria-invalid")).toBe("true");
    await spent.fill("18 250,75");
    await form.getByRole("button", { name: "Enregistrer le bilan de la fiche" }).click();
    await form
      .getByRole("status")
      .filter({ hasText: `Bilan de « ${FICHE} » enregistré.` })
      .waitFor();
    // The year's counts follow the saved entry.
    await page.locator(".bilan-kpis > div").filter({ hasText: "En cours" }).getByText("1", { exact: true }).waitFor();
    // So does the year's money: planned by the budget lines, spent as the entry says.
    const budget = page.locator(".plan-view > .bilan-budget");
    await budget.locator("div").filter({ hasText: "Dépenses réalisées" }).getByText("18 250,75 €").waitFor();
    expect(normalSpaces(await budget.textContent())).toBe(
      "Budget prévu20 000 €Dépenses réalisées18 250,75 €Taux de réalisation91 %",
    );

    const fiche = page.getByTestId("bilan-fiche-f1");
    await fiche.getByLabel("Indicateur territorial").selectOption({ label: `${TERRITORIAL} (Général)` });
    await fiche.getByRole("button", { name: "Relier", exact: true }).click();
    await fiche.getByRole("figure", { name: `${TERRITORIAL} (territoire)` }).waitFor();
    expect(await chartData(page, `${TERRITORIAL} (territoire)`)).toEqual([["2019", "42"]]);
    expect(await chartData(page, "Familles accompagnées (fiche action)")).toEqual([["2022", "45"]]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, "bilan-annuel");

    // What was written is the server's, not only this page's: it reads back after a reload.
    await page.reload();
    await goToView(page, "Bilan annuel");
    await page.getByLabel("Année du bilan").selectOption("2022");
    await expect.poll(() => form.getByLabel("Appréciation").inputValue()).toBe("Le relais passe dans six communes.");
    expect(await form.getByLabel("Avancement").inputValue()).toBe("en-cours");
    expect(normalSpaces(await spent.inputValue())).toBe("18 250,75");

    const file = await downloadFrom(page, "Télécharger le bilan annuel (DOCX)");
    expect(file.fileName).toBe("bilan-annuel-ctg-2022.docx");
    // A zip container (Office Open XML); what it says is read back by the server's tests.
    expect(file.bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    await page.getByRole("status").filter({ hasText: "Fichier téléchargé : bilan-annuel-ctg-2022.docx" }).waitFor();
    expect(errors).toEqual([]);

    // A partner reads the year's bilan, with no form to change it.
    const partner = await browser.newPage();
    await openPlanAs(partner.page, server, await server.join(space, "partner", "Samia (Mairie)"));
    await goToView(partner.page, "Bilan annuel");
    await partner.page.getByLabel("Année du bilan").selectOption("2022");
    const read = partner.page.getByTestId("bilan-fiche-f1");
    await read.getByText("Le relais passe dans six communes.").waitFor();
    await read.getByRole("figure", { name: `${TERRITORIAL} (territoire)` }).waitFor();
    expect(normalSpaces(await read.locator(".bilan-budget").textContent())).toBe(
      "Budget prévu20 000 €Dépenses réalisées18 250,75 €Taux de réalisation91 %",
    );
    expect(await read.getByRole("form").count()).toBe(0);
    expect(await read.getByRole("button").count()).toBe(0);
    expect(partner.errors).toEqual([]);
  });

  it("keeps the year the facilitator is working on across a reload and a visit to another view", async () => {
    const space = await server.createSpace();
    const { page, errors } = await browser.newPage();
    await openPlan(page, facilitatorPlanUrl(server, space), "Claire (Caf)");
    await goToView(page, "Bilan annuel");
    const year = page.getByLabel("Année du bilan");
    // The period is 2021–2025: 2023 is not the year the view opens on, however late the test runs.
    expect(await year.inputValue()).toBe("2025");
    await year.selectOption("2023");
    await page.getByText("Aucune réunion de 2023 n'a encore validé le bilan annuel", { exact: false }).waitFor();
    await page.getByText("Aucune fiche action du plan ne court en 2023.").waitFor();
    expect(new URL(page.url()).searchParams.get("annee")).toBe("2023");

    await page.reload();
    await page.getByRole("status").filter({ hasText: "Connecté" }).waitFor();
    expect(await year.inputValue()).toBe("2023");
    await page.getByText("Aucune réunion de 2023 n'a encore validé le bilan annuel", { exact: false }).waitFor();

    // The plan's tabs name no year: coming back through them finds the one left.
    await goToView(page, "Financement");
    await goToView(page, "Bilan annuel");
    expect(await year.inputValue()).toBe("2023");
    expect(errors).toEqual([]);
  });

  it("keeps an unsaved bilan of a fiche while the facilitator visits another view, and asks before leaving it", async () => {
    const space = await server.createSpace();
    await writeBoard(server.wsUrl, space.plan.documentName, space.facilitatorSecret, (doc) => {
      addAxis(doc, "axe1", { title: "Accompagner les familles" });
      createFiche(doc, "f1", { title: FICHE, axisId: "axe1", themes: [] }, Date.now());
    });
    const { page, errors } = await browser.newPage();
    const questions: string[] = [];
    await openPlan(page, facilitatorPlanUrl(server, space), "Claire (Caf)");
    await goToView(page, "Bilan annuel");
    const form = page.getByRole("form", { name: FICHE });
    const unsaved = form.getByText("Brouillon non enregistré, gardé dans cet onglet");
    expect(await unsaved.count()).toBe(0);
    await form.getByLabel("Avancement").selectOption({ label: "En cours" });
    await form.getByLabel("Appréciation").fill("Douze familles rencontrées.");
    await unsaved.waitFor();

    // Leaving asks first; staying keeps the page as it was.
    page.once("dialog", (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await page
      .getByRole("navigation", { name: "Rubriques du plan d'actions" })
      .getByRole("link", { name: "Financement" })
      .click();
    await expect.poll(() => questions.length).toBe(1);
    expect(questions[0]).toContain("Le bilan d'une fiche n'est pas enregistré.");
    expect(new URL(page.url()).searchParams.get("vue")).toBe("bilan");
    expect(await form.getByLabel("Appréciation").inputValue()).toBe("Douze familles rencontrées.");

    // Leaving anyway, then coming back: the draft is there, still marked as not saved.
    page.once("dialog", (dialog) => void dialog.accept());
    await goToView(page, "Financement");
    await goToView(page, "Bilan annuel");
    expect(await form.getByLabel("Appréciation").inputValue()).toBe("Douze familles rencontrées.");
    expect(await form.getByLabel("Avancement").inputValue()).toBe("en-cours");
    await unsaved.waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, "bilan-brouillon");

    // Reloading has the browser ask, and the draft survives it too.
    const asked = new Promise<string>((resolve) =>
      page.once("dialog", (dialog) => {
        resolve(dialog.type());
        void dialog.accept();
      }),
    );
    await page.reload();
    expect(await asked).toBe("beforeunload");
    await page.getByRole("status").filter({ hasText: "Connecté" }).waitFor();
    await expect.poll(() => form.getByLabel("Appréciation").inputValue()).toBe("Douze familles rencontrées.");

    // Once saved, the marker goes and the views open without a question.
    await form.getByRole("button", { name: "Enregistrer le bilan de la fiche" }).click();
    await form
      .getByRole("status")
      .filter({ hasText: `Bilan de « ${FICHE} » enregistré.` })
      .waitFor();
    expect(await unsaved.count()).toBe(0);
    page.on("dialog", (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await goToView(page, "Financement");
    await goToView(page, "Bilan annuel");
    expect(await form.getByLabel("Appréciation").inputValue()).toBe("Douze familles rencontrées.");
    expect(questions).toHaveLength(1);

    // A draft the facilitator no longer wants goes back to what was saved.
    await form.getByLabel("Appréciation").fill("Une phrase de trop.");
    await form.getByRole("button", { name: `Abandonner le brouillon du bilan de « ${FICHE} »` }).click();
    await form.getByRole("button", { name: "Abandonner", exact: true }).click();
    expect(await form.getByLabel("Appréciation").inputValue()).toBe("Douze familles rencontrées.");
    expect(await unsaved.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
