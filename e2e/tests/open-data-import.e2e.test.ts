import { addCard, type IndicatorView, type Territory } from "@atelier/shared";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import { cardTitled, LIVE_TIMEOUT_MS } from "../support/atelier-ui.ts";
import { writeBoard } from "../support/board-seed.ts";
import { openBoard } from "../support/board-surface-ui.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import { importIndicatorFile, openIndicatorsPage, shownIndicators } from "../support/indicators-ui.ts";
import { plainSpaces } from "../support/plain-text.ts";
import { saveScreenshot } from "../support/screenshots.ts";

useServerAndBrowser();

const CONFLENT: Territory = {
  epci: { siren: "200049187", name: "Communauté de communes Conflent-Canigou" },
  communes: [
    { insee: "66149", name: "Prades" },
    { insee: "66223", name: "Vernet-les-Bains" },
    { insee: "66125", name: "Olette" },
  ],
};

/** A commune-level table of young children's care, as a département's PMI sends it: no layout the atelier knows. */
const CARE_FILE = [
  "Code commune;Commune;Année;Places en crèche;Assistantes maternelles agréées",
  "66149;Prades;2021;40;35",
  "66223;Vernet-les-Bains;2021;12;8",
  "66136;Perpignan;2021;900;700",
  "66149;Prades;2022;44;33",
  "66223;Vernet-les-Bains;2022;12;9",
].join("\n");

/** What the page's text says, French no-break spaces as plain ones. */
async function textOf(locator: Locator): Promise<string> {
  return plainSpaces((await locator.textContent()) ?? "").replace(/\s+/g, " ");
}

async function storedIndicators(spaceId: string, token: string): Promise<IndicatorView[]> {
  return (await server.request("GET", `/api/spaces/${spaceId}/indicators`, { token })).json();
}

function columnRow(step: Locator, column: string): Locator {
  return step.getByRole("row").filter({ has: step.page().getByRole("rowheader", { name: new RegExp(`^${column}`) }) });
}

async function describeColumn(page: Page, column: string, unit: string, theme: string): Promise<void> {
  await page.getByLabel(`Unité pour « ${column} »`).fill(unit);
  await page.getByLabel(`Thème pour « ${column} »`).fill(theme);
}

describe("a commune-level file the atelier does not know", () => {
  it("is mapped, previewed and imported by a facilitator, then cited on a card", async () => {
    const space = await server.createSpace("CdC Conflent-Canigou");
    const territory = await server.request("PATCH", `/api/spaces/${space.id}`, {
      token: space.facilitatorSecret,
      body: { territory: CONFLENT },
    });
    expect(territory.status).toBe(200);
    const { page, errors } = await browser.newPage();
    await openIndicatorsPage(page, server.url, space);

    await importIndicatorFile(page, "accueil-jeune-enfant-2021-2022.csv", CARE_FILE);
    const step = page.getByRole("region", { name: "Que contient ce fichier ?" });
    await step.waitFor();
    // The keyboard lands on the step, which the server's guess has filled in for the facilitator to check.
    await expect
      .poll(async () => plainSpaces(await page.evaluate(() => document.activeElement?.textContent)))
      .toBe("Que contient ce fichier ?");
    expect(await step.getByLabel("Colonne du code du territoire").inputValue()).toBe("Code commune");
    expect(await step.getByLabel("Lue dans une colonne").isChecked()).toBe(true);
    expect(await step.getByLabel("Colonne de la date ou de l'année").inputValue()).toBe("Année");
    expect(await step.getByLabel("Importer la colonne « Commune »").isChecked()).toBe(false);
    expect(await columnRow(step, "Places en crèche").getByRole("checkbox").isChecked()).toBe(true);

    await step.getByLabel("Source").fill("PMI des Pyrénées-Orientales, 2021-2022");
    await describeColumn(page, "Places en crèche", "places", "Petite enfance");
    await step
      .getByLabel("Nom de l'indicateur pour « Assistantes maternelles agréées »")
      .fill("Assistantes maternelles");
    await describeColumn(page, "Assistantes maternelles agréées", "assistantes maternelles", "Petite enfance");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, "open-data-01-mapping-1366x768");

    await step.getByRole("button", { name: "Voir l'aperçu" }).click();
    const preview = step.getByRole("region", { name: "Aperçu : 4 chiffres seront importés" });
    await preview.waitFor();
    const summary = await preview.getByRole("listitem").allTextContents();
    expect(summary.map(plainSpaces)).toEqual([
      "Fichier lu selon les colonnes indiquées.",
      "Territoire : 2 communes additionnées (4 lignes). Pas de ligne du département ni de la France. Années : 2021, 2022.",
      "1 ligne d'un autre territoire ignorée.",
      "Colonne non importée : Commune.",
      "Commune du territoire sans ligne dans le fichier : Olette (66125).",
      "Sommes incomplètes, enregistrées comme telles (sans taux calculé) : 2021, sans Olette (66125) ; 2022, sans Olette (66125).",
    ]);
    const rows = await preview.getByRole("row").allTextContents();
    expect(rows.map((row) => plainSpaces(row).replace(/\s+/g, " "))).toEqual([
      "IndicateurAnnéeTerritoireDépartementFrance",
      "Assistantes maternellesPetite enfance202143 assistantes maternelles——",
      "Assistantes maternellesPetite enfance202242 assistantes maternelles——",
      "Places en crèchePetite enfance202152 places——",
      "Places en crèchePetite enfance202256 places——",
    ]);
    // Nothing is stored before the facilitator confirms.
    expect(await storedIndicators(space.id, space.facilitatorSecret)).toEqual([]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, "open-data-02-preview-1366x768");

    await preview.getByRole("button", { name: "Importer ces 4 chiffres" }).click();
    await page.getByRole("status").filter({ hasText: "4 indicateurs importés." }).waitFor();
    await step.waitFor({ state: "detached" });
    expect(await shownIndicators(page)).toContainEqual({
      label: "Places en crèche",
      year: "2022",
      territoire: "56 places",
      departement: "—",
      france: "—",
    });
    expect((await storedIndicators(space.id, space.facilitatorSecret)).map(({ source }) => source)).toEqual(
      Array(4).fill("PMI des Pyrénées-Orientales, 2021-2022, somme de 2 communes sur 3 (manquent : Olette)"),
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, "open-data-03-imported-1366x768");

    // A partner's finding on the Petite enfance board cites the imported figure.
    const board = space.boards.find((candidate) => candidate.theme === "Petite enfance");
    if (!board) throw new Error("no Petite enfance board");
    const title = "Peu de places d'accueil collectif dans les communes de montagne";
    await writeBoard(server.wsUrl, board.documentName, space.facilitatorSecret, (doc) =>
      addCard(
        doc,
        "card-places",
        { kind: "constat", title, authorId: "facilitator", authorName: "Claire (Caf)", authorRole: "facilitator" },
        Date.now(),
      ),
    );
    await openBoard(
      page,
      `${server.url}/espaces/${space.id}/tableaux/${board.id}#acces=${space.facilitatorSecret}`,
      "Claire (Caf)",
    );
    const card = cardTitled(page, title);
    await card.getByRole("button", { name: `Actions sur la carte « ${title} »` }).click();
    await card.getByRole("button", { name: "Citer un chiffre" }).click();
    const picker = page.getByRole("dialog", { name: "Citer un chiffre du territoire" });
    await picker.getByLabel("Rechercher un indicateur").fill("crèche 2022");
    await picker.getByText("1 indicateur.").waitFor();
    await page.keyboard.press("Enter");
    await picker.waitFor({ state: "detached" });
    await expect
      .poll(() => textOf(card), { timeout: LIVE_TIMEOUT_MS })
      .toContain("Places en crèche : 56 places (2022)");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The first sending of the file is answered 400 (its columns, to map): the browser logs it.
    expect(errors).toEqual([
      "console: Failed to load resource: the server responded with a status of 400 (Bad Request)",
    ]);
  });
});
