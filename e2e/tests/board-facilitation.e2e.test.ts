import { addCard as addCardTo, type CreatedSpaceView, createCluster, moveCard } from "@atelier/shared";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import { addCard, cardTitled, joinBoard, LIVE_TIMEOUT_MS } from "../support/atelier-ui.ts";
import { writeBoard } from "../support/board-seed.ts";
import type { WatchedPage } from "../support/browser.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import {
  choosePhase,
  currentPhase,
  facilitationPanel,
  inViewport,
  openFacilitatorTools,
  openVote,
  rankedRows,
  startTimerPreset,
  timerDigits,
  timerSeconds,
  unvoteButton,
  voteButton,
  voteResults,
  votesLeft,
} from "../support/facilitation-ui.ts";
import { saveScreenshot } from "../support/screenshots.ts";

useServerAndBrowser();

/** A facilitator's page on the space's "Parentalité" board (two of them share the facilitator link). */
async function facilitatorOn(
  space: CreatedSpaceView,
  name: string,
  viewport?: { width: number; height: number },
): Promise<WatchedPage> {
  const watched = await browser.newPage(viewport);
  await watched.page.goto(`${server.url}/espaces/${space.id}#acces=${space.facilitatorSecret}`);
  await joinBoard(watched.page, "Parentalité", name);
  await facilitationPanel(watched.page).waitFor();
  return watched;
}

async function twoFacilitators(space: CreatedSpaceView): Promise<[WatchedPage, WatchedPage]> {
  return [await facilitatorOn(space, "Claire (Caf)"), await facilitatorOn(space, "Karim (Mairie)")];
}

function expectNoErrors(...pages: WatchedPage[]): void {
  for (const watched of pages) expect(watched.errors).toEqual([]);
}

describe("phases and the shared timer", () => {
  it("shows the phase the facilitator chose and the same countdown on every page", async () => {
    const [claire, karim] = await twoFacilitators(await server.createSpace("CdC du Pays de Lunel"));
    expect(await currentPhase(karim.page).textContent()).toContain("Contribuer");

    await choosePhase(claire.page, "Regrouper");
    await currentPhase(karim.page).filter({ hasText: "Regrouper" }).waitFor({ timeout: LIVE_TIMEOUT_MS });
    await karim.page.getByText("Rapprochez les cartes qui parlent de la même chose.").waitFor();
    await karim.page.getByText("Nouvelle étape : Regrouper.").waitFor({ state: "attached" });

    await startTimerPreset(claire.page, 5);
    await timerDigits(karim.page).waitFor({ timeout: LIVE_TIMEOUT_MS });
    const [onClaire, onKarim] = await Promise.all([timerSeconds(claire.page), timerSeconds(karim.page)]);
    expect(onClaire).toBeGreaterThan(4 * 60 + 50);
    expect(Math.abs(onClaire - onKarim)).toBeLessThanOrEqual(1);
    // It is counting down, not frozen.
    await expect.poll(() => timerSeconds(karim.page), { timeout: 2_500 }).toBeLessThan(onKarim);

    await claire.page.getByRole("button", { name: "Pause" }).click();
    await karim.page.getByText("(en pause)").waitFor({ timeout: LIVE_TIMEOUT_MS });
    const paused = await timerSeconds(karim.page);
    await claire.page.getByRole("button", { name: "Reprendre" }).click();
    await karim.page.getByText("(en pause)").waitFor({ state: "detached", timeout: LIVE_TIMEOUT_MS });
    expect(await timerSeconds(karim.page)).toBeLessThanOrEqual(paused);
    await saveScreenshot(claire.page, "board-facilitation-01-timer-1366");

    await claire.page.getByRole("button", { name: "Arrêter le minuteur" }).click();
    await timerDigits(karim.page).waitFor({ state: "detached", timeout: LIVE_TIMEOUT_MS });
    expectNoErrors(claire, karim);
  });

  it("announces when the time is up", async () => {
    const space = await server.createSpace("CdC Causses et Vallée de la Dordogne");
    const claire = await facilitatorOn(space, "Claire (Caf)");
    // Karim's clock runs fast from the start: the shared countdown ends on his page without waiting a minute.
    const karim = await browser.newPage();
    await karim.page.clock.install();
    await karim.page.goto(`${server.url}/espaces/${space.id}#acces=${space.facilitatorSecret}`);
    await joinBoard(karim.page, "Parentalité", "Karim (Mairie)");

    await openFacilitatorTools(claire.page);
    await claire.page.getByLabel("Autre durée (min)").fill("1");
    await claire.page.getByRole("button", { name: "Lancer", exact: true }).click();
    await timerDigits(karim.page).waitFor({ timeout: LIVE_TIMEOUT_MS });
    await karim.page.clock.fastForward(61_000);
    await karim.page.getByText("Temps écoulé").waitFor({ timeout: LIVE_TIMEOUT_MS });
    expect(await timerDigits(karim.page).textContent()).toBe("00:00");
    await saveScreenshot(karim.page, "board-facilitation-01-time-up-1366");
    expectNoErrors(claire, karim);
  });
});

describe("the lock", () => {
  it("shows the lock to everyone", async () => {
    const [claire, karim] = await twoFacilitators(await server.createSpace("CdC Vallée de l'Hérault"));
    await openFacilitatorTools(claire.page);
    await claire.page.getByRole("button", { name: "Verrouiller le tableau" }).click();
    await karim.page.getByText("Tableau verrouillé").waitFor({ timeout: LIVE_TIMEOUT_MS });
    await karim.page.getByText("L'animateur a verrouillé le tableau.").waitFor({ state: "attached" });
    await openFacilitatorTools(karim.page);
    await karim.page.getByRole("button", { name: "Déverrouiller le tableau" }).waitFor();
    // Facilitators still work on a locked board.
    await karim.page.getByRole("form", { name: "Ajouter une carte" }).waitFor();

    await karim.page.getByRole("button", { name: "Déverrouiller le tableau" }).click();
    await claire.page.getByText("Tableau verrouillé").waitFor({ state: "detached", timeout: LIVE_TIMEOUT_MS });
    expectNoErrors(claire, karim);
  });
});

describe("the vote", () => {
  const grouped = ["Café des parents au collège", "Guide des lieux ressources"];
  const loose = "Médiation familiale itinérante";
  const ideas = [...grouped, loose];
  const clusterName = "Lieux d'accueil des parents";

  /** Two ideas in a cluster, one loose, written straight into the board: the vote, not the typing, is tested here. */
  async function seedIdeas(space: CreatedSpaceView): Promise<void> {
    const board = space.boards.find((candidate) => candidate.theme === "Parentalité");
    if (!board) throw new Error("no Parentalité board");
    await writeBoard(server.wsUrl, board.documentName, space.facilitatorSecret, (doc) => {
      createCluster(doc, "lieux", { name: clusterName, color: "vert" });
      ideas.forEach((title, index) => {
        const id = `idee-${index}`;
        addCardTo(
          doc,
          id,
          { kind: "piste", title, authorId: "facilitator", authorName: "Claire (Caf)", authorRole: "facilitator" },
          Date.now(),
        );
        if (grouped.includes(title)) moveCard(doc, id, "lieux", index);
      });
    });
  }

  async function expectBudgetSpent(page: Page): Promise<void> {
    await votesLeft(page)
      .filter({ hasText: "Vous avez utilisé tous vos votes." })
      .waitFor({ timeout: LIVE_TIMEOUT_MS });
    for (const title of ideas) expect(await voteButton(page, title).getAttribute("aria-disabled")).toBe("true");
  }

  it("keeps the budget, hides totals while open, then ranks cards and clusters for everyone", async () => {
    const space = await server.createSpace("CdC du Grand Pic Saint-Loup");
    await seedIdeas(space);
    const [claire, karim] = await twoFacilitators(space);
    await choosePhase(claire.page, "Voter");

    // Each facilitator has a ballot of their own: two votes each.
    await openVote(claire.page, 2);
    // The button pressed gave way to "Clore le vote": the focus goes there, not back to the top of the page.
    await expect
      .poll(() => claire.page.evaluate(() => document.activeElement?.textContent), { timeout: LIVE_TIMEOUT_MS })
      .toBe("Clore le vote");
    await votesLeft(karim.page).filter({ hasText: "Il vous reste 2 votes." }).waitFor({ timeout: LIVE_TIMEOUT_MS });
    await voteButton(claire.page, grouped[0] ?? "").click();
    await votesLeft(claire.page).filter({ hasText: "Il vous reste 1 vote." }).waitFor({ timeout: LIVE_TIMEOUT_MS });
    await voteButton(claire.page, loose).click();
    await expectBudgetSpent(claire.page);
    // Claire's votes, once Karim's page has them, leave his ballot whole.
    await openFacilitatorTools(karim.page);
    await karim.page.getByText("1 votant", { exact: true }).waitFor({ timeout: LIVE_TIMEOUT_MS });
    expect(await votesLeft(karim.page).textContent()).toContain("Il vous reste 2 votes.");
    // The spent "+" keeps its place in the tab order and says why when pressed.
    await voteButton(claire.page, grouped[1] ?? "").focus();
    await claire.page.keyboard.press("Enter");
    await claire.page.getByRole("alert").filter({ hasText: "Vous avez utilisé tous vos votes." }).waitFor();
    // Nobody sees totals while the vote is open.
    expect(await karim.page.getByText(/^\d+ votes?$/).count()).toBe(0);
    expect(await seriousAccessibilityViolations(claire.page)).toEqual([]);
    await saveScreenshot(claire.page, "board-facilitation-02-vote-open-1366");

    // Taking a vote back gives it back.
    await unvoteButton(claire.page, loose).click();
    await votesLeft(claire.page).filter({ hasText: "Il vous reste 1 vote." }).waitFor({ timeout: LIVE_TIMEOUT_MS });
    await voteButton(claire.page, grouped[0] ?? "").click();
    await expectBudgetSpent(claire.page);

    await claire.page.getByRole("button", { name: "Clore le vote" }).click();
    for (const page of [claire.page, karim.page]) {
      await voteResults(page).waitFor({ timeout: LIVE_TIMEOUT_MS });
      expect(await rankedRows(page, "Cartes")).toEqual([`${grouped[0]} · 2 votes`]);
      await cardTitled(page, grouped[0] ?? "")
        .getByText("2 votes", { exact: true })
        .waitFor();
    }
    await karim.page.getByText("Le vote est clos : les résultats sont affichés.").waitFor({ state: "attached" });

    // A second round, three votes: the ranking follows the new votes only.
    await openVote(claire.page, 3);
    await votesLeft(karim.page).filter({ hasText: "Il vous reste 3 votes." }).waitFor({ timeout: LIVE_TIMEOUT_MS });
    await voteButton(karim.page, grouped[1] ?? "").click();
    await voteButton(claire.page, loose).click();
    await voteButton(karim.page, grouped[1] ?? "").click();
    await votesLeft(karim.page).filter({ hasText: "Il vous reste 1 vote." }).waitFor({ timeout: LIVE_TIMEOUT_MS });
    await votesLeft(claire.page).filter({ hasText: "Il vous reste 2 votes." }).waitFor();
    await claire.page.getByRole("button", { name: "Clore le vote" }).click();
    for (const page of [claire.page, karim.page]) {
      await voteResults(page).waitFor({ timeout: LIVE_TIMEOUT_MS });
      await expect
        .poll(() => rankedRows(page, "Cartes"), { timeout: LIVE_TIMEOUT_MS })
        .toEqual([`${grouped[1]} · 2 votes`, `${loose} · 1 vote`]);
      expect(await rankedRows(page, "Regroupements")).toEqual([`${clusterName} · 2 votes`]);
    }

    // Clearing the results asks first: cancelling keeps them, for everyone.
    await claire.page.getByRole("button", { name: "Effacer le vote" }).click();
    const question = claire.page.getByRole("group", { name: /Effacer les résultats de ce vote \?/ });
    await question.getByRole("button", { name: "Annuler" }).click();
    await question.waitFor({ state: "detached" });
    expect(await rankedRows(claire.page, "Cartes")).toEqual([`${grouped[1]} · 2 votes`, `${loose} · 1 vote`]);

    // Deciding: the first card of the ranking, then the whole cluster, are kept; the other page sees it.
    await choosePhase(claire.page, "Décider");
    await voteResults(claire.page).getByLabel("Nombre de cartes à retenir").fill("1");
    await voteResults(claire.page).getByRole("button", { name: "Retenir la première" }).click();
    await cardTitled(karim.page, grouped[1] ?? "")
      .getByRole("button", { name: `Ne plus retenir « ${grouped[1]} »` })
      .waitFor({ timeout: LIVE_TIMEOUT_MS });
    await cardTitled(karim.page, grouped[0] ?? "")
      .getByRole("button", { name: `Retenir « ${grouped[0]} »` })
      .waitFor();
    await voteResults(claire.page)
      .getByRole("button", { name: `Retenir tout le regroupement « ${clusterName} »` })
      .click();
    await cardTitled(karim.page, grouped[0] ?? "")
      .getByRole("button", { name: `Ne plus retenir « ${grouped[0]} »` })
      .waitFor({ timeout: LIVE_TIMEOUT_MS });
    await cardTitled(karim.page, loose)
      .getByRole("button", { name: `Retenir « ${loose} »` })
      .waitFor();
    expect(await seriousAccessibilityViolations(karim.page)).toEqual([]);
    await saveScreenshot(karim.page, "board-facilitation-03-results-1366");
    await karim.page.setViewportSize({ width: 1920, height: 1080 });
    await saveScreenshot(karim.page, "board-facilitation-03-results-1920");

    const phone = await facilitatorOn(space, "Inès (PMI)", { width: 360, height: 640 });
    await voteResults(phone.page).waitFor();
    expect(await seriousAccessibilityViolations(phone.page)).toEqual([]);
    await saveScreenshot(phone.page, "board-facilitation-04-results-360");
    expectNoErrors(claire, karim, phone);
  });
});

describe("follow me", () => {
  it("brings what the facilitator shows into the other pages' view", async () => {
    const [claire, karim] = await twoFacilitators(await server.createSpace("CdC Terre de Camargue"));
    // Enough cards that the last one starts below the first screen, compact as the cards are.
    const titles = Array.from({ length: 60 }, (_, index) => `Constat numéro ${index + 1}`);
    for (const title of titles) await addCard(claire.page, { kind: "constat", title });
    const last = titles.at(-1) ?? "";
    const lastForKarim = cardTitled(karim.page, last);
    await lastForKarim.waitFor({ timeout: LIVE_TIMEOUT_MS });
    await karim.page.evaluate(() => window.scrollTo(0, 0));
    expect(await inViewport(karim.page, lastForKarim)).toBe(false);

    await openFacilitatorTools(claire.page);
    await claire.page.getByRole("button", { name: "Suivez-moi" }).click();
    await karim.page.getByLabel("Suivre l'animateur").waitFor({ timeout: LIVE_TIMEOUT_MS });
    await saveScreenshot(karim.page, "board-facilitation-05-following-1366");
    await cardTitled(claire.page, last).focus();
    await expect.poll(() => inViewport(karim.page, lastForKarim), { timeout: LIVE_TIMEOUT_MS }).toBe(true);

    await claire.page.getByRole("button", { name: "Arrêter « Suivez-moi »" }).click();
    await karim.page.getByLabel("Suivre l'animateur").waitFor({ state: "detached", timeout: LIVE_TIMEOUT_MS });
    expectNoErrors(claire, karim);
  });
});

describe("on a phone", () => {
  it("keeps the facilitation bar usable at 360 px", async () => {
    const space = await server.createSpace("CdC Lodévois et Larzac");
    const phone = await facilitatorOn(space, "Inès (PMI)", { width: 360, height: 640 });
    await saveScreenshot(phone.page, "board-facilitation-06-bar-idle-360");
    // Folded, so that the cards stay near the top.
    await openFacilitatorTools(phone.page);
    await startTimerPreset(phone.page, 10);
    await openVote(phone.page, 3);
    await phone.page.getByRole("button", { name: "Masquer les contributions" }).click();
    await phone.page.getByRole("button", { name: "Verrouiller le tableau" }).click();
    await phone.page.getByText("Tableau verrouillé").waitFor();
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The link to project goes under its label, the whole width of its form: beside it, it was a few letters wide.
    const box = async (locator: Locator) => (await locator.boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };
    const label = await box(phone.page.getByText("Lien de participation à projeter", { exact: true }));
    const input = await box(phone.page.getByRole("textbox", { name: "Lien de participation à projeter" }));
    const form = await box(phone.page.locator(".participation-link"));
    expect(input.width).toBeGreaterThanOrEqual(form.width - 1);
    expect(input.y).toBeGreaterThanOrEqual(label.y + label.height);
    expect(input.height).toBeGreaterThanOrEqual(40);
    expect(await seriousAccessibilityViolations(phone.page)).toEqual([]);
    await saveScreenshot(phone.page, "board-facilitation-07-bar-busy-360");
    expectNoErrors(phone);
  });
});
