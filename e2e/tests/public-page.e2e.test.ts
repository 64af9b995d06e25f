import { listCards, setCardStatus, updateFiche } from "@atelier/shared";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import { writeBoard } from "../support/board-seed.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import {
  contribute,
  contributionOutcome,
  createInvitation,
  invitationsSection,
  joinAsHabitant,
  saveScreenshotOf,
} from "../support/participation-ui.ts";
import { plainSpaces } from "../support/plain-text.ts";
import { saveScreenshot } from "../support/screenshots.ts";

const PHONE = { width: 360, height: 640 };
const IDEA = "Une crèche ouverte dès 6 heures";
const FICHE = "Accueillir les enfants aux horaires des parents";
const PSEUDONYM = "Lou des Horts";

useServerAndBrowser();

/** The page fits the phone's width: nothing to scroll sideways. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

describe("what habitants get back: « Ce que nous avons retenu »", () => {
  it("shows a habitant, on a phone and without names, the idea of theirs that fed a decided fiche", async () => {
    const space = await server.createSpace("CdC Conflent-Canigou");
    const claire = await browser.newPage();
    await claire.page.goto(`${server.url}/espaces/${space.id}#acces=${space.facilitatorSecret}`);
    await invitationsSection(claire.page).waitFor();
    const link = await createInvitation(claire.page, {
      role: "Habitants",
      label: "Réunion publique de Prades",
      boards: ["Petite enfance"],
    });

    const lou = await browser.newPage(PHONE);
    await lou.page.goto(link);
    await joinAsHabitant(lou.page, PSEUDONYM);
    await lou.page.getByRole("heading", { level: 1, name: "Petite enfance" }).waitFor();
    await contribute(lou.page, { kind: "besoin", title: IDEA });
    await contributionOutcome(lou.page).filter({ hasText: "Votre contribution est publiée" }).waitFor();

    // The workshop agrees on the idea; the facilitator promotes it into a fiche the COPIL then validates.
    const board = space.boards.find((candidate) => candidate.theme === "Petite enfance");
    if (!board) throw new Error("no Petite enfance board");
    let cardId = "";
    await writeBoard(server.wsUrl, board.documentName, space.facilitatorSecret, (doc) => {
      cardId = listCards(doc).find((card) => card.title === IDEA)?.id ?? "";
      setCardStatus(doc, cardId, "agreed", Date.now());
    });
    const promoted = await server.request("POST", `/api/spaces/${space.id}/plan/promotions`, {
      token: space.facilitatorSecret,
      body: { boardId: board.id, cardIds: [cardId], target: { axisId: null, title: FICHE } },
    });
    expect(promoted.status).toBe(201);
    const { ficheId } = (await promoted.json()) as { ficheId: string };
    // A year over that no bilan speaks of, and the year under way.
    const thisYear = new Date().getFullYear();
    const years = [thisYear - 1, thisYear];
    await writeBoard(server.wsUrl, space.plan.documentName, space.facilitatorSecret, (doc) => {
      updateFiche(doc, ficheId, { status: "validee", targetPublic: "Parents aux horaires décalés", years }, 1);
    });

    const section = claire.page.getByRole("region", { name: "Page « Ce que nous avons retenu »" });
    await section.getByRole("button", { name: "Publier la page" }).click();
    const address = await section.getByRole("textbox", { name: "Adresse de la page publique" }).inputValue();
    expect(address).toMatch(new RegExp(`^${server.url}/retenu/[\\w-]{22,}$`));
    expect(address).not.toContain(space.id);
    await section.getByRole("img", { name: "QR code de la page « Ce que nous avons retenu »" }).waitFor();
    expect(await seriousAccessibilityViolations(claire.page)).toEqual([]);
    await saveScreenshotOf(section, "public-page-01-publish-1366");

    // From the habitant's own page, to what was kept of their ideas.
    await lou.page.reload();
    await lou.page.getByRole("link", { name: "Ce que nous avons retenu de vos idées" }).click();
    await lou.page.getByRole("heading", { level: 1, name: "Ce que nous avons retenu" }).waitFor();
    const fiche = lou.page.getByRole("article", { name: FICHE });
    await fiche.getByText("Décidée", { exact: true }).waitFor();
    const fed = fiche.getByRole("region", { name: "Vos contributions qui ont nourri cette action" });
    await fed.getByRole("listitem").filter({ hasText: IDEA }).waitFor();
    const yearly = fiche.getByRole("region", { name: "Année après année" }).getByRole("listitem");
    expect((await yearly.allTextContents()).map(plainSpaces)).toEqual([
      // A year over without a bilan, in words that do not read as an action dropped.
      `${thisYear - 1} : pas de bilan publié`,
      `${thisYear} : prévue`,
    ]);
    expect(await lou.page.locator("body").textContent()).not.toContain(PSEUDONYM);
    await expectNoSidewaysScroll(lou.page);
    expect(await seriousAccessibilityViolations(lou.page)).toEqual([]);
    await saveScreenshot(lou.page, "public-page-02-retained-360");

    // Anyone with the QR code reads it on a phone that never joined the space.
    const neighbour = await browser.newPage(PHONE);
    await neighbour.page.goto(address);
    await neighbour.page
      .getByRole("article", { name: FICHE })
      .getByRole("region", { name: "Vos contributions qui ont nourri cette action" })
      .getByText(IDEA)
      .waitFor();
    expect(await neighbour.page.locator("body").textContent()).not.toContain(PSEUDONYM);

    // Taken down, the address leads nowhere (a phone that read it may keep its copy a few minutes: a fresh one).
    await section.getByRole("button", { name: "Retirer la page" }).click();
    await section.getByRole("button", { name: "Retirer", exact: true }).click();
    await section.getByRole("button", { name: "Publier la page" }).waitFor();
    const latecomer = await browser.newPage(PHONE);
    await latecomer.page.goto(address);
    await latecomer.page.getByRole("heading", { name: "Page indisponible" }).waitFor();
    expect([...claire.errors, ...lou.errors]).toEqual([]);
  });
});
