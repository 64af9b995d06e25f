import { addCard, type CreatedSpaceView, type SpaceView, setHidden } from "@atelier/shared";
import type { CDPSession, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import { LIVE_TIMEOUT_MS } from "../support/atelier-ui.ts";
import { writeBoard } from "../support/board-seed.ts";
import { clusterLane, dragAnnouncement, looseCards, openBoardAs, waitForTitles } from "../support/board-surface-ui.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import { timerDigits, voteResults, votesLeft } from "../support/facilitation-ui.ts";
import { plainSpaces } from "../support/plain-text.ts";
import { saveScreenshot } from "../support/screenshots.ts";

useServerAndBrowser();

/** What the keyboard is on: its role and accessible name as Chromium gives them to screen readers, and its look. */
interface Focus {
  role: string;
  name: string;
  /** It matches :focus-visible and draws an outline or a shadow there. */
  visible: boolean;
  style: string;
}

const sessions = new WeakMap<Page, CDPSession>();

async function focusOf(page: Page): Promise<Focus> {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    // Kept on, Chromium's accessibility tree follows the page rather than being built again on each question.
    await cdp.send("Accessibility.enable");
    sessions.set(page, cdp);
  }
  const { result } = await cdp.send("Runtime.evaluate", { expression: "document.activeElement" });
  const { nodes } = result.objectId
    ? await cdp.send("Accessibility.getPartialAXTree", { objectId: result.objectId, fetchRelatives: false })
    : { nodes: [] };
  const node = nodes[0];
  const look = await page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { visible: false, style: "the document" };
    const { outlineStyle, outlineWidth, boxShadow } = getComputedStyle(element);
    const outline = outlineStyle !== "none" && Number.parseFloat(outlineWidth) > 0;
    return {
      visible: element.matches(":focus-visible") && (outline || boxShadow !== "none"),
      style: `${element.tagName.toLowerCase()} outline ${outlineStyle} ${outlineWidth}, shadow ${boxShadow}`,
    };
  });
  return { role: String(node?.role?.value ?? ""), name: String(node?.name?.value ?? ""), ...look };
}

function named(focus: Focus, wanted: string | RegExp): boolean {
  const name = plainSpaces(focus.name);
  return typeof wanted === "string" ? name === wanted : wanted.test(name);
}

/** The focus is (or comes within the live-update delay) on the control named so, with a visible focus indicator. */
async function expectFocusOn(page: Page, wanted: string | RegExp): Promise<Focus> {
  let focus = await focusOf(page);
  const deadline = Date.now() + LIVE_TIMEOUT_MS;
  while (!named(focus, wanted) && Date.now() < deadline) {
    await page.waitForTimeout(50);
    focus = await focusOf(page);
  }
  expect(named(focus, wanted), `focus on ${focus.role} "${focus.name}" (${focus.style}), not on ${wanted}`).toBe(true);
  expect(focus.visible, `no visible focus on ${focus.role} "${focus.name}": ${focus.style}`).toBe(true);
  return focus;
}

/**
 * Presses Tab (or Shift+Tab) until the control named so has the focus, as a keyboard user goes through the page;
 * every stop on the way must have a name and show the focus.
 */
async function tabTo(page: Page, wanted: string | RegExp, options: { back?: boolean; max?: number } = {}) {
  const { back = false, max = 60 } = options;
  const path: string[] = [];
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    let focus = await focusOf(page);
    // The accessibility tree may lag a frame behind the focus.
    for (let retry = 0; retry < 10 && focus.name === ""; retry++) {
      await page.waitForTimeout(20);
      focus = await focusOf(page);
    }
    path.push(`${focus.role} "${focus.name}"`);
    if (named(focus, wanted)) return expectFocusOn(page, wanted);
    // Past the last control, the browser's own interface comes before the page's first one again.
    if (focus.style === "the document") continue;
    expect(focus.name, `a stop without a name on the way to ${wanted}: ${path.join(" → ")}`).not.toBe("");
    expect(focus.visible, `no visible focus on ${focus.role} "${focus.name}": ${focus.style}`).toBe(true);
  }
  throw new Error(`${wanted} not reached in ${max} presses: ${path.join(" → ")}`);
}

/** The value of the field that has the focus, as a screen reader would read it out. */
function focusedValue(page: Page): Promise<string> {
  return page.evaluate(() => (document.activeElement as HTMLInputElement | HTMLSelectElement | null)?.value ?? "");
}

/** What the page's live regions say now (polite, assertive, status and alert). */
function liveRegionTexts(page: Page): Promise<string[]> {
  return page
    .locator("[aria-live], [role='status'], [role='alert']")
    .evaluateAll((regions) => regions.map((region) => region.textContent?.trim() ?? "").filter(Boolean))
    .then((texts) => texts.map(plainSpaces));
}

/** Waits until one of the page's live regions says `text`. */
async function announced(page: Page, text: string, timeout = LIVE_TIMEOUT_MS): Promise<void> {
  await expect
    .poll(async () => (await liveRegionTexts(page)).some((said) => said.includes(text)), { timeout })
    .toBe(true);
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

const SPACE = "CdC Pyrénées-Cerdagne";
const NEED = "Places d'accueil pour les moins d'un an";
const IDEA = "Micro-crèche";
const IDEA_RENAMED = "Micro-crèche intercommunale";
const CLUSTER = "Accueil du jeune enfant";

describe("a facilitator's workshop with the keyboard alone", () => {
  it("goes from the home page to the action plan, and a partner hears what changes on the board", async () => {
    const { page, errors } = await browser.newPage();

    // The home page: a new CTG space, from the form's fields.
    await page.goto(server.url);
    await page.getByRole("button", { name: "Créer l'espace" }).waitFor();
    await tabTo(page, "Nom du territoire");
    await page.keyboard.type(SPACE);
    await tabTo(page, "Année de début");
    await page.keyboard.press("Control+a");
    await page.keyboard.type("2025");
    await tabTo(page, "Année de fin");
    await page.keyboard.press("Control+a");
    await page.keyboard.type("2029");
    await expectAccessible(page);
    await tabTo(page, "Créer l'espace");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: SPACE }).waitFor();

    // The facilitator link, shown this once, is the next stop; then the focus goes back to the space's name.
    await tabTo(page, "Lien animateur", { max: 3 });
    const facilitatorLink = await focusedValue(page);
    expect(facilitatorLink).toMatch(/#acces=/);
    await expectAccessible(page);
    await saveScreenshot(page, "keyboard-journey-01-space");
    await tabTo(page, "J'ai conservé le lien");
    await page.keyboard.press("Enter");
    await expectFocusOn(page, SPACE);
    expect(await page.getByRole("textbox", { name: "Lien animateur" }).count()).toBe(0);

    // A partner joined through an invitation link and is on the same board: their page listens.
    const spaceId = new URL(facilitatorLink).pathname.split("/").at(-1) ?? "";
    const secret = new URL(facilitatorLink).hash.replace("#acces=", "");
    const view = (await (await server.request("GET", `/api/spaces/${spaceId}`)).json()) as SpaceView;
    const space: CreatedSpaceView = { ...view, facilitatorSecret: secret };
    const board = space.boards.find((candidate) => candidate.theme === "Parentalité");
    if (!board) throw new Error("no Parentalité board");
    const partner = await browser.newPage();
    // The partner's clock can run ahead: the shared countdown ends there without waiting a whole minute.
    await partner.page.clock.install();
    await openBoardAs(partner.page, server.url, await server.join(space, "partner", "Inès (PMI)"), board.id);

    // The board: its link, then the name the others will see, and the add-card title is ready.
    await tabTo(page, "Parentalité");
    await page.keyboard.press("Enter");
    await expectFocusOn(page, "Votre nom");
    await page.keyboard.type("Claire (Caf)");
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: "Connecté" }).waitFor();
    await expectFocusOn(page, "Titre");

    // Two cards of different kinds: the kind by its first letter, then the title; Enter adds, the title stays ready.
    await tabTo(page, "Type", { back: true });
    await page.keyboard.press("b");
    expect(await focusedValue(page)).toBe("besoin");
    await tabTo(page, "Titre");
    await page.keyboard.type(NEED);
    await page.keyboard.press("Enter");
    await looseCards(page).getByRole("article", { name: NEED }).waitFor();
    await expectFocusOn(page, "Titre");
    await announced(page, `Carte Besoin ajoutée parmi les cartes non regroupées : ${NEED}.`);
    await announced(partner.page, `Claire (Caf) a ajouté une carte Besoin : ${NEED}`);

    await tabTo(page, "Type", { back: true });
    await page.keyboard.press("p");
    expect(await focusedValue(page)).toBe("piste");
    await tabTo(page, "Titre");
    await page.keyboard.type(IDEA);
    await tabTo(page, "Ajouter la carte");
    await page.keyboard.press("Space");
    await looseCards(page).getByRole("article", { name: IDEA }).waitFor();
    await expectFocusOn(page, "Titre");
    await announced(partner.page, `Claire (Caf) a ajouté une carte Piste d'action : ${IDEA}`);

    // Editing a card's title from its actions: the title field takes the focus, then gives it back to "Modifier".
    await tabTo(page, `Actions sur la carte « ${IDEA} »`);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-expanded"))).toBe("true");
    await tabTo(page, `Modifier la carte « ${IDEA} »`);
    await page.keyboard.press("Enter");
    await expectFocusOn(page, "Titre");
    expect(
      plainSpaces(await page.evaluate(() => document.activeElement?.closest("form")?.getAttribute("aria-label"))),
    ).toBe(`Modifier la carte « ${IDEA} »`);
    await page.keyboard.type(IDEA_RENAMED);
    await page.keyboard.press("Enter");
    await looseCards(page).getByRole("article", { name: IDEA_RENAMED }).waitFor();
    await expectFocusOn(page, `Modifier la carte « ${IDEA_RENAMED} »`);
    await tabTo(page, `Actions sur la carte « ${IDEA_RENAMED} »`, { back: true });
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-expanded"))).toBe("false");

    // Its description: unfolded, written in, and left again with Tab (no keyboard trap in the rich-text editor).
    await tabTo(page, `Description de « ${IDEA_RENAMED} »`, { back: true });
    await page.keyboard.press("Enter");
    await tabTo(page, `Description de la carte « ${IDEA_RENAMED} »`);
    await page.keyboard.type("Dix places, ouverte de 7 h à 19 h.");
    await page.keyboard.press("Tab");
    const afterEditor = await focusOf(page);
    expect(plainSpaces(afterEditor.name)).not.toBe(`Description de la carte « ${IDEA_RENAMED} »`);
    expect(plainSpaces(afterEditor.name)).not.toBe("");

    // A cluster by dragging with the keyboard: Space picks the card up, an arrow brings it onto the other, Space.
    await tabTo(page, `Déplacer « ${IDEA_RENAMED} »`, { back: true });
    await page.keyboard.press("Space");
    await dragAnnouncement(page)
      .filter({ hasText: `Carte « ${IDEA_RENAMED} » saisie.` })
      .waitFor({ state: "attached" });
    // dnd-kit starts listening to the arrows in a zero-delay timer queued at pick-up.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await page.keyboard.press("ArrowUp");
    await dragAnnouncement(page)
      .filter({ hasText: `Sur « ${NEED} » : relâchez pour regrouper les deux cartes.` })
      .waitFor({ state: "attached" });
    await page.keyboard.press("Space");
    await waitForTitles(clusterLane(page, "Regroupement 1"), [NEED, IDEA_RENAMED], LIVE_TIMEOUT_MS);
    await dragAnnouncement(page)
      .filter({ hasText: `Carte « ${IDEA_RENAMED} » déplacée vers le regroupement « Regroupement 1 ».` })
      .waitFor({ state: "attached" });
    await expectFocusOn(page, `Déplacer « ${IDEA_RENAMED} »`);

    // The cluster gets its name from its own form; the focus comes back to the button that opened it.
    await tabTo(page, "Modifier le regroupement « Regroupement 1 »", { back: true });
    await page.keyboard.press("Enter");
    await expectFocusOn(page, "Nom du regroupement");
    await page.keyboard.type(CLUSTER);
    await page.keyboard.press("Enter");
    await expectFocusOn(page, `Modifier le regroupement « ${CLUSTER} »`);
    await waitForTitles(clusterLane(partner.page, CLUSTER), [NEED, IDEA_RENAMED], LIVE_TIMEOUT_MS);

    // The dot vote: opened from the facilitator's tools, two votes placed, then closed.
    await tabTo(page, "Outils d'animation", { back: true, max: 80 });
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-expanded"))).toBe("true");
    await tabTo(page, "Votes par personne");
    await page.keyboard.press("Control+a");
    await page.keyboard.type("2");
    await page.keyboard.press("Enter");
    await expectFocusOn(page, "Clore le vote");
    await announced(partner.page, "Le vote est ouvert : 2 votes par personne.");
    await votesLeft(partner.page).filter({ hasText: "Il vous reste 2 votes." }).waitFor();
    await expectAccessible(page);
    await tabTo(page, `Voter pour « ${NEED} »`);
    await page.keyboard.press("Enter");
    await votesLeft(page).filter({ hasText: "Il vous reste 1 vote." }).waitFor({ timeout: LIVE_TIMEOUT_MS });
    await expectFocusOn(page, `Voter pour « ${NEED} »`);
    await tabTo(page, `Voter pour « ${IDEA_RENAMED} »`);
    await page.keyboard.press("Enter");
    await votesLeft(page)
      .filter({ hasText: "Vous avez utilisé tous vos votes." })
      .waitFor({ timeout: LIVE_TIMEOUT_MS });
    await expectFocusOn(page, `Voter pour « ${IDEA_RENAMED} »`);
    await tabTo(page, "Clore le vote", { back: true, max: 80 });
    await page.keyboard.press("Enter");
    await voteResults(page).waitFor({ timeout: LIVE_TIMEOUT_MS });
    await expectFocusOn(page, "Reprendre le vote");
    await announced(partner.page, "Le vote est clos : les résultats sont affichés.");

    // The timer, one minute; the partner's page says when it is over.
    await tabTo(page, "Autre durée (min)", { back: true });
    await page.keyboard.type("1");
    await page.keyboard.press("Enter");
    await expectFocusOn(page, "Pause");
    await timerDigits(partner.page).waitFor({ timeout: LIVE_TIMEOUT_MS });
    expect(await liveRegionTexts(partner.page)).not.toContain("Temps écoulé");
    await partner.page.clock.fastForward(61_000);
    await announced(partner.page, "Temps écoulé");
    expect(await partner.page.locator("[aria-live='assertive']").filter({ hasText: "Temps écoulé" }).count()).toBe(1);
    await expectAccessible(partner.page);
    await saveScreenshot(partner.page, "keyboard-journey-02-partner-time-up");

    // Deciding: the "Décider" step, then the whole cluster kept from the vote's results.
    await tabTo(page, "Décider", { back: true });
    await page.keyboard.press("Enter");
    await expectFocusOn(page, "Décider");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-current"))).toBe("step");
    await announced(partner.page, "Nouvelle étape : Décider.");
    await tabTo(page, `Retenir tout le regroupement « ${CLUSTER} »`);
    await page.keyboard.press("Enter");
    await expectFocusOn(page, `Ne plus retenir les cartes de « ${CLUSTER} »`);
    for (const title of [NEED, IDEA_RENAMED]) {
      await clusterLane(page, CLUSTER)
        .getByRole("article", { name: title })
        .getByText("Retenue", { exact: true })
        .waitFor({ timeout: LIVE_TIMEOUT_MS });
    }
    await expectAccessible(page);
    await saveScreenshot(page, "keyboard-journey-03-decided");

    // Into the action plan: the outcome is said where the button is, with the way to the plan next to it.
    await tabTo(page, `Promouvoir au plan : « ${CLUSTER} »`);
    await page.keyboard.press("Enter");
    await announced(page, `La fiche action « ${CLUSTER} » a été créée dans le plan.`);
    await expectFocusOn(page, `Promouvoir au plan : « ${CLUSTER} »`);
    // Its cards are in the plan now: the results no longer offer a switch that could not change them.
    await voteResults(page)
      .getByText("Au plan d'action", { exact: true })
      .first()
      .waitFor({ timeout: LIVE_TIMEOUT_MS });
    expect(
      await voteResults(page)
        .getByRole("button", { name: `Ne plus retenir les cartes de « ${CLUSTER} »` })
        .count(),
    ).toBe(0);
    await tabTo(page, "Voir le plan d'actions", { max: 2 });
    await page.keyboard.press("Enter");

    // The plan page: the focus on its title, the new fiche one Tab away among those to attach to an axis.
    await expectFocusOn(page, "Axes, objectifs et fiches actions");
    const unplaced = page.getByRole("region", { name: "Fiches à rattacher à un axe" });
    await unplaced.getByRole("link", { name: CLUSTER }).waitFor();
    await expectAccessible(page);
    await tabTo(page, CLUSTER);
    await page.keyboard.press("Enter");
    await expectFocusOn(page, CLUSTER);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H2");
    await expectAccessible(page);
    await saveScreenshot(page, "keyboard-journey-04-fiche");

    expect(errors).toEqual([]);
    expect(partner.errors).toEqual([]);
  }, 120_000);
});

describe("announcements in hidden mode", () => {
  it("does not read out the cards that hidden mode keeps from a partner", async () => {
    const space = await server.createSpace("CdC Capcir-Haut Conflent");
    const board = space.boards.find((candidate) => candidate.theme === "Parentalité");
    if (!board) throw new Error("no Parentalité board");
    const write = (change: Parameters<typeof writeBoard>[3]) =>
      writeBoard(server.wsUrl, board.documentName, space.facilitatorSecret, change);
    const card = (title: string) =>
      write((doc) =>
        addCard(
          doc,
          title,
          { kind: "constat", title, authorId: "facilitator", authorName: "Claire (Caf)", authorRole: "facilitator" },
          Date.now(),
        ),
      );
    const partner = await browser.newPage();
    // Everything the live regions say, from the start: what was said and replaced since counts too.
    await partner.page.addInitScript(() => {
      const said = new Set<string>();
      Object.assign(window, { said });
      new MutationObserver(() => {
        for (const region of Array.from(document.querySelectorAll("[aria-live], [role='status'], [role='alert']"))) {
          const text = region.textContent?.trim();
          if (text) said.add(text);
        }
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await openBoardAs(partner.page, server.url, await server.join(space, "partner", "Samia (centre social)"), board.id);
    const everythingSaid = () => partner.page.evaluate(() => [...(window as unknown as { said: Set<string> }).said]);

    await write((doc) => setHidden(doc, true));
    await announced(partner.page, "Les contributions sont masquées.");
    await card("Une carte que la partenaire ne voit pas");
    await write((doc) => setHidden(doc, false));
    await announced(partner.page, "Les contributions sont révélées à tous.");
    await card("Une carte que tout le monde voit");
    await announced(partner.page, "Claire (Caf) a ajouté une carte Constat : Une carte que tout le monde voit");
    expect((await everythingSaid()).filter((text) => text.includes("ne voit pas"))).toEqual([]);
    expect(partner.errors).toEqual([]);
  });
});
