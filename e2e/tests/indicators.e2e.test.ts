import { addCard, cardById, citationOf, citedFigure, citeOnCard, type IndicatorView } from "@atelier/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import { LIVE_TIMEOUT_MS } from "../support/atelier-ui.ts";
import type { WatchedPage } from "../support/browser.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import {
  connectToBoard,
  importIndicatorFile,
  indicatorRow,
  indicatorsTable,
  openIndicatorsPage,
  shownIndicators,
} from "../support/indicators-ui.ts";
import { plainSpaces } from "../support/plain-text.ts";
import { saveScreenshot } from "../support/screenshots.ts";

const PHONE = { width: 360, height: 640 };
const HEADER = "indicateur;theme;annee;valeur_territoire;valeur_departement;valeur_france;unite;source";

useServerAndBrowser();
let exampleCsv: string;

beforeAll(async () => {
  exampleCsv = await (await fetch(`${server.url}/api/examples/conflent-canigou-2019.csv`)).text();
});

async function facilitatorOnIndicators(name: string, viewport?: { width: number; height: number }) {
  const space = await server.createSpace(name);
  const watched = await browser.newPage(viewport);
  await openIndicatorsPage(watched.page, server.url, space);
  return { space, ...watched };
}

async function storedIndicators(spaceId: string, token: string): Promise<IndicatorView[]> {
  return (await server.request("GET", `/api/spaces/${spaceId}/indicators`, { token })).json();
}

/** `expected`: what the browser logs for a refusal the page shows on purpose (a 400 on a faulty file). */
function expectNoErrors(watched: WatchedPage, expected: string[] = []): void {
  expect(watched.errors).toEqual(expected);
}

describe("importing the Caf's figures", () => {
  it("imports the example file and shows the nine indicators side by side, with their gaps", async () => {
    const watched = await facilitatorOnIndicators("CdC Conflent-Canigou");
    const { page } = watched;
    await page.getByText("Aucun chiffre n'a encore été importé dans cet espace.").waitFor();

    await importIndicatorFile(page, "indicateurs-conflent-canigou-2019-exemple.csv", exampleCsv);
    await page.getByRole("status").filter({ hasText: "9 indicateurs importés." }).waitFor();
    await indicatorsTable(page).waitFor();
    const shown = await shownIndicators(page);
    expect(shown).toHaveLength(9);
    expect(shown).toContainEqual({
      label: "Familles monoparentales",
      year: "2019",
      territoire: "30 %",
      departement: "33 % écart du territoire : ▼ -3 pts",
      france: "24 % écart du territoire : ▲ +6 pts",
    });
    // Counts without comparison: a dash, never a made-up gap.
    expect(shown).toContainEqual({
      label: "Allocataires",
      year: "2019",
      territoire: "4 077 allocataires",
      departement: "—",
      france: "—",
    });
    // The direction is in the text (sign, arrow) and, besides, in the colour.
    const row = indicatorRow(page, "Allocataires à bas revenus");
    expect((await row.locator(".gap--above").allTextContents()).map(plainSpaces)).toEqual([
      "écart du territoire : ▲ +3 pts",
      "écart du territoire : ▲ +13 pts",
    ]);

    await page.getByLabel("Thème").selectOption({ label: "Parentalité" });
    expect((await shownIndicators(page)).map((one) => one.label)).toEqual([
      "Familles monoparentales",
      "Familles nombreuses",
    ]);
    await page.getByLabel("Thème").selectOption({ label: "Tous les thèmes" });

    // Earlier years of an indicator make it a series: the row shows the latest year and its evolution.
    await importIndicatorFile(
      page,
      "familles-monoparentales-2017-2018.csv",
      `${HEADER}\nFamilles monoparentales;Parentalité;2017;27,5;32;23;%;Caf, chiffres clés\nFamilles monoparentales;Parentalité;2018;28;32,5;23,5;%;Caf, chiffres clés\n`,
    );
    await page.getByRole("status").filter({ hasText: "2 indicateurs importés." }).waitFor();
    await page.getByRole("img", { name: /^Évolution de «\sFamilles monoparentales\s»/ }).waitFor();
    expect(
      plainSpaces(
        await page.getByRole("img", { name: /^Évolution de «\sFamilles monoparentales\s»/ }).getAttribute("aria-label"),
      ),
    ).toBe("Évolution de « Familles monoparentales » sur le territoire : 27,5 % en 2017, 28 % en 2018, 30 % en 2019");
    expect(await shownIndicators(page)).toHaveLength(9);

    // The same file sent again replaces its figures: the page says so rather than "9 importés".
    await importIndicatorFile(page, "indicateurs-conflent-canigou-2019-exemple.csv", exampleCsv);
    await page.getByRole("status").filter({ hasText: "9 chiffres mis à jour." }).waitFor();
    await importIndicatorFile(
      page,
      "familles-monoparentales-2016-2018.csv",
      `${HEADER}\nFamilles monoparentales;Parentalité;2016;27;31,5;22,5;%;Caf, chiffres clés\nFamilles monoparentales;Parentalité;2018;28;32,5;23,5;%;Caf, chiffres clés\n`,
    );
    await page.getByRole("status").filter({ hasText: "1 chiffre ajouté, 1 mis à jour." }).waitFor();
    expect(await shownIndicators(page)).toHaveLength(9);

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, "indicators-01-table-1366x768");
    expectNoErrors(watched);
  });

  it("shows the line and column of a faulty file in the server's words, and imports nothing", async () => {
    const watched = await facilitatorOnIndicators("CdC du Pays de Lunel");
    const { page, space } = watched;
    await importIndicatorFile(
      page,
      "chiffres.csv",
      `${HEADER}\nAllocataires;Général;2019;4077;;;allocataires;Caf\nFamilles monoparentales;Parentalité;2019;trente;33;24;%;Caf\n`,
    );
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(plainSpaces(await alert.textContent())).toContain(
      "Ligne 3, colonne « valeur_territoire » : valeur_territoire doit être un nombre",
    );
    expect(await storedIndicators(space.id, space.facilitatorSecret)).toEqual([]);
    await page.getByText("Aucun chiffre n'a encore été importé dans cet espace.").waitFor();
    await saveScreenshot(page, "indicators-02-refused-1366x768");
    expectNoErrors(watched, [
      "console: Failed to load resource: the server responded with a status of 400 (Bad Request)",
    ]);
  });
});

describe("a figure cited on a card", () => {
  it("is corrected on the card, live, when a facilitator corrects it in the table (keyboard only)", async () => {
    const watched = await facilitatorOnIndicators("CdC Conflent-Canigou");
    const { page, space } = watched;
    await importIndicatorFile(page, "exemple.csv", exampleCsv);
    await page.getByRole("status").filter({ hasText: "9 indicateurs importés." }).waitFor();

    const figure = (await storedIndicators(space.id, space.facilitatorSecret)).find(
      (indicator) => indicator.label === "Familles monoparentales",
    );
    if (!figure) throw new Error("the example has no « Familles monoparentales »");
    const board = space.boards.find((candidate) => candidate.theme === "Parentalité");
    if (!board) throw new Error("no Parentalité board");
    const client = await connectToBoard(server.wsUrl, board.documentName, space.facilitatorSecret);
    try {
      addCard(
        client.doc,
        "card-monoparentales",
        {
          kind: "constat",
          title: "Près d'une famille sur trois est monoparentale",
          authorId: "facilitator",
          authorName: "Claire (Caf)",
          authorRole: "facilitator",
        },
        Date.now(),
      );
      citeOnCard(client.doc, "card-monoparentales", citationOf(figure), Date.now());
      await client.flushed();

      const correct = page.getByRole("button", { name: "Corriger « Familles monoparentales » (2019)" });
      await correct.focus();
      await page.keyboard.press("Enter");
      // The form opens on the territory's figure.
      await page.keyboard.press("Control+A");
      await page.keyboard.type("31");
      await page.keyboard.press("Enter");
      const confirmation = page.getByRole("group", { name: /^Enregistrer ces corrections/ });
      await confirmation.getByText("Territoire : 30 % → 31 %").waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await saveScreenshot(page, "indicators-03-confirm-1366x768");
      // The safe answer has the focus; the confirmation is the button before it.
      await page.keyboard.press("Shift+Tab");
      await page.keyboard.press("Enter");
      await page.getByRole("status").filter({ hasText: "« Familles monoparentales » (2019) est corrigé" }).waitFor();
      expect(plainSpaces(await page.evaluate(() => document.activeElement?.getAttribute("aria-label")))).toBe(
        "Corriger « Familles monoparentales » (2019)",
      );
      expect((await shownIndicators(page)).find((one) => one.label === "Familles monoparentales")?.territoire).toBe(
        "31 %",
      );

      await expect
        .poll(() => citedFigure(cardById(client.doc, "card-monoparentales")?.citation)?.values.territoire, {
          timeout: LIVE_TIMEOUT_MS,
        })
        .toBe(31);
      expect(cardById(client.doc, "card-monoparentales")?.citation).toMatchObject({
        indicatorId: figure.id,
        label: "Familles monoparentales",
        year: 2019,
        values: { territoire: 31, departement: 33, france: 24 },
      });
    } finally {
      client.close();
    }
    expectNoErrors(watched);
  });
});

describe("the figures' page on a phone", () => {
  it("keeps the figures readable at 360 px and passes axe", async () => {
    const watched = await facilitatorOnIndicators("CdC Conflent-Canigou", PHONE);
    const { page } = watched;
    await importIndicatorFile(page, "exemple.csv", exampleCsv);
    await page.getByRole("status").filter({ hasText: "9 indicateurs importés." }).waitFor();
    await indicatorsTable(page).waitFor();
    // Only the table scrolls sideways, not the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, "indicators-04-phone-360x640");
    expectNoErrors(watched);
  });
});
