import { addCard as addCardTo, type CreatedSpaceView, createCluster, moveCard, writeBodyText } from "@atelier/shared";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import { cardBody, cardTitled, LIVE_TIMEOUT_MS } from "../support/atelier-ui.ts";
import { writeBoard } from "../support/board-seed.ts";
import {
  clusterLane,
  looseCards,
  openBoard,
  openBoardAs,
  openCardActions,
  unfoldBody,
} from "../support/board-surface-ui.ts";
import type { WatchedPage } from "../support/browser.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import { choosePhase, voteButton, voteResults, votesLeft } from "../support/facilitation-ui.ts";
import { rememberParticipantAccess } from "../support/participant-access.ts";
import { typedText } from "../support/rich-text-ui.ts";

useServerAndBrowser();

const PHONE = { width: 390, height: 844 };
const IDEAS = ["Une crèche à horaires décalés", "Un relais petite enfance itinérant"] as const;

/** A space whose "Petite enfance" board holds two ideas, the first with a description, both in one cluster. */
async function boardWithIdeas(): Promise<{ space: CreatedSpaceView; boardId: string; boardUrl: string }> {
  const space = await server.createSpace("CdC Conflent-Canigou");
  const board = space.boards.find((candidate) => candidate.theme === "Petite enfance");
  if (!board) throw new Error("no Petite enfance board");
  await writeBoard(server.wsUrl, board.documentName, space.facilitatorSecret, (doc) => {
    const author = { authorId: "facilitator", authorName: "Claire (Caf)", authorRole: "facilitator" } as const;
    createCluster(doc, "accueil", { name: "Modes d'accueil", color: "vert" });
    for (const [index, title] of IDEAS.entries()) {
      addCardTo(doc, `idee-${index}`, { kind: "piste", title, ...author }, 1);
      moveCard(doc, `idee-${index}`, "accueil", index);
    }
    writeBodyText(doc, "idee-0", "Ouverte de 6 h à 22 h pour les parents en horaires atypiques.");
  });
  const boardUrl = `${server.url}/espaces/${space.id}/tableaux/${board.id}#acces=${space.facilitatorSecret}`;
  return { space, boardId: board.id, boardUrl };
}

async function facilitator(boardUrl: string, name: string): Promise<WatchedPage> {
  const watched = await browser.newPage();
  await openBoard(watched.page, boardUrl, name);
  return watched;
}

function expectNoErrors(...pages: WatchedPage[]): void {
  for (const watched of pages) expect(watched.errors).toEqual([]);
}

describe("nothing lost by one click", () => {
  it("deletes a card at once and gives it back, body and all; ungrouping asks first", async () => {
    const { boardUrl } = await boardWithIdeas();
    const claire = await facilitator(boardUrl, "Claire (Caf)");
    const karim = await facilitator(boardUrl, "Karim (Mairie)");
    const [withBody] = IDEAS;

    await openCardActions(cardTitled(claire.page, withBody));
    await cardTitled(claire.page, withBody)
      .getByRole("button", { name: `Supprimer la carte « ${withBody} »` })
      .click();
    await cardTitled(karim.page, withBody).waitFor({ state: "detached", timeout: LIVE_TIMEOUT_MS });
    const toast = claire.page.getByRole("status").filter({ hasText: `Carte « ${withBody} » supprimée` });
    await toast.waitFor();
    expect(await seriousAccessibilityViolations(claire.page)).toEqual([]);
    await toast.getByRole("button", { name: `Annuler la suppression de la carte « ${withBody} »` }).click();
    await toast.waitFor({ state: "detached" });

    // Back for everyone, in its cluster, with its description.
    const restored = cardTitled(karim.page, withBody);
    await restored.waitFor({ timeout: LIVE_TIMEOUT_MS });
    expect(await clusterLane(karim.page, "Modes d'accueil").getByRole("article").count()).toBe(2);
    await unfoldBody(restored);
    expect(await typedText(cardBody(restored))).toBe("Ouverte de 6 h à 22 h pour les parents en horaires atypiques.");

    // Ungrouping would lose the group's name for everyone: it asks, and cancelling keeps it.
    await claire.page.getByRole("button", { name: "Dégrouper « Modes d'accueil »" }).click();
    const question = claire.page.getByRole("group", { name: /^Défaire le regroupement « Modes d'accueil » \?/ });
    await question.getByRole("button", { name: "Annuler" }).click();
    await question.waitFor({ state: "detached" });
    await claire.page.getByRole("button", { name: "Dégrouper « Modes d'accueil »" }).click();
    await question.getByRole("button", { name: "Dégrouper", exact: true }).click();
    await clusterLane(karim.page, "Modes d'accueil").waitFor({ state: "detached", timeout: LIVE_TIMEOUT_MS });
    expect(await looseCards(karim.page).getByRole("article").count()).toBe(2);
    expectNoErrors(claire, karim);
  });
});

describe("a card's description toolbar", () => {
  it("makes a word bold with the toolbar, says so with aria-pressed, and another browser sees it bold", async () => {
    const { boardUrl } = await boardWithIdeas();
    const claire = await facilitator(boardUrl, "Claire (Caf)");
    const karim = await facilitator(boardUrl, "Karim (Mairie)");
    const [, title] = IDEAS;
    await unfoldBody(cardTitled(claire.page, title));
    await unfoldBody(cardTitled(karim.page, title));
    const body = cardBody(cardTitled(claire.page, title));
    await body.click();
    await claire.page.keyboard.type("Priorité aux communes rurales");
    // The last word, selected from the keyboard.
    await claire.page.keyboard.press("Control+Shift+ArrowLeft");
    const toolbar = claire.page.getByRole("toolbar", { name: /^Mise en forme : Description de la carte/ });
    const bold = toolbar.getByRole("button", { name: "Gras" });
    expect(await bold.getAttribute("aria-pressed")).toBe("false");
    await bold.click();
    expect(await bold.getAttribute("aria-pressed")).toBe("true");
    const seen = cardBody(cardTitled(karim.page, title)).locator("strong");
    await seen.filter({ hasText: "rurales" }).waitFor({ timeout: LIVE_TIMEOUT_MS });
    expect(await typedText(seen)).toBe("rurales");

    // Ctrl+I from the keyboard, the same state on the button.
    await claire.page.keyboard.press("Control+i");
    expect(await toolbar.getByRole("button", { name: "Italique" }).getAttribute("aria-pressed")).toBe("true");

    // A link must go to the web, a mail or a phone: anything else is refused in the form.
    await claire.page.keyboard.press("Control+k");
    const address = claire.page.getByRole("textbox", { name: "Adresse du lien" });
    await address.fill("javascript:alert(1)");
    await claire.page.getByRole("button", { name: "Appliquer le lien" }).click();
    await claire.page.getByText("Indiquez une adresse commençant par https://").waitFor();
    await address.fill("caf.fr");
    await claire.page.getByRole("button", { name: "Appliquer le lien" }).click();
    const link = cardBody(cardTitled(karim.page, title)).getByRole("link", { name: "rurales" });
    await link.waitFor({ timeout: LIVE_TIMEOUT_MS });
    expect(await link.getAttribute("href")).toBe("https://caf.fr");
    expect(await seriousAccessibilityViolations(claire.page)).toEqual([]);
    expectNoErrors(claire, karim);
  });
});

describe("phases drive every screen", () => {
  it("opens the vote on the partner's board and the habitant's phone when the facilitator enters Voter", async () => {
    const { space, boardId, boardUrl } = await boardWithIdeas();
    const claire = await facilitator(boardUrl, "Claire (Caf)");
    const partner = await browser.newPage();
    await openBoardAs(partner.page, server.url, await server.join(space, "partner", "Inès (PMI)"), boardId);
    const habitant = await browser.newPage(PHONE);
    await rememberParticipantAccess(
      habitant.page,
      await server.join(space, "habitant", "Lina", { boardIds: [boardId] }),
    );
    await habitant.page.goto(`${server.url}/participer/${space.id}`);
    await habitant.page.getByText("Étape : Contribuer.").waitFor();
    expect(await voteButton(partner.page, IDEAS[0]).count()).toBe(0);

    await choosePhase(claire.page, "Voter");
    // Nobody else clicks anything: the vote is open on their screens.
    await voteButton(partner.page, IDEAS[0]).waitFor({ timeout: LIVE_TIMEOUT_MS });
    await votesLeft(partner.page).filter({ hasText: "Il vous reste 3 votes." }).waitFor();
    await habitant.page.getByText(/^Vote en cours/).waitFor({ timeout: LIVE_TIMEOUT_MS });
    await voteButton(habitant.page, IDEAS[1]).click();
    await votesLeft(habitant.page).filter({ hasText: "Il vous reste 2 votes." }).waitFor({ timeout: LIVE_TIMEOUT_MS });
    await voteButton(partner.page, IDEAS[1]).click();
    await votesLeft(partner.page).filter({ hasText: "Il vous reste 2 votes." }).waitFor();

    await choosePhase(claire.page, "Décider");
    await voteResults(partner.page).waitFor({ timeout: LIVE_TIMEOUT_MS });
    expect(await voteButton(partner.page, IDEAS[0]).count()).toBe(0);
    // The habitant's phone tells the outcome instead of asking for votes.
    const outcome = habitant.page.getByRole("region", { name: "Résultat de l'atelier" });
    await outcome.getByText(`${IDEAS[1]} · 2 votes`).waitFor({ timeout: LIVE_TIMEOUT_MS });
    await habitant.page.getByText(/^Vote terminé/).waitFor();
    expect(await voteButton(habitant.page, IDEAS[1]).count()).toBe(0);

    // What the facilitator keeps reaches the phone as retained for the action plan.
    await cardTitled(claire.page, IDEAS[1])
      .getByRole("button", { name: `Retenir « ${IDEAS[1]} »` })
      .click();
    await outcome.getByRole("list").first().getByText(IDEAS[1]).waitFor({ timeout: LIVE_TIMEOUT_MS });
    expect(await seriousAccessibilityViolations(habitant.page)).toEqual([]);

    // Back to contributing, the results fold to one line that unfolds them; back to the vote, it goes on where it
    // stood for everyone: each has what is left of their votes, and the earlier ones still count.
    await choosePhase(claire.page, "Contribuer");
    const folded = partner.page.getByRole("button", { name: "Résultats du dernier vote · 2 votants" });
    await folded.waitFor({ timeout: LIVE_TIMEOUT_MS });
    expect(await voteResults(partner.page).count()).toBe(0);
    await folded.click();
    await voteResults(partner.page).waitFor();
    await choosePhase(claire.page, "Voter");
    await votesLeft(partner.page).filter({ hasText: "Il vous reste 2 votes." }).waitFor({ timeout: LIVE_TIMEOUT_MS });
    await habitant.page.getByText(/^Vote en cours/).waitFor({ timeout: LIVE_TIMEOUT_MS });
    await voteButton(habitant.page, IDEAS[0]).click();
    await votesLeft(habitant.page).filter({ hasText: "Il vous reste 1 vote." }).waitFor({ timeout: LIVE_TIMEOUT_MS });
    await choosePhase(claire.page, "Décider");
    await outcome.getByText(`${IDEAS[1]} · 2 votes`).waitFor({ timeout: LIVE_TIMEOUT_MS });
    await outcome.getByText(`${IDEAS[0]} · 1 vote`).waitFor();
    expectNoErrors(claire, partner, habitant);
  });
});
