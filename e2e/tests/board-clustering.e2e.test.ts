import { addCard, type CreatedSpaceView, createCluster, moveCard } from "@atelier/shared";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import { cardBody, LIVE_TIMEOUT_MS } from "../support/atelier-ui.ts";
import { cardsIn, WORKSHOP, writeBoard, writeWorkshop } from "../support/board-seed.ts";
import {
  cardIn,
  clusterLane,
  dragAnnouncement,
  dragCardWithMouse,
  dragHandle,
  looseCards,
  moveWithMenu,
  openBoard,
  titlesIn,
  waitForTitles,
} from "../support/board-surface-ui.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import { plainSpaces } from "../support/plain-text.ts";
import { moveCaret, typedText } from "../support/rich-text-ui.ts";
import { saveScreenshot } from "../support/screenshots.ts";

useServerAndBrowser();

interface FreshBoard {
  space: CreatedSpaceView;
  boardId: string;
  url: string;
  write: (change: Parameters<typeof writeBoard>[3]) => Promise<void>;
}

/** A board of a new space, its address with the facilitator's access link, and a way to fill it from outside. */
async function freshBoard(theme = "Parentalité"): Promise<FreshBoard> {
  const space = await server.createSpace();
  const board = space.boards.find((candidate) => candidate.theme === theme);
  if (!board) throw new Error(`no board ${theme}`);
  return {
    space,
    boardId: board.id,
    url: `${server.url}/espaces/${space.id}/tableaux/${board.id}#acces=${space.facilitatorSecret}`,
    write: (change) => writeBoard(server.wsUrl, board.documentName, space.facilitatorSecret, change),
  };
}

const author = { authorId: "facilitator", authorName: "Claire (Caf)", authorRole: "facilitator" } as const;

/** Loose cards with these titles, then clusters with theirs, written as a facilitator would. */
function cards(loose: string[], clusters: Record<string, string[]> = {}) {
  return (doc: Parameters<Parameters<typeof writeBoard>[3]>[0]) => {
    let count = 0;
    const add = (title: string) => {
      const id = `card-${count++}`;
      addCard(doc, id, { kind: "besoin", title, ...author }, Date.now());
      return id;
    };
    for (const [name, titles] of Object.entries(clusters)) {
      const clusterId = `cluster-${name}`;
      createCluster(doc, clusterId, { name, color: "vert" });
      for (const title of titles) moveCard(doc, add(title), clusterId, Number.POSITIVE_INFINITY);
    }
    for (const title of loose) add(title);
  };
}

/** The keyboard drag has started and listens to the arrows. */
async function pickedUp(page: Page, title: string): Promise<void> {
  await dragAnnouncement(page)
    .filter({ hasText: `Carte « ${title} » saisie.` })
    .waitFor({ state: "attached" });
  // dnd-kit starts listening to the keys in a zero-delay timer queued at pick-up: one queued after it runs later.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

async function twoFacilitators(url: string): Promise<[Page, Page, () => void]> {
  const claire = await browser.newPage();
  const karim = await browser.newPage();
  await openBoard(claire.page, url, "Claire (Caf)");
  await openBoard(karim.page, url, "Karim (Mairie)");
  return [claire.page, karim.page, () => expect([...claire.errors, ...karim.errors]).toEqual([])];
}

describe("clustering cards by drag and drop", () => {
  it("groups two cards by dropping one onto the other, then drags and reorders with the mouse, live for the others", async () => {
    const board = await freshBoard();
    await board.write(cards(["Médiation familiale", "Groupes de parole", "Ateliers parents-ados"]));
    const [claire, karim, noErrors] = await twoFacilitators(board.url);

    // Dropped onto another loose card: the two start a cluster, the target first.
    await dragCardWithMouse(
      claire,
      cardIn(looseCards(claire), "Groupes de parole"),
      cardIn(looseCards(claire), "Médiation familiale"),
    );
    const laneForKarim = clusterLane(karim, "Regroupement 1");
    await waitForTitles(laneForKarim, ["Médiation familiale", "Groupes de parole"], LIVE_TIMEOUT_MS);
    expect(await titlesIn(looseCards(karim))).toEqual(["Ateliers parents-ados"]);

    // Dropped on the lower half of a clustered card: right after it.
    const laneForClaire = clusterLane(claire, "Regroupement 1");
    await dragCardWithMouse(
      claire,
      cardIn(looseCards(claire), "Ateliers parents-ados"),
      cardIn(laneForClaire, "Médiation familiale"),
      0.85,
    );
    await waitForTitles(
      laneForKarim,
      ["Médiation familiale", "Ateliers parents-ados", "Groupes de parole"],
      LIVE_TIMEOUT_MS,
    );

    // Within the cluster, onto the upper half of the first card: first.
    await dragCardWithMouse(
      claire,
      cardIn(laneForClaire, "Groupes de parole"),
      cardIn(laneForClaire, "Médiation familiale"),
      0.15,
    );
    await waitForTitles(
      laneForKarim,
      ["Groupes de parole", "Médiation familiale", "Ateliers parents-ados"],
      LIVE_TIMEOUT_MS,
    );
    await saveScreenshot(karim, "board-clustering-mouse-karim");

    // Ctrl+Z takes back Claire's last move only, for everyone.
    await claire.keyboard.press("Control+z");
    await waitForTitles(
      laneForKarim,
      ["Médiation familiale", "Ateliers parents-ados", "Groupes de parole"],
      LIVE_TIMEOUT_MS,
    );
    await claire.getByRole("button", { name: "Rétablir" }).click();
    await waitForTitles(
      laneForKarim,
      ["Groupes de parole", "Médiation familiale", "Ateliers parents-ados"],
      LIVE_TIMEOUT_MS,
    );
    noErrors();
  });

  it("moves cards with the keyboard alone, by dragging with Space and the arrows, and from the move menu", async () => {
    const board = await freshBoard();
    await board.write(cards(["Parrainage de familles", "Café des parents"], { Accueil: ["Maison des familles"] }));
    const [claire, karim, noErrors] = await twoFacilitators(board.url);
    const accueil = clusterLane(claire, "Accueil");

    // Space picks the card up, an arrow brings it over the cluster's card below, Space drops it there.
    await dragHandle(cardIn(looseCards(claire), "Parrainage de familles")).focus();
    await claire.keyboard.press("Space");
    await pickedUp(claire, "Parrainage de familles");
    await claire.keyboard.press("ArrowDown");
    await dragAnnouncement(claire)
      .filter({ hasText: "Avant « Maison des familles », dans le regroupement « Accueil »." })
      .waitFor({ state: "attached" });
    await claire.keyboard.press("Space");
    await waitForTitles(
      clusterLane(karim, "Accueil"),
      ["Parrainage de familles", "Maison des familles"],
      LIVE_TIMEOUT_MS,
    );

    // Down one place within the cluster, from the handle, which has the focus again in the card's new lane.
    await expect
      .poll(async () => plainSpaces(await claire.evaluate(() => document.activeElement?.getAttribute("aria-label"))))
      .toBe("Déplacer « Parrainage de familles »");
    await claire.keyboard.press("Enter");
    await pickedUp(claire, "Parrainage de familles");
    await claire.keyboard.press("ArrowDown");
    // The target is known once the page has measured where the card now is: what a screen reader hears then.
    await dragAnnouncement(claire)
      .filter({ hasText: "Après « Maison des familles », dans le regroupement « Accueil »." })
      .waitFor({ state: "attached" });
    await claire.keyboard.press("Enter");
    await waitForTitles(
      clusterLane(karim, "Accueil"),
      ["Maison des familles", "Parrainage de familles"],
      LIVE_TIMEOUT_MS,
    );

    // Escape puts the card back where it was.
    await dragHandle(cardIn(accueil, "Maison des familles")).focus();
    await claire.keyboard.press("Space");
    await pickedUp(claire, "Maison des familles");
    await claire.keyboard.press("ArrowDown");
    await dragAnnouncement(claire)
      .filter({ hasText: "Après « Parrainage de familles »" })
      .waitFor({ state: "attached" });
    await claire.keyboard.press("Escape");
    await dragAnnouncement(claire).filter({ hasText: "Déplacement annulé" }).waitFor({ state: "attached" });
    expect(await titlesIn(accueil)).toEqual(["Maison des familles", "Parrainage de familles"]);

    // Without dragging at all: the card's menu, then the focus stays on the moved card.
    const cafe = cardIn(looseCards(claire), "Café des parents");
    await moveWithMenu(cafe, "Accueil");
    await waitForTitles(
      clusterLane(karim, "Accueil"),
      ["Maison des familles", "Parrainage de familles", "Café des parents"],
      LIVE_TIMEOUT_MS,
    );
    await expect
      .poll(() => claire.evaluate(() => document.activeElement?.getAttribute("aria-label")))
      .toBe("Café des parents");
    await claire
      .getByText("Carte « Café des parents » déplacée vers le regroupement « Accueil ».")
      .waitFor({ state: "attached" });
    await cardIn(accueil, "Café des parents")
      .getByRole("button", { name: /^Actions sur la carte/ })
      .click();
    await cardIn(accueil, "Café des parents")
      .getByRole("button", { name: "Monter « Café des parents » d'un cran" })
      .click();
    await waitForTitles(
      clusterLane(karim, "Accueil"),
      ["Maison des familles", "Café des parents", "Parrainage de familles"],
      LIVE_TIMEOUT_MS,
    );
    await moveWithMenu(cardIn(accueil, "Maison des familles"), "Cartes non regroupées");
    await waitForTitles(looseCards(karim), ["Maison des familles"], LIVE_TIMEOUT_MS);
    await moveWithMenu(cardIn(looseCards(claire), "Maison des familles"), "Nouveau regroupement");
    await waitForTitles(clusterLane(karim, "Regroupement 2"), ["Maison des familles"], LIVE_TIMEOUT_MS);
    // Karim's screen reader hears about moves made by others.
    await karim
      .getByText("La carte « Maison des familles » a été déplacée vers le regroupement « Regroupement 2 ».")
      .waitFor({ state: "attached", timeout: LIVE_TIMEOUT_MS });

    // Renamed, recoloured, then ungrouped: its cards go back to the loose ones.
    await claire.getByRole("button", { name: "Modifier le regroupement « Regroupement 2 »" }).click();
    await claire.getByLabel("Nom du regroupement").fill("Lieux d'accueil");
    await claire.getByLabel("Couleur").selectOption({ label: "Violet" });
    await claire.getByRole("button", { name: "Enregistrer" }).click();
    await clusterLane(karim, "Lieux d'accueil").waitFor({ timeout: LIVE_TIMEOUT_MS });
    expect(await clusterLane(karim, "Lieux d'accueil").getAttribute("class")).toContain("lane--violet");
    await claire.getByRole("button", { name: "Dégrouper « Lieux d'accueil »" }).click();
    await claire.getByRole("button", { name: "Dégrouper", exact: true }).click();
    await clusterLane(karim, "Lieux d'accueil").waitFor({ state: "detached", timeout: LIVE_TIMEOUT_MS });
    await waitForTitles(looseCards(karim), ["Maison des familles"], LIVE_TIMEOUT_MS);
    expect(await seriousAccessibilityViolations(claire)).toEqual([]);
    noErrors();
  });
});

describe("a card's body", () => {
  it("keeps what two people type into it at the same time, and shows who is editing", async () => {
    const board = await freshBoard();
    const title = "Soutien aux parents d'adolescents";
    await board.write(cards([title]));
    const [claire, karim, noErrors] = await twoFacilitators(board.url);
    const bodies = [claire, karim].map((page) => {
      const card = cardIn(looseCards(page), title);
      return { page, card, body: cardBody(card) };
    });
    for (const { card, body } of bodies) {
      await card.getByRole("button", { name: `Description de « ${title} »` }).click();
      await body.click();
    }
    await claire.keyboard.type("Premier paragraphe.");
    await cardBody(cardIn(looseCards(karim), title))
      .getByText("Premier paragraphe.")
      .waitFor({ timeout: LIVE_TIMEOUT_MS });

    // Claire writes at the end while Karim writes at the start, keystroke by keystroke, at the same time.
    await moveCaret(claire, cardBody(cardIn(looseCards(claire), title)), "End", "end");
    await moveCaret(karim, cardBody(cardIn(looseCards(karim), title)), "Control+Home", "start");
    const fromClaire = " Les familles le demandent.";
    const fromKarim = "Vu en comité : ";
    await Promise.all([claire.keyboard.type(fromClaire, { delay: 15 }), karim.keyboard.type(fromKarim, { delay: 15 })]);
    const expected = `${fromKarim}Premier paragraphe.${fromClaire}`;
    for (const { body } of bodies) {
      await expect.poll(() => typedText(body), { timeout: LIVE_TIMEOUT_MS }).toBe(expected);
    }
    // Each sees the other named on the card while both have their cursor in it.
    await cardIn(looseCards(claire), title)
      .getByText("Karim (Mairie) modifie cette carte")
      .waitFor({ timeout: LIVE_TIMEOUT_MS });
    await cardIn(looseCards(karim), title)
      .getByText("Claire (Caf) modifie cette carte")
      .waitFor({ timeout: LIVE_TIMEOUT_MS });
    await saveScreenshot(claire, "board-clustering-shared-body");
    // Leaving the body takes the name away.
    await karim.getByRole("heading", { name: "Cartes non regroupées" }).click();
    await cardIn(looseCards(claire), title)
      .getByText("Karim (Mairie) modifie cette carte")
      .waitFor({ state: "detached", timeout: LIVE_TIMEOUT_MS });
    noErrors();
  });
});

describe("a workshop-sized board", () => {
  const total = cardsIn(WORKSHOP);
  let workshop: FreshBoard;

  beforeAll(async () => {
    expect(total).toBeGreaterThanOrEqual(40);
    workshop = await freshBoard("Petite enfance");
    await workshop.write(writeWorkshop);
  });

  it.each([
    ["laptop-1366x768", { width: 1366, height: 768 }],
    ["projector-1920x1080", { width: 1920, height: 1080 }],
    ["phone-360x740", { width: 360, height: 740 }],
  ] as const)(
    "lays out 40+ cards in 6 clusters on a %s screen, without serious accessibility issue",
    async (name, viewport) => {
      const { page, errors } = await browser.newPage(viewport);
      await openBoard(page, workshop.url, "Claire (Caf)");
      await clusterLane(page, "Inclusion du handicap").waitFor();
      expect(await page.getByRole("article").count()).toBe(total);
      await page.getByText(`${total} cartes sur ${total}`).waitFor();
      // Nothing sticks out sideways: the page scrolls down only, on a phone too.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(viewport.width);
      await saveScreenshot(page, `board-clustering-${name}`);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    },
  );

  it("filters by text (title, source and body), kind, author and status without changing the board", async () => {
    const { page, errors } = await browser.newPage();
    await openBoard(page, workshop.url, "Claire (Caf)");
    const search = page.getByRole("searchbox", { name: "Rechercher" });

    // Two titles speak of "horaires"; the cluster of that name is no card.
    await search.fill("horaires");
    await page.getByText(`2 cartes sur ${total}`).waitFor();
    // Accents and case do not matter; the source is searched too (two cards cite the survey).
    await search.fill("ENQUETE habitants");
    await page.getByText(`2 cartes sur ${total}`).waitFor();
    // So is the rich-text body: every third card has one mentioning the partners.
    await search.fill("à confirmer avec les partenaires");
    await page.getByText(`${Math.ceil(total / 3)} cartes sur ${total}`).waitFor();

    await page.getByRole("button", { name: "Effacer les filtres" }).click();
    // The criteria other than the search are folded behind « Filtrer ».
    await page.getByRole("button", { name: "Filtrer", exact: true }).click();
    await page.getByLabel("Type", { exact: true }).last().selectOption({ label: "Ressource" });
    const ressources = WORKSHOP.flatMap((group) => group.cards).filter(([kind]) => kind === "ressource").length;
    await page.getByText(`${ressources} cartes sur ${total}`).waitFor();
    await page.getByLabel("Auteur").selectOption({ label: "Inès (PMI)" });
    expect(
      await page
        .getByRole("article")
        .evaluateAll((cards) => cards.every((card) => card.textContent?.includes("Inès (PMI)"))),
    ).toBe(true);
    await page.getByLabel("Statut").selectOption({ label: "Retenue" });
    await page.getByText(`0 carte sur ${total}`).waitFor();
    expect(await page.getByRole("article").count()).toBe(0);
    await page.getByRole("button", { name: "Effacer les filtres" }).click();
    await page.getByText(`${total} cartes sur ${total}`).waitFor();
    expect(errors).toEqual([]);
  });

  it("shows an archived board read-only: no drag handle, no menu, no editing", async () => {
    const board = await freshBoard();
    await board.write(cards(["Médiation familiale"], { Accueil: ["Maison des familles"] }));
    const archived = await server.request("PATCH", `/api/spaces/${board.space.id}/boards/${board.boardId}`, {
      body: { archived: true },
      token: board.space.facilitatorSecret,
    });
    expect(archived.status).toBe(200);
    const { page, errors } = await browser.newPage();
    await openBoard(page, board.url, "Claire (Caf)");
    await cardIn(clusterLane(page, "Accueil"), "Maison des familles").waitFor();
    expect(await page.getByRole("button", { name: /^Déplacer «\s/ }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /^Actions sur la carte/ }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /^Modifier le regroupement/ }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Annuler" }).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
