import type { CreatedSpaceView } from "@atelier/shared";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import { LIVE_TIMEOUT_MS } from "../support/atelier-ui.ts";
import type { WatchedPage } from "../support/browser.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import { plainSpaces } from "../support/plain-text.ts";
import {
  chartData,
  descriptionEditor,
  downloadFrom,
  facilitatorPlanUrl,
  ficheLink,
  goToView,
  openPlan,
  openPlanAs,
  promoteCluster,
  recordCopil,
  seedAgreedCluster,
  unplacedFiches,
} from "../support/plan-ui.ts";
import { moveCaret, typedText } from "../support/rich-text-ui.ts";
import { saveScreenshot } from "../support/screenshots.ts";

useServerAndBrowser();

const FICHE = "Accueil du jeune enfant en horaires atypiques";
const CLUSTER = {
  name: "Horaires atypiques",
  cards: ["Garde avant 7 h et après 19 h", "30 % des parents travaillent en horaires décalés"],
} as const;

/** A space whose workshop agreed on a cluster, promoted into the plan: the fiche lands among the unplaced ones. */
async function spaceWithPromotedFiche(): Promise<{ space: CreatedSpaceView; ficheId: string; theme: string }> {
  const space = await server.createSpace();
  const seeded = await seedAgreedCluster(server, space, { name: CLUSTER.name, cards: [...CLUSTER.cards] });
  const ficheId = await promoteCluster(server, space, seeded, FICHE);
  return { space, ficheId, theme: seeded.theme };
}

async function facilitator(url: string, name: string): Promise<WatchedPage> {
  const watched = await browser.newPage();
  await openPlan(watched.page, url, name);
  return watched;
}

function inputValue(page: Page, label: string): Promise<string> {
  return page.getByLabel(label, { exact: true }).inputValue();
}

describe("the action plan", () => {
  it("shows a promoted cluster live, and two facilitators co-edit its fiche live", async () => {
    const space = await server.createSpace();
    const seeded = await seedAgreedCluster(server, space, { name: CLUSTER.name, cards: [...CLUSTER.cards] });
    const claire = await facilitator(facilitatorPlanUrl(server, space), "Claire (Caf)");
    expect(await claire.page.getByText("Le plan n'a pas encore d'axe").count()).toBe(1);

    const ficheId = await promoteCluster(server, space, seeded, FICHE);
    await ficheLink(unplacedFiches(claire.page), FICHE).waitFor({ timeout: LIVE_TIMEOUT_MS });
    await ficheLink(unplacedFiches(claire.page), FICHE).click();
    await claire.page.getByRole("heading", { level: 2, name: FICHE }).waitFor();
    // Provenance: both cards, linked to their board under its current theme.
    const provenance = claire.page.getByRole("region", { name: "Provenance : cartes des tableaux" });
    expect(await provenance.getByRole("listitem").count()).toBe(2);
    expect(
      await provenance
        .getByRole("link", { name: `tableau « ${seeded.theme} »` })
        .first()
        .getAttribute("href"),
    ).toBe(`/espaces/${space.id}/tableaux/${seeded.boardId}`);

    // The description starts with what the cards said: each card's title, in bold.
    await expect
      .poll(() => descriptionEditor(claire.page).locator("strong").allTextContents(), { timeout: LIVE_TIMEOUT_MS })
      .toEqual([...CLUSTER.cards]);

    const karim = await facilitator(facilitatorPlanUrl(server, space, ficheId), "Karim (Mairie)");
    await karim.page.getByLabel("Pilote", { exact: true }).fill("Caf des Pyrénées-Orientales");
    // As a person would, Karim writes after the text he sees: once the description has reached his editor.
    await expect
      .poll(() => descriptionEditor(karim.page).locator("strong").allTextContents(), { timeout: LIVE_TIMEOUT_MS })
      .toEqual([...CLUSTER.cards]);
    await descriptionEditor(karim.page).click();
    await moveCaret(karim.page, descriptionEditor(karim.page), "Control+End", "end");
    await karim.page.keyboard.press("Enter");
    await karim.page.keyboard.type("Ouvrir douze places en horaires élargis près de la zone d'activité.");

    await expect
      .poll(() => inputValue(claire.page, "Pilote"), { timeout: LIVE_TIMEOUT_MS })
      .toBe("Caf des Pyrénées-Orientales");
    await expect
      .poll(() => typedText(descriptionEditor(claire.page)), { timeout: LIVE_TIMEOUT_MS })
      .toBe(`${CLUSTER.cards.join("")}Ouvrir douze places en horaires élargis près de la zone d'activité.`);
    // Karim's caret is drawn in Claire's editor, under his name.
    await claire.page.locator(".collaboration-carets__label", { hasText: "Karim (Mairie)" }).waitFor({
      timeout: LIVE_TIMEOUT_MS,
    });
    expect([...claire.errors, ...karim.errors]).toEqual([]);
  });

  it("builds axes and objectives from the keyboard, and attaches the promoted fiche", async () => {
    const { space } = await spaceWithPromotedFiche();
    const { page, errors } = await facilitator(facilitatorPlanUrl(server, space), "Claire (Caf)");

    for (const title of ["Accès aux droits", "Accueil du jeune enfant"]) {
      await page.getByLabel("Titre de l'axe", { exact: true }).fill(title);
      await page.keyboard.press("Enter");
    }
    // An empty title is refused next to the field, in French.
    await page.getByLabel("Titre de l'axe", { exact: true }).press("Enter");
    await page.getByText("Le titre de l'axe est obligatoire.").waitFor();

    // Up one place: the focus stays on the moved axis's controls, and the new order is announced.
    await page.getByRole("button", { name: "Monter « Accueil du jeune enfant » d'un cran" }).click();
    await page
      .getByText("« Accueil du jeune enfant » est maintenant en position 1 sur 2.")
      .waitFor({ state: "attached" });
    const axes = page.getByRole("heading", { level: 3 }).filter({ hasText: /^Axe \d/ });
    expect(await axes.allTextContents()).toEqual(["Axe 1 Accueil du jeune enfant", "Axe 2 Accès aux droits"]);
    expect(plainSpaces(await page.evaluate(() => document.activeElement?.getAttribute("aria-label")))).toBe(
      "Descendre « Accueil du jeune enfant » d'un cran",
    );

    await page.getByLabel("Nouvel objectif de l'axe « Accueil du jeune enfant »").fill("Adapter l'offre aux horaires");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 4, name: "Objectif 1.1 Adapter l'offre aux horaires" }).waitFor();

    await unplacedFiches(page)
      .getByLabel(`Rattacher à l'axe la fiche « ${FICHE} »`)
      .selectOption({ label: "Accueil du jeune enfant" });
    await page.getByText(`Fiche « ${FICHE} » rattachée à l'axe « Accueil du jeune enfant ».`).waitFor({
      state: "attached",
    });
    expect(await unplacedFiches(page).count()).toBe(0);

    await ficheLink(page, FICHE).click();
    await page.getByLabel("Objectif", { exact: true }).selectOption({ label: "Adapter l'offre aux horaires" });
    await page.getByRole("link", { name: "Retour au plan" }).click();
    const objective = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /Objectif 1\.1/ }) });
    await ficheLink(objective, FICHE).waitFor();

    // Removing the objective, then the axis, asks first and keeps the fiche: under the axis, then to attach again.
    await page.getByRole("button", { name: "Supprimer l'objectif « Adapter l'offre aux horaires »" }).click();
    await page
      .getByRole("group", {
        name: /^Supprimer l'objectif «\sAdapter l'offre aux horaires\s»\s\? Sa fiche reste sous l'axe/,
      })
      .getByRole("button", { name: "Supprimer", exact: true })
      .click();
    await page.getByText("« Adapter l'offre aux horaires » supprimé du plan.").waitFor({ state: "attached" });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Axes, objectifs et fiches actions");
    expect(await page.getByRole("heading", { level: 4, name: /Objectif 1\.1/ }).count()).toBe(0);
    await ficheLink(page.getByRole("region", { name: "Axe 1 Accueil du jeune enfant" }), FICHE).waitFor();
    await page.getByRole("button", { name: "Supprimer l'axe « Accueil du jeune enfant »" }).click();
    await page.getByRole("button", { name: "Supprimer", exact: true }).click();
    await ficheLink(unplacedFiches(page), FICHE).waitFor();
    const remaining = page.getByRole("heading", { level: 3 }).filter({ hasText: /^Axe \d/ });
    expect(await remaining.allTextContents()).toEqual(["Axe 1 Accès aux droits"]);
    expect(errors).toEqual([]);
  });

  it("adds budget lines and indicator values: the fiche's totals and the dashboard follow, live", async () => {
    const { space, ficheId } = await spaceWithPromotedFiche();
    const claire = await facilitator(facilitatorPlanUrl(server, space, ficheId), "Claire (Caf)");
    const karim = await facilitator(facilitatorPlanUrl(server, space), "Karim (Mairie)");
    await goToView(karim.page, "Évaluation et tableau de bord");
    const page = claire.page;

    const budget = page.getByRole("form", { name: "Ajouter une ligne de budget" });
    // A refused amount says why, next to the field.
    await budget.getByLabel("Financeur").selectOption({ label: "Caf" });
    await budget.getByLabel("Montant (€)").fill("douze mille");
    await budget.getByRole("button", { name: "Ajouter la ligne" }).click();
    await budget.getByText("Écrivez un nombre comme 125 000 ou 1 234,5").waitFor();
    await budget.getByLabel("Montant (€)").fill("12 500");
    await budget.getByLabel("Année").selectOption("2023");
    await budget.getByRole("button", { name: "Ajouter la ligne" }).click();
    await budget.getByLabel("Financeur").selectOption({ label: "Commune" });
    await budget.getByLabel("Montant (€)").fill("7500");
    await budget.getByLabel("Année").selectOption("2024");
    await budget.getByRole("button", { name: "Ajouter la ligne" }).click();
    await expect
      .poll(async () => plainSpaces(await page.getByTestId("fiche-budget-total").textContent()))
      .toBe("20 000 €");

    const indicator = page.getByRole("form", { name: "Ajouter un indicateur" });
    await indicator.getByLabel("Libellé").fill("Places d'accueil créées");
    await indicator.getByLabel("Unité").fill("places");
    await indicator.getByLabel("Cible").fill("12");
    await indicator.getByRole("button", { name: "Ajouter l'indicateur" }).click();
    await page.getByLabel("Valeur 2023 de « Places d'accueil créées »").fill("9");

    // Karim's dashboard, open all along, follows.
    await expect
      .poll(async () => plainSpaces(await karim.page.getByTestId("plan-budget-total").textContent()), {
        timeout: LIVE_TIMEOUT_MS,
      })
      .toBe("20 000 €");
    expect(await chartData(karim.page, "Budget prévu par année")).toEqual([
      ["2021", "0 €"],
      ["2022", "0 €"],
      ["2023", "12 500 €"],
      ["2024", "7 500 €"],
      ["2025", "0 €"],
    ]);
    expect(await chartData(karim.page, "Budget prévu par financeur et par année")).toEqual([
      ["Caf", "0 €", "0 €", "12 500 €", "0 €", "0 €", "12 500 €"],
      ["Commune", "0 €", "0 €", "0 €", "7 500 €", "0 €", "7 500 €"],
    ]);
    await expect
      .poll(() => chartData(karim.page, "Indicateurs au regard de leur cible"), { timeout: LIVE_TIMEOUT_MS })
      .toEqual([["Places d'accueil créées (places)", FICHE, "2023", "9", "12", "75 %"]]);
    expect(await chartData(karim.page, "Fiches par axe et par statut")).toEqual([
      ["À rattacher à un axe", "1", "0", "0", "0", "0", "1"],
    ]);
    expect([...claire.errors, ...karim.errors]).toEqual([]);
  });

  it("downloads the DOCX and XLSX exports from the page", async () => {
    const { space } = await spaceWithPromotedFiche();
    const { page, errors } = await facilitator(facilitatorPlanUrl(server, space), "Claire (Caf)");

    for (const [button, fileName] of [
      ["Exporter en DOCX (signature)", "plan-actions-ctg-2021-2025.docx"],
      ["Tableau de suivi XLSX", "plan-actions-ctg-2021-2025.xlsx"],
    ] as const) {
      const file = await downloadFrom(page, button);
      expect(file.fileName).toBe(fileName);
      expect(file.bytes.length).toBeGreaterThan(1000);
      // Both are zip containers (Office Open XML).
      expect(file.bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
      await page
        .getByRole("status")
        .filter({ hasText: `Fichier téléchargé : ${fileName}` })
        .waitFor();
    }
    expect(errors).toEqual([]);
  });

  it("freezes the version a COPIL validated, then lists what changed since", async () => {
    const { space, ficheId } = await spaceWithPromotedFiche();
    const { page, errors } = await facilitator(facilitatorPlanUrl(server, space), "Claire (Caf)");
    await goToView(page, "COPIL et versions");

    const meeting = page.getByRole("form", { name: "Consigner un comité" });
    await meeting.getByLabel("Date").fill("2024-03-12");
    await meeting.getByLabel("Intitulé").fill("COPIL de validation du plan");
    await meeting.getByRole("button", { name: "Ajouter une décision" }).click();
    await meeting.getByLabel("Texte de la décision").fill("Plan d'actions validé ; bilan à un an.");
    await meeting.getByRole("button", { name: "Ajouter le comité" }).click();
    await page.getByRole("heading", { level: 4, name: "COPIL de validation du plan" }).waitFor();
    expect(await page.getByText("12 mars 2024").count()).toBeGreaterThan(0);

    const freeze = page.getByRole("form", { name: "Figer la version validée en COPIL" });
    await freeze.getByLabel("Libellé de la version").fill("Plan validé au COPIL du 12 mars");
    await freeze.getByLabel("Comité").selectOption({ label: "COPIL de validation du plan (12 mars 2024)" });
    await freeze.getByRole("button", { name: "Figer la version" }).click();
    await page.getByRole("status").filter({ hasText: "Version « Plan validé au COPIL du 12 mars » figée." }).waitFor();

    // The plan moves on: the fiche starts.
    await page.goto(facilitatorPlanUrl(server, space, ficheId));
    await page.getByLabel("Statut", { exact: true }).selectOption({ label: "En cours" });
    await goToView(page, "COPIL et versions");
    await page.getByRole("button", { name: "Comparer" }).click();
    const result = page.locator(".plan-comparison");
    await result.getByText("aucune fiche ajoutée · aucune fiche retirée · 1 fiche modifiée").waitFor();
    const changes = await result
      .locator("tbody tr")
      .evaluateAll((rows) => rows.map((row) => Array.from(row.children, (cell) => cell.textContent)));
    expect(changes).toEqual([["Statut", "Proposée", "En cours"]]);
    expect(errors).toEqual([]);
  });

  it("is readable by an observer, without any editing control", async () => {
    const { space, ficheId } = await spaceWithPromotedFiche();
    const observer = await server.join(space, "observer", "Élu de la commune");
    const { page, errors } = await browser.newPage();
    await openPlanAs(page, server, observer);
    await page.getByText("Vous consultez le plan d'actions : seuls les animateurs le modifient.").waitFor();
    expect(await page.getByRole("button", { name: /Ajouter|Monter|Renommer|Rattacher/ }).count()).toBe(0);

    await ficheLink(page, FICHE).click();
    await page.getByRole("heading", { level: 2, name: FICHE }).waitFor();
    expect(await page.getByRole("textbox", { name: "Pilote" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /Supprimer|Retirer/ }).count()).toBe(0);
    expect(await page.locator("[contenteditable='true']").count()).toBe(0);
    // The exports stay available to read the plan elsewhere.
    expect((await downloadFrom(page, "CSV")).fileName).toBe("plan-actions-ctg-2021-2025.csv");
    expect(ficheId).toBeTruthy();
    expect(errors).toEqual([]);
  });

  it("passes axe on every view, at a laptop's and a large screen's size", async () => {
    const { space, ficheId } = await spaceWithPromotedFiche();
    const seedPage = await facilitator(facilitatorPlanUrl(server, space, ficheId), "Claire (Caf)");
    await fillFiche(seedPage.page);
    // A validated version, then a change since, for the comparison to show.
    await recordCopil(server, space, "Plan validé au COPIL du 12 mars");
    await seedPage.page.getByLabel("Pilote", { exact: true }).fill("Caf et Commune de Prades");

    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      const { page, errors } = await browser.newPage(viewport);
      const size = `${viewport.width}x${viewport.height}`;
      const steps: [string, () => Promise<void>][] = [
        ["structure", () => openPlan(page, facilitatorPlanUrl(server, space), "Claire (Caf)")],
        ["fiche", () => ficheLink(page, FICHE).click()],
        ["dashboard", () => goToView(page, "Évaluation et tableau de bord")],
        [
          "governance",
          async () => {
            await goToView(page, "COPIL et versions");
            await page.getByRole("button", { name: "Comparer" }).click();
            await page.getByText("1 fiche modifiée", { exact: false }).waitFor();
          },
        ],
        ["print", () => goToView(page, "Vue imprimable")],
      ];
      for (const [name, step] of steps) {
        await step();
        await page.locator("#plan-view-title").waitFor();
        // Charts' tables are part of what axe must judge: opened.
        for (const summary of await page.locator("details.chart__data > summary").all()) await summary.click();
        expect(await seriousAccessibilityViolations(page), `${name} at ${size}`).toEqual([]);
        await saveScreenshot(page, `action-plan-${name}-${size}`);
      }
      // On paper, the printable view is the whole page: no navigation, exports or buttons.
      await page.emulateMedia({ media: "print" });
      expect(await page.getByRole("navigation", { name: "Rubriques du plan d'actions" }).isVisible()).toBe(false);
      expect(await page.getByRole("button", { name: "Imprimer" }).isVisible()).toBe(false);
      expect(await page.getByRole("heading", { level: 3, name: "Axe 1 · Accueil du jeune enfant" }).isVisible()).toBe(
        true,
      );
      await saveScreenshot(page, `action-plan-paper-${size}`);
      expect(errors).toEqual([]);
    }
    expect(seedPage.errors).toEqual([]);
    // axe runs ten times over full pages: longer than a journey.
  }, 180_000);
});

/** A fiche as a COPIL would see it: placed under an axis and an objective, with a budget and a measured indicator. */
async function fillFiche(page: Page): Promise<void> {
  await page.getByRole("link", { name: "Retour au plan" }).click();
  await page.getByLabel("Titre de l'axe", { exact: true }).fill("Accueil du jeune enfant");
  await page.keyboard.press("Enter");
  await page.getByLabel("Titre de l'axe", { exact: true }).fill("Soutien à la parentalité");
  await page.keyboard.press("Enter");
  await page
    .getByLabel("Nouvel objectif de l'axe « Accueil du jeune enfant »")
    .fill("Adapter l'offre aux horaires des familles");
  await page.keyboard.press("Enter");
  await ficheLink(page, FICHE).click();
  await page.getByLabel("Axe", { exact: true }).selectOption({ label: "Axe 1 · Accueil du jeune enfant" });
  await page
    .getByLabel("Objectif", { exact: true })
    .selectOption({ label: "Adapter l'offre aux horaires des familles" });
  await page.getByLabel("Statut", { exact: true }).selectOption({ label: "Validée en COPIL" });
  await page.getByLabel("Pilote", { exact: true }).fill("Caf des Pyrénées-Orientales");
  await page.getByLabel(/^Partenaires/).fill("Commune de Prades\nPMI\nRelais petite enfance");
  await page.getByLabel(/^Public visé/).fill("Familles dont les parents travaillent en horaires décalés");
  for (const year of ["2023", "2024", "2025"]) await page.getByRole("checkbox", { name: year, exact: true }).check();
  await descriptionEditor(page).click();
  await page.keyboard.type("Ouvrir une micro-crèche à horaires élargis (6 h – 21 h) près de la zone d'activité.");
  const budget = page.getByRole("form", { name: "Ajouter une ligne de budget" });
  for (const [financer, amount, year] of [
    ["Caf", "45 000", "2023"],
    ["Commune", "20 000", "2023"],
    ["Caf", "38 000", "2024"],
    ["Département", "12 000", "2024"],
  ] as const) {
    await budget.getByLabel("Financeur").selectOption({ label: financer });
    await budget.getByLabel("Montant (€)").fill(amount);
    await budget.getByLabel("Année").selectOption(year);
    await budget.getByRole("button", { name: "Ajouter la ligne" }).click();
  }
  const indicator = page.getByRole("form", { name: "Ajouter un indicateur" });
  await indicator.getByLabel("Libellé").fill("Places à horaires élargis ouvertes");
  await indicator.getByLabel("Unité").fill("places");
  await indicator.getByLabel("Cible").fill("12");
  await indicator.getByRole("button", { name: "Ajouter l'indicateur" }).click();
  await page.getByLabel("Valeur 2023 de « Places à horaires élargis ouvertes »").fill("6");
  await page.getByLabel("Valeur 2024 de « Places à horaires élargis ouvertes »").fill("10");
}
