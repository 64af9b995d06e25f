import {
  type CreatedSpaceView,
  citationOf,
  citeOnCard,
  closeVote,
  FACILITATOR_PARTICIPANT_ID,
  openVote,
  placeVote,
  setCardStatus,
  setPhase,
} from "@atelier/shared";
import type { Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import { cardsIn, WORKSHOP, writeBoard, writeWorkshop } from "../support/board-seed.ts";
import { cardIn, clusterLane, looseCards, openBoard, openBoardAs } from "../support/board-surface-ui.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import {
  currentPhase,
  facilitationPanel,
  inViewport,
  openFacilitatorTools,
  startTimerPreset,
  timerDigits,
  voteResults,
} from "../support/facilitation-ui.ts";
import { importExampleIndicators, indicatorLabelled } from "../support/indicator-api.ts";
import { saveScreenshotOf } from "../support/participation-ui.ts";

const LAPTOP = { width: 1366, height: 768 };
const PROJECTOR = { width: 1920, height: 1080 };
const PHONE = { width: 360, height: 640 };
const LARGE_PHONE = { width: 390, height: 844 };
/**
 * Cards wholly on the first screen of the workshop below at 1366 × 768, measured with this file's first test on the
 * board as it was before its board-first layout (a form, a search bar and a loose-cards area above the lanes).
 */
const WHOLE_CARDS_BEFORE = 4;
const TOTAL = cardsIn(WORKSHOP);
const CLUSTERS = WORKSHOP.flatMap((group) => (group.cluster === null ? [] : [group.cluster]));
const LOOSE = WORKSHOP.find((group) => group.cluster === null)?.cards.map(([, title]) => title) ?? [];

useServerAndBrowser();
let space: CreatedSpaceView;

beforeAll(async () => {
  space = await server.createSpace("CdC Conflent-Canigou");
  const figures = await importExampleIndicators(server, space);
  // Figures cited on a card of a cluster, on one of another and on a loose card: the badges take room too.
  const cited = [
    ["card-0", "Part de la population couverte par la Caf"],
    ["card-14", "Familles monoparentales"],
    ["card-37", "Évolution du nombre d'allocataires 2014-2019"],
  ] as const;
  await writeOn("Petite enfance", (doc) => {
    writeWorkshop(doc);
    for (const [cardId, label] of cited) {
      citeOnCard(doc, cardId, citationOf(indicatorLabelled(figures, label)), Date.now());
    }
  });
  await writeOn("Parentalité", decidedWorkshop);
});

function boardOf(theme: string) {
  const board = space.boards.find((candidate) => candidate.theme === theme);
  if (!board) throw new Error(`no board ${theme}`);
  return board;
}

function writeOn(theme: string, write: (doc: Y.Doc) => void): Promise<void> {
  return writeBoard(server.wsUrl, boardOf(theme).documentName, space.facilitatorSecret, write);
}

function facilitatorUrl(theme: string): string {
  return `${server.url}/espaces/${space.id}/tableaux/${boardOf(theme).id}#acces=${space.facilitatorSecret}`;
}

/**
 * The same workshop at the end of the session: a closed vote, every card's total shown, the first card of each
 * cluster and every action idea kept. Cards' footers and headers are then at their fullest.
 */
function decidedWorkshop(doc: Y.Doc): void {
  writeWorkshop(doc);
  setPhase(doc, "decide");
  openVote(doc, 5);
  for (const [index, cardId] of ["card-0", "card-4", "card-4", "card-20", "card-33"].entries()) {
    placeVote(doc, FACILITATOR_PARTICIPANT_ID, cardId, `vote-${index}`);
  }
  closeVote(doc);
  let count = 0;
  for (const group of WORKSHOP) {
    group.cards.forEach(([kind], index) => {
      if (index === 0 || kind === "piste") setCardStatus(doc, `card-${count}`, "agreed", Date.now());
      count++;
    });
  }
}

/** Descendants of each card drawn outside of it (screen-reader-only text aside): "card title: classes". */
function overflowingCards(page: Page): Promise<string[]> {
  return page.getByRole("article").evaluateAll((cards) =>
    cards.flatMap((card) => {
      const frame = card.getBoundingClientRect();
      const outside = Array.from(card.querySelectorAll("*")).filter((element) => {
        if (element.closest(".visually-hidden")) return false;
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.right > frame.right + 0.5 || box.left < frame.left - 0.5);
      });
      return outside.length === 0
        ? []
        : [`${card.getAttribute("aria-label")}: ${outside.map((element) => element.getAttribute("class")).join(", ")}`];
    }),
  );
}

async function allInViewport(page: Page, elements: Locator[]): Promise<boolean> {
  const seen = await Promise.all(elements.map((element) => inViewport(page, element)));
  return seen.every(Boolean);
}

/** Whether every element starts above the bottom of the viewport: it shows on the first screen, in part at least. */
async function allStartOnScreen(page: Page, elements: Locator[]): Promise<boolean> {
  const tops = await Promise.all(elements.map(async (element) => (await element.boundingBox())?.y));
  const height = page.viewportSize()?.height ?? 0;
  return tops.every((top) => top !== undefined && top >= 0 && top < height);
}

/** Cards drawn wholly inside the viewport, without scrolling. */
function cardsWhollyOnScreen(page: Page): Promise<number> {
  return page
    .getByRole("article")
    .evaluateAll((cards) =>
      cards.filter((card) => {
        const box = card.getBoundingClientRect();
        return box.width > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
      }),
    )
    .then((cards) => cards.length);
}

function focusedName(page: Page): Promise<string | null> {
  return page.evaluate(
    () => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent ?? null,
  );
}

function looseCardsOf(page: Page): Locator[] {
  return LOOSE.map((title) => cardIn(looseCards(page), title));
}

describe("a 41-card, 6-cluster workshop on a meeting room's screens", () => {
  it("shows the first cards on a laptop's first screen, with the chrome folded", async () => {
    const { page, errors } = await browser.newPage(LAPTOP);
    await openBoard(page, facilitatorUrl("Petite enfance"), "Claire (Caf)");
    await clusterLane(page, "Inclusion du handicap").waitFor();
    expect(await page.getByRole("article").count()).toBe(TOTAL);
    const tools = facilitationPanel(page).getByRole("button", { name: "Outils d'animation" });
    expect(await tools.getAttribute("aria-expanded")).toBe("false");
    expect(await page.getByRole("button", { name: "Filtrer", exact: true }).getAttribute("aria-expanded")).toBe(
      "false",
    );
    await page.getByRole("searchbox", { name: "Rechercher" }).waitFor();
    await page.getByText(`${TOTAL} cartes sur ${TOTAL}`).waitFor();
    await saveScreenshotOf(page, "board-layout-01-facilitator-1366x768");

    // The board first: at least twice as many whole cards on the first screen as before.
    const whole = await cardsWhollyOnScreen(page);
    console.info(`Whole cards on a 1366 × 768 first screen: ${whole} (before: ${WHOLE_CARDS_BEFORE}).`);
    expect(whole).toBeGreaterThanOrEqual(2 * WHOLE_CARDS_BEFORE);
    // The bar keeps to one line: the connection, at its end, is level with the theme.
    const theme = await page.getByRole("heading", { level: 1 }).boundingBox();
    const connection = await page.getByRole("status", { name: "État de la connexion" }).boundingBox();
    expect(Math.abs((connection?.y ?? 0) - (theme?.y ?? 0))).toBeLessThan(24);

    // The loose cards' first row whole, and every cluster beginning, without scrolling.
    expect(await allInViewport(page, looseCardsOf(page))).toBe(true);
    expect(
      await allStartOnScreen(
        page,
        CLUSTERS.map((name) => clusterLane(page, name)),
      ),
    ).toBe(true);
    expect(await overflowingCards(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(LAPTOP.width);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("shows the clusters' first cards on a projector's first screen, in larger type", async () => {
    const { page, errors } = await browser.newPage(PROJECTOR);
    await openBoard(page, facilitatorUrl("Petite enfance"), "Claire (Caf)");
    await clusterLane(page, "Inclusion du handicap").waitFor();
    await saveScreenshotOf(page, "board-layout-02-facilitator-1920x1080");
    // The loose cards whole; every cluster's name and its first card's title, without scrolling.
    const names = CLUSTERS.map((name) => clusterLane(page, name).getByRole("heading", { name, exact: true }));
    const firstTitles = WORKSHOP.flatMap(({ cluster, cards: [first] }) =>
      cluster === null || !first ? [] : [clusterLane(page, cluster).getByRole("heading", { name: first[1] })],
    );
    expect(await allInViewport(page, [...looseCardsOf(page), ...names, ...firstTitles])).toBe(true);
    // Read from the back of the room: card titles of 20 px or more.
    const titleSize = await page
      .getByRole("article")
      .first()
      .getByRole("heading")
      .evaluate((title) => Number.parseFloat(getComputedStyle(title).fontSize));
    expect(titleSize).toBeGreaterThanOrEqual(20);
    expect(await overflowingCards(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(PROJECTOR.width);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("remembers per board whether the facilitator's tools are open", async () => {
    const { page, errors } = await browser.newPage(LAPTOP);
    await openBoard(page, facilitatorUrl("Petite enfance"), "Claire (Caf)");
    const tools = facilitationPanel(page).getByRole("button", { name: "Outils d'animation" });
    await tools.click();
    await page.getByRole("button", { name: "Verrouiller le tableau" }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshotOf(page, "board-layout-03-tools-open-1366x768");

    await page.reload();
    await page.getByRole("status").filter({ hasText: "Connecté" }).waitFor();
    await page.getByRole("button", { name: "Verrouiller le tableau" }).waitFor();
    expect(await tools.getAttribute("aria-expanded")).toBe("true");
    // Another board keeps its own choice: folded until asked for.
    await page.goto(facilitatorUrl("Parentalité"));
    await page.getByRole("status").filter({ hasText: "Connecté" }).waitFor();
    expect(await tools.getAttribute("aria-expanded")).toBe("false");
    expect(await page.getByRole("button", { name: "Verrouiller le tableau" }).isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it.each([
    ["1366x768", LAPTOP],
    ["1920x1080", PROJECTOR],
  ] as const)("keeps kept cards' badges, totals and buttons inside their cards at %s", async (name, viewport) => {
    const { page, errors } = await browser.newPage(viewport);
    await openBoard(page, facilitatorUrl("Parentalité"), "Claire (Caf)");
    await voteResults(page).waitFor();
    await cardIn(clusterLane(page, "Accueil du jeune enfant"), "Ouvrir une micro-crèche intercommunale")
      .getByText("Retenue")
      .waitFor();
    expect(await overflowingCards(page)).toEqual([]);
    await saveScreenshotOf(clusterLane(page, "Accueil du jeune enfant"), `board-layout-04-decided-lane-${name}`);
    expect(errors).toEqual([]);
  });

  it("fits a partner's phone at 360 × 640", async () => {
    const samia = await server.join(space, "partner", "Samia (Caf)");
    const { page, errors } = await browser.newPage(PHONE);
    await openBoardAs(page, server.url, samia, boardOf("Petite enfance").id);
    await clusterLane(page, "Inclusion du handicap").waitFor();
    // The first screen shows cards under the chrome: the add-card form waits folded behind its button.
    const firstCard = page.getByRole("article").first();
    expect(await firstCard.evaluate((card) => card.getBoundingClientRect().top)).toBeLessThan(PHONE.height - 80);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(PHONE.width);
    expect(await overflowingCards(page)).toEqual([]);
    await saveScreenshotOf(page, "board-layout-05-partner-360x640");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Ajouter une carte", expanded: false }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("placeholder")))
      .toMatch(/^Une idée/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(PHONE.width);
    await saveScreenshotOf(page, "board-layout-06-partner-360x640-adding");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("fits a phone at 390 × 844: no sideways scrolling, cards wide enough to read", async () => {
    const samia = await server.join(space, "partner", "Samia (Caf)");
    const { page, errors } = await browser.newPage(LARGE_PHONE);
    await openBoardAs(page, server.url, samia, boardOf("Petite enfance").id);
    await clusterLane(page, "Inclusion du handicap").waitFor();
    await saveScreenshotOf(page, "board-layout-07-partner-390x844");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(LARGE_PHONE.width);
    const firstCard = page.getByRole("article").first();
    expect(await firstCard.evaluate((card) => card.getBoundingClientRect().top)).toBeLessThan(LARGE_PHONE.height * 0.6);
    // A card takes the phone's width, its title in text of 15 px or more.
    expect((await firstCard.boundingBox())?.width).toBeGreaterThan(LARGE_PHONE.width * 0.8);
    const titleSize = await firstCard
      .getByRole("heading")
      .evaluate((title) => Number.parseFloat(getComputedStyle(title).fontSize));
    expect(titleSize).toBeGreaterThanOrEqual(15);
    expect(await overflowingCards(page)).toEqual([]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("opens the add-card form on demand, by its button or the N key, and gives the focus back", async () => {
    const { page, errors } = await browser.newPage(LAPTOP);
    await openBoard(page, facilitatorUrl("Parentalité"), "Claire (Caf)");
    // Whoever just gave their name finds the form open; coming back, past the Contribuer phase, it waits behind
    // its button, which tells screen readers of its shortcut.
    await page.reload();
    await page.getByRole("status").filter({ hasText: "Connecté" }).waitFor();
    const button = page.getByRole("button", { name: "Ajouter une carte", exact: true });
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    expect(await button.getAttribute("aria-keyshortcuts")).toBe("N");
    const form = page.getByRole("form", { name: "Ajouter une carte" });
    expect(await form.isVisible()).toBe(false);

    const expandAll = page.getByRole("button", { name: "Déplier les descriptions" });
    await expandAll.focus();
    await page.keyboard.press("n");
    await form.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("placeholder"))).toMatch(/^Une idée/);
    await page.keyboard.type("Café des parents");
    // The facilitator moves the phase on meanwhile: the form stays, and the keyboard in it.
    await writeOn("Parentalité", (doc) => setPhase(doc, "vote"));
    await currentPhase(page).filter({ hasText: "Voter" }).waitFor();
    expect(await form.isVisible()).toBe(true);
    await page.keyboard.type(" au collège");
    await page.keyboard.press("Enter");
    await cardIn(looseCards(page), "Café des parents au collège").waitFor();
    // Ready for the next card; Escape closes the form and the keyboard is back where it was.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("placeholder"))).toMatch(/^Une idée/);
    await page.keyboard.press("Escape");
    await form.waitFor({ state: "hidden" });
    expect(await focusedName(page)).toBe("Déplier les descriptions");

    // Typing an "n" in a field is typing, not the shortcut.
    await page.getByRole("searchbox", { name: "Rechercher" }).fill("n");
    expect(await form.isVisible()).toBe(false);
    await button.click();
    await form.waitFor();
    expect(errors).toEqual([]);
  });

  it("presents the board on a projector: lanes and cards alone, large, with the phase, the timer and the QR code", async () => {
    const { page, errors } = await browser.newPage(PROJECTOR);
    await openBoard(page, facilitatorUrl("Petite enfance"), "Claire (Caf)");
    await startTimerPreset(page, 5);
    const link = `${server.url}/rejoindre#invitation=atelier-petite-enfance&role=habitant`;
    await openFacilitatorTools(page);
    await page.getByRole("textbox", { name: "Lien de participation à projeter" }).fill(link);
    await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await page.getByText("Le QR code de ce lien s'affichera en présentation.").waitFor();

    const present = page.getByRole("button", { name: "Présenter", exact: true });
    await present.click();
    const presentation = page.getByRole("region", { name: /^Présentation du tableau/ });
    await presentation.getByRole("img", { name: "QR code du lien de participation" }).waitFor();
    // An invitation link is only scanned: no one could type its token from the back of the room.
    await presentation
      .getByText("Pour participer, scannez le code avec l'appareil photo de votre téléphone.")
      .waitFor();
    expect(await presentation.getByText(/rejoindre#invitation/).count()).toBe(0);
    await presentation.getByText("Contribuer", { exact: true }).waitFor();
    expect(await presentation.getByTestId("timer-digits").isVisible()).toBe(true);
    expect(await timerDigits(page).last().textContent()).toMatch(/^0?[45]:\d\d$/);
    // Nothing but the lanes and the cards: no bar, no search, no form, no handle or menu on the cards.
    expect(await facilitationPanel(page).getByRole("button", { name: "Outils d'animation" }).isVisible()).toBe(false);
    expect(await page.getByRole("searchbox", { name: "Rechercher" }).isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: /^Déplacer «\s/ }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /^Actions sur la carte/ }).count()).toBe(0);
    expect(await page.getByRole("article").count()).toBe(TOTAL);
    const titleSize = await page
      .getByRole("article")
      .first()
      .getByRole("heading")
      .evaluate((title) => Number.parseFloat(getComputedStyle(title).fontSize));
    expect(titleSize).toBeGreaterThanOrEqual(26);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(PROJECTOR.width);
    expect(await overflowingCards(page)).toEqual([]);
    await saveScreenshotOf(page, "board-layout-08-presentation-1920x1080");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Escape gives the usual board back, the focus on the button that started the presentation.
    await page.keyboard.press("Escape");
    await presentation.waitFor({ state: "detached" });
    expect(await focusedName(page)).toBe("Présenter");
    expect(await page.getByRole("button", { name: /^Déplacer «\s/ }).count()).toBe(TOTAL);
    expect(errors).toEqual([]);
  });
});
