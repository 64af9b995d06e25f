import { addCard as addCardTo, type CreatedSpaceView, cardById, type JoinedView, setLocked } from "@atelier/shared";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import { addCard, cardBody, cardTitled, LIVE_TIMEOUT_MS } from "../support/atelier-ui.ts";
import { tryWriteBoard, writeBoard } from "../support/board-seed.ts";
import {
  looseCards,
  openBoard,
  openBoardAs,
  titlesIn,
  unfoldBody,
  waitForTitles,
} from "../support/board-surface-ui.ts";
import type { WatchedPage } from "../support/browser.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import { openFacilitatorTools } from "../support/facilitation-ui.ts";
import { connectToBoard } from "../support/indicators-ui.ts";
import { rememberParticipantAccess } from "../support/participant-access.ts";
import { contribute, contributionOutcome, saveScreenshotOf } from "../support/participation-ui.ts";
import { typedText } from "../support/rich-text-ui.ts";

useServerAndBrowser();

interface Workshop {
  space: CreatedSpaceView;
  documentName: string;
  claire: WatchedPage;
  samia: WatchedPage;
  access: JoinedView;
}

/** The "Parentalité" board of a new space, open on a facilitator's page and on a partner's. */
async function facilitatorAndPartner(spaceName: string): Promise<Workshop> {
  const space = await server.createSpace(spaceName);
  const board = space.boards.find((candidate) => candidate.theme === "Parentalité");
  if (!board) throw new Error("no Parentalité board");
  const claire = await browser.newPage();
  await openBoard(
    claire.page,
    `${server.url}/espaces/${space.id}/tableaux/${board.id}#acces=${space.facilitatorSecret}`,
    "Claire (Caf)",
  );
  const access = await server.join(space, "partner", "Samia (Caf)");
  const samia = await browser.newPage();
  await openBoardAs(samia.page, server.url, access, board.id);
  return { space, documentName: board.documentName, claire, samia, access };
}

/** Presses one of the facilitator's switches (lock, hidden mode), from the folded tools. */
async function toggle(page: Page, name: string): Promise<void> {
  await openFacilitatorTools(page);
  await page.getByRole("button", { name }).click();
}

/** What a page offers to change the board: forms, drag handles, card and cluster menus. */
async function editControls(page: Page): Promise<number> {
  const controls = [
    page.getByRole("form", { name: "Ajouter une carte" }),
    page.getByRole("button", { name: /^Déplacer «\s/ }),
    page.getByRole("button", { name: /^Actions sur la carte/ }),
    page.getByRole("button", { name: "Créer un regroupement" }),
    page.getByRole("button", { name: /^(Annuler|Rétablir)$/ }),
  ];
  const counts = await Promise.all(controls.map((control) => control.count()));
  return counts.reduce((sum, count) => sum + count, 0);
}

function expectNoErrors(...pages: WatchedPage[]): void {
  for (const watched of pages) expect(watched.errors).toEqual([]);
}

describe("a board locked by the facilitator", () => {
  it("refuses edits from a partner's page and from the partner's own client, until unlocked", async () => {
    const { space, documentName, claire, samia, access } = await facilitatorAndPartner("CdC Pyrénées catalanes");
    const mine = "Garde d'enfants pendant les formations";
    await addCard(samia.page, { kind: "besoin", title: mine });
    await cardTitled(claire.page, mine).waitFor({ timeout: LIVE_TIMEOUT_MS });
    const samiaCard = cardTitled(samia.page, mine);
    await unfoldBody(samiaCard);
    await cardBody(samiaCard).click();
    await samia.page.keyboard.type("Demandé par trois familles.");
    await unfoldBody(cardTitled(claire.page, mine));
    await cardBody(cardTitled(claire.page, mine))
      .getByText("Demandé par trois familles.")
      .waitFor({ timeout: LIVE_TIMEOUT_MS });
    expect(await editControls(samia.page)).toBeGreaterThan(0);

    await toggle(claire.page, "Verrouiller le tableau");
    await samia.page
      .getByText("L'animateur a verrouillé le tableau : vous pouvez le consulter, pas le modifier.")
      .waitFor({ timeout: LIVE_TIMEOUT_MS });
    await samia.page.getByText("L'animateur a verrouillé le tableau.").waitFor({ state: "attached" });
    expect(await editControls(samia.page)).toBe(0);
    expect(await samia.page.getByRole("button", { name: "Outils d'animation" }).count()).toBe(0);
    // The description stays readable, and refuses typing.
    const body = cardBody(samiaCard);
    expect(await body.getAttribute("contenteditable")).toBe("false");
    await body.click();
    await samia.page.keyboard.type(" Ajout refusé.");
    expect(await typedText(body)).toBe("Demandé par trois familles.");
    expect(await seriousAccessibilityViolations(samia.page)).toEqual([]);
    await saveScreenshotOf(samia.page, "board-lock-01-partner-locked-1366");

    // Past the page, with the partner's own token: the server does not apply the write, which reaches nobody.
    const forced = "Écrite malgré le verrou";
    const outcome = await tryWriteBoard(server.wsUrl, documentName, access.participantToken, (doc) =>
      addCardTo(
        doc,
        "forced",
        {
          kind: "besoin",
          title: forced,
          authorId: access.participantId,
          authorName: "Samia (Caf)",
          authorRole: "partner",
        },
        Date.now(),
      ),
    );
    expect(outcome).toEqual({ kind: "dropped" });
    // Facilitators still write on a locked board: once their card is through, a forced one would be too.
    const afterLock = "Relais parents au collège";
    await addCard(claire.page, { kind: "piste", title: afterLock });
    await cardTitled(samia.page, afterLock).waitFor({ timeout: LIVE_TIMEOUT_MS });
    for (const page of [claire.page, samia.page]) {
      expect(await titlesIn(looseCards(page))).toEqual([mine, afterLock]);
    }
    const late = await connectToBoard(server.wsUrl, documentName, space.facilitatorSecret);
    expect(cardById(late.doc, "forced")).toBeUndefined();
    late.close();

    await toggle(claire.page, "Déverrouiller le tableau");
    await samia.page.getByRole("form", { name: "Ajouter une carte" }).waitFor({ timeout: LIVE_TIMEOUT_MS });
    const afterUnlock = "Médiation familiale le samedi";
    await addCard(samia.page, { kind: "piste", title: afterUnlock });
    await waitForTitles(looseCards(claire.page), [mine, afterLock, afterUnlock], LIVE_TIMEOUT_MS);
    // And the same client as before is accepted now.
    expect(
      await tryWriteBoard(server.wsUrl, documentName, access.participantToken, (doc) =>
        addCardTo(
          doc,
          "accepted",
          {
            kind: "constat",
            title: "Écrite après le verrou",
            authorId: access.participantId,
            authorName: "Samia (Caf)",
            authorRole: "partner",
          },
          Date.now(),
        ),
      ),
    ).toEqual({ kind: "accepted" });
    await cardTitled(claire.page, "Écrite après le verrou").waitFor({ timeout: LIVE_TIMEOUT_MS });
    expectNoErrors(claire, samia);
  });
});

describe("a habitant's phone when the board locks", () => {
  it("drops the last outcome and says the lock where the habitant is in the form, until unlocked", async () => {
    const space = await server.createSpace("CdC Agly Fenouillèdes");
    const board = space.boards.find((candidate) => candidate.theme === "Parentalité");
    if (!board) throw new Error("no Parentalité board");
    const lina = await browser.newPage({ width: 360, height: 640 });
    await rememberParticipantAccess(lina.page, await server.join(space, "habitant", "Lina"));
    await lina.page.goto(`${server.url}/participer/${space.id}/${board.id}`);
    await lina.page.getByText("Étape : Contribuer.").waitFor();
    const form = lina.page.getByRole("form", { name: "Proposer une idée" });
    const published = contributionOutcome(lina.page).filter({ hasText: "Votre contribution est publiée" });
    await contribute(lina.page, { title: "Une crèche ouverte le samedi matin" });
    await published.waitFor();
    // Where sending leaves the habitant: at the button, the top of the form out of sight.
    await form.getByRole("button", { name: "Envoyer" }).scrollIntoViewIfNeeded();

    await writeBoard(server.wsUrl, board.documentName, space.facilitatorSecret, (doc) => setLocked(doc, true));
    const lock = form
      .getByRole("status")
      .filter({ hasText: "L'animateur a verrouillé le tableau : vous pouvez le lire, pas y contribuer." });
    await lock.waitFor({ timeout: LIVE_TIMEOUT_MS });
    expect(await form.getByRole("button", { name: "Envoyer" }).isDisabled()).toBe(true);
    expect(await published.count()).toBe(0);
    expect(await lock.evaluate((notice) => notice.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    expect(await lock.evaluate((notice) => notice.getBoundingClientRect().bottom)).toBeLessThanOrEqual(640);
    expect(await seriousAccessibilityViolations(lina.page)).toEqual([]);
    await saveScreenshotOf(lina.page, "board-lock-03-habitant-locked-360");

    // Unlocked, the form is free again, without the outcome of an idea sent before the lock.
    await writeBoard(server.wsUrl, board.documentName, space.facilitatorSecret, (doc) => setLocked(doc, false));
    await lock.waitFor({ state: "detached", timeout: LIVE_TIMEOUT_MS });
    expect(await form.getByRole("button", { name: "Envoyer" }).isEnabled()).toBe(true);
    expect(await published.count()).toBe(0);
    expectNoErrors(lina);
  });
});

describe("hidden contributions", () => {
  it("shows a partner only their own cards until the facilitator reveals everyone's", async () => {
    const { space, documentName, claire, samia } = await facilitatorAndPartner("CdC Capcir Haut-Conflent");
    const others = ["Ludothèque itinérante", "Permanence CAF au village"];
    const author = { authorId: "facilitator", authorName: "Inès (PMI)", authorRole: "facilitator" } as const;
    await writeBoard(server.wsUrl, documentName, space.facilitatorSecret, (doc) => {
      for (const [index, title] of others.entries()) {
        addCardTo(doc, `other-${index}`, { kind: "ressource", title, ...author }, Date.now());
      }
    });
    await waitForTitles(looseCards(samia.page), others, LIVE_TIMEOUT_MS);

    await toggle(claire.page, "Masquer les contributions");
    await samia.page.getByText("Contributions masquées").waitFor({ timeout: LIVE_TIMEOUT_MS });
    await waitForTitles(looseCards(samia.page), [], LIVE_TIMEOUT_MS);
    // Still free to contribute: the partner's own cards show, the others' stay hidden.
    const mine = "Accueil des pères à la PMI";
    await addCard(samia.page, { kind: "besoin", title: mine });
    await waitForTitles(looseCards(samia.page), [mine], LIVE_TIMEOUT_MS);
    await waitForTitles(looseCards(claire.page), [...others, mine], LIVE_TIMEOUT_MS);
    expect(await seriousAccessibilityViolations(samia.page)).toEqual([]);
    await saveScreenshotOf(samia.page, "board-lock-02-partner-hidden-1366");

    await toggle(claire.page, "Révéler les contributions");
    await waitForTitles(looseCards(samia.page), [...others, mine], LIVE_TIMEOUT_MS);
    await samia.page.getByText("Contributions masquées").waitFor({ state: "detached" });
    expectNoErrors(claire, samia);
  });
});
