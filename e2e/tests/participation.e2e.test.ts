import type { CreatedSpaceView } from "@atelier/shared";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import { cardTitled, joinBoard, LIVE_TIMEOUT_MS } from "../support/atelier-ui.ts";
import type { WatchedPage } from "../support/browser.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import { choosePhase, openVote, voteButton, votesLeft } from "../support/facilitation-ui.ts";
import {
  awaitingContribution,
  contribute,
  contributionOutcome,
  contributionTitled,
  createInvitation,
  invitationsSection,
  joinAsHabitant,
  joinAsPartner,
  moderationQueue,
  myContributions,
  openBoardFromSpace,
  POLLED_TIMEOUT_MS,
  revokeInvitation,
  saveScreenshotOf,
} from "../support/participation-ui.ts";
import { saveScreenshot } from "../support/screenshots.ts";

const PHONE = { width: 360, height: 640 };

useServerAndBrowser();

/** A facilitator's page on the space page, through the facilitator link. */
async function facilitatorOnSpace(space: CreatedSpaceView): Promise<WatchedPage> {
  const watched = await browser.newPage();
  await watched.page.goto(`${server.url}/espaces/${space.id}#acces=${space.facilitatorSecret}`);
  await invitationsSection(watched.page).waitFor();
  return watched;
}

/** A second tab of the facilitator, on the board: where habitants' contributions show up. */
async function facilitatorOnBoard(space: CreatedSpaceView, theme: string): Promise<WatchedPage> {
  const watched = await browser.newPage();
  await watched.page.goto(`${server.url}/espaces/${space.id}#acces=${space.facilitatorSecret}`);
  await joinBoard(watched.page, theme, "Claire (Caf)");
  return watched;
}

async function expectNoAccessibilityViolations(page: Page): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

function expectNoErrors(...pages: WatchedPage[]): void {
  for (const watched of pages) expect(watched.errors).toEqual([]);
}

describe("partners invited through a link", () => {
  it("join under their name and structure, see the boards of their link, and open one", async () => {
    const space = await server.createSpace("CdC Conflent-Canigou");
    const claire = await facilitatorOnSpace(space);
    const link = await createInvitation(claire.page, {
      role: "Partenaires",
      label: "Comité opérationnel",
      boards: ["Parentalité", "Petite enfance"],
    });
    expect(link).toMatch(new RegExp(`^${server.url}/rejoindre#invitation=`));
    await invitationsSection(claire.page)
      .getByRole("img", { name: /^QR code/ })
      .first()
      .waitFor();
    await expectNoAccessibilityViolations(claire.page);
    await saveScreenshot(claire.page, "participation-01-invitation-1366");

    const karim = await browser.newPage();
    await karim.page.goto(link);
    await karim.page
      .getByText(
        "Vous rejoignez « CdC Conflent-Canigou », tableaux « Petite enfance » et « Parentalité », en tant que partenaire.",
      )
      .waitFor();
    // The token leaves the address bar at once: not in the history, not in a link copied from there.
    expect(new URL(karim.page.url()).hash).toBe("");
    await expectNoAccessibilityViolations(karim.page);
    await saveScreenshot(karim.page, "participation-02-join-partner-1366");
    await joinAsPartner(karim.page, { name: "Karim Benali", organisation: "Commune", precision: "Prades" });

    await karim.page.getByRole("heading", { level: 1, name: "CdC Conflent-Canigou" }).waitFor();
    await karim.page.getByRole("heading", { name: "Vous participez en tant que partenaire" }).waitFor();
    await karim.page.getByText("Karim Benali · Commune – Prades").waitFor();
    const boards = karim.page.getByRole("region", { name: "Groupes thématiques" }).getByRole("link");
    expect(await boards.count()).toBe(2);
    await boards.filter({ hasText: "Petite enfance" }).waitFor();
    await boards.filter({ hasText: "Parentalité" }).waitFor();
    expect(await karim.page.getByRole("region", { name: "Inviter" }).count()).toBe(0);
    expect(await karim.page.getByRole("region", { name: "Ajouter un thème" }).count()).toBe(0);
    await expectNoAccessibilityViolations(karim.page);
    await saveScreenshot(karim.page, "participation-03-partner-space-1366");

    await openBoardFromSpace(karim.page, "Parentalité", "Karim Benali");
    expectNoErrors(claire, karim);
  });
});

describe("habitants on their phone", () => {
  it("contribute as inert text, withdraw their own contribution and vote when the vote opens", async () => {
    const space = await server.createSpace("Communauté de communes du Haut-Jura");
    const claire = await facilitatorOnSpace(space);
    const link = await createInvitation(claire.page, { role: "Habitants", label: "Réunion publique de Morez" });
    await claire.page.getByRole("button", { name: "Afficher en grand" }).click();
    const projector = claire.page.getByRole("dialog", { name: "Scannez pour participer" });
    await projector.getByRole("img", { name: "QR code du lien d'invitation « Réunion publique de Morez »" }).waitFor();
    await saveScreenshotOf(claire.page, "participation-04-projector-1366");
    await projector.getByRole("button", { name: "Fermer" }).click();
    await projector.waitFor({ state: "hidden" });
    const board = await facilitatorOnBoard(space, "Parentalité");

    const lina = await browser.newPage(PHONE);
    await lina.page.goto(link);
    await lina.page
      .getByText(/^Vous rejoignez «\sCommunauté de communes du Haut-Jura\s», .*en tant qu'habitant\.$/)
      .waitFor();
    await lina.page.getByRole("heading", { name: "Pas d'e-mail, pas de compte" }).waitFor();
    await expectNoAccessibilityViolations(lina.page);
    await saveScreenshot(lina.page, "participation-05-join-habitant-360");
    await joinAsHabitant(lina.page, "Lina");

    // The link opens every board: the habitant picks one.
    await lina.page.getByRole("heading", { level: 1, name: "Choisissez un thème" }).waitFor();
    await lina.page.getByRole("link", { name: "Parentalité" }).click();
    await lina.page.getByRole("heading", { level: 1, name: "Parentalité" }).waitFor();
    // The step's hint speaks to a habitant, who suggests ideas: the board's "Ajoutez vos cartes" is the partners'.
    await lina.page.getByText("Étape : Contribuer. Proposez vos idées, une à la fois.").waitFor();
    expect(await lina.page.getByText(/cartes/).count()).toBe(0);

    // A resident mostly voices a need: the form starts there, one tap away from the other kinds.
    const form = lina.page.getByRole("form", { name: "Proposer une idée" });
    expect(await form.getByRole("radio", { name: "Besoin", exact: true }).isChecked()).toBe(true);
    expect(await form.getByRole("radio", { checked: true }).count()).toBe(1);

    // An idea sent empty: the form asks for it in its own words, never as a card's title.
    await form.getByRole("button", { name: "Envoyer" }).click();
    const idea = form.getByRole("textbox", { name: "Votre idée, en une phrase" });
    await form.getByText("Écrivez votre idée en une phrase.").waitFor();
    expect(await form.getByText(/titre de la carte/).count()).toBe(0);
    expect(await idea.getAttribute("aria-invalid")).toBe("true");

    const hostile = `<img src=x onerror="window.__pwned=1">Crèche <b>fermée</b>`;
    await contribute(lina.page, { kind: "besoin", title: hostile, body: "Le mercredi <script>alert(1)</script>" });
    await contributionOutcome(lina.page).filter({ hasText: "Votre contribution est publiée" }).waitFor();
    await contributionTitled(lina.page, hostile).getByText("Le mercredi <script>alert(1)</script>").waitFor();
    const onBoard = cardTitled(board.page, hostile);
    await onBoard.waitFor({ timeout: LIVE_TIMEOUT_MS });
    expect(await onBoard.getByRole("heading").first().textContent()).toBe(hostile);
    expect(await onBoard.locator("img, b, script").count()).toBe(0);
    await expectNoAccessibilityViolations(lina.page);
    await saveScreenshot(lina.page, "participation-06-habitant-board-360");

    await contribute(lina.page, { title: "Une idée en double" });
    await cardTitled(board.page, "Une idée en double").waitFor({ timeout: LIVE_TIMEOUT_MS });
    // Sent without choosing: a need, on the board as on the phone.
    for (const idea of [
      cardTitled(board.page, "Une idée en double"),
      contributionTitled(lina.page, "Une idée en double"),
    ]) {
      expect(await idea.locator(".card__kind").textContent()).toContain("Besoin");
    }
    await lina.page.getByRole("button", { name: "Supprimer ma contribution « Une idée en double »" }).click();
    await lina.page.getByRole("button", { name: "Supprimer", exact: true }).click();
    await cardTitled(board.page, "Une idée en double").waitFor({ state: "detached", timeout: LIVE_TIMEOUT_MS });
    await contributionTitled(lina.page, "Une idée en double").waitFor({ state: "detached" });

    await choosePhase(board.page, "Voter");
    await openVote(board.page, 2);
    await votesLeft(lina.page).filter({ hasText: "Il vous reste 2 votes." }).waitFor({ timeout: LIVE_TIMEOUT_MS });
    await voteButton(lina.page, hostile).click();
    await votesLeft(lina.page).filter({ hasText: "Il vous reste 1 vote." }).waitFor({ timeout: LIVE_TIMEOUT_MS });
    await expectNoAccessibilityViolations(lina.page);
    await saveScreenshot(lina.page, "participation-07-habitant-vote-360");
    await lina.page.setViewportSize({ width: 1366, height: 768 });
    await saveScreenshot(lina.page, "participation-07-habitant-vote-1366");

    for (const page of [lina.page, board.page]) {
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    }
    expectNoErrors(claire, board, lina);
  });

  it("waits for the facilitator's acceptance when the link is moderated", async () => {
    const space = await server.createSpace("CdC du Pays de Lunel");
    const claire = await facilitatorOnSpace(space);
    const link = await createInvitation(claire.page, {
      role: "Habitants",
      label: "Café des parents",
      boards: ["Parentalité"],
      moderated: true,
    });
    const board = await facilitatorOnBoard(space, "Parentalité");

    const paul = await browser.newPage(PHONE);
    await paul.page.goto(link);
    await joinAsHabitant(paul.page, "Paul");
    // One board only: straight to it.
    await paul.page.getByRole("heading", { level: 1, name: "Parentalité" }).waitFor();
    await paul.page.getByText("L'animateur relit chaque contribution avant de la publier.").waitFor();
    const idea = "Un lieu d'accueil parents-enfants le samedi";
    await contribute(paul.page, { title: idea });
    await contributionOutcome(paul.page).filter({ hasText: "En attente de validation par l'animateur." }).waitFor();
    // Among their own at once, marked as waiting, and still there when they come back to the page.
    await awaitingContribution(paul.page, idea).waitFor();
    await myContributions(paul.page).getByRole("heading", { name: "Mes contributions (1)" }).waitFor();
    await expectNoAccessibilityViolations(paul.page);
    await saveScreenshot(paul.page, "participation-08-pending-360");
    await paul.page.reload();
    await awaitingContribution(paul.page, idea).waitFor();
    const doubtful = "Fermer la rue de l'école le dimanche";
    await contribute(paul.page, { title: doubtful });
    await awaitingContribution(paul.page, doubtful).waitFor();
    await myContributions(paul.page).getByRole("heading", { name: "Mes contributions (2)" }).waitFor();

    const queue = moderationQueue(board.page);
    const pending = queue.getByRole("article", { name: idea });
    await pending.waitFor({ timeout: POLLED_TIMEOUT_MS });
    await queue.getByRole("article", { name: doubtful }).waitFor({ timeout: POLLED_TIMEOUT_MS });
    // The queue's copy is the only one: the board holds no such card yet.
    expect(await cardTitled(board.page, idea).count()).toBe(1);
    await expectNoAccessibilityViolations(board.page);
    await saveScreenshot(board.page, "participation-09-moderation-1366");
    await queue.getByRole("button", { name: `Publier « ${idea} »` }).click();
    await pending.waitFor({ state: "detached" });
    await cardTitled(board.page, idea).waitFor({ timeout: LIVE_TIMEOUT_MS });
    // Accepted: a card among theirs, listed once and waiting no more.
    await awaitingContribution(paul.page, idea).waitFor({ state: "detached", timeout: LIVE_TIMEOUT_MS });
    await contributionTitled(paul.page, idea).waitFor({ timeout: LIVE_TIMEOUT_MS });
    expect(await contributionTitled(paul.page, idea).count()).toBe(1);
    // Rejected: it leaves their list, as the note under the list's title warned.
    await queue.getByRole("button", { name: `Refuser « ${doubtful} »` }).click();
    await contributionTitled(paul.page, doubtful).waitFor({ state: "detached", timeout: POLLED_TIMEOUT_MS });
    await myContributions(paul.page).getByRole("heading", { name: "Mes contributions (1)" }).waitFor();
    await expectNoAccessibilityViolations(paul.page);
    await saveScreenshot(paul.page, "participation-14-habitant-settled-360");
    expectNoErrors(claire, board, paul);
  });
});

describe("revoking a link", () => {
  it("cuts off at once the habitants who came through it, and says why", async () => {
    const space = await server.createSpace("CA du Grand Dole");
    const claire = await facilitatorOnSpace(space);
    const link = await createInvitation(claire.page, {
      role: "Habitants",
      label: "Fête de quartier",
      boards: ["Parentalité"],
    });
    const lina = await browser.newPage(PHONE);
    await lina.page.goto(link);
    await joinAsHabitant(lina.page, "Lina");
    await lina.page.getByText("Étape : Contribuer.").waitFor();

    await revokeInvitation(claire.page, "Fête de quartier");
    await lina.page.getByRole("heading", { name: "Accès retiré" }).waitFor({ timeout: 5_000 });
    await saveScreenshot(lina.page, "participation-10-habitant-revoked-360");
    await saveScreenshotOf(
      claire.page.getByRole("region", { name: "Liens existants" }),
      "participation-11-invitations-list-1366",
    );

    // Back later, the stored access is refused with the reason, and the used link says at once why it no longer works.
    await lina.page.reload();
    await lina.page.getByRole("heading", { name: "Accès retiré" }).waitFor();
    await lina.page.goto(link);
    await lina.page.getByRole("heading", { name: "Ce lien ne fonctionne plus" }).waitFor();
    await lina.page.getByText("Ce lien d'invitation a été révoqué par l'animateur.").waitFor();
    expectNoErrors(claire);
  });

  it("cuts off at once a partner's live board, and their space page says why", async () => {
    const space = await server.createSpace("CA du Grand Dole");
    const claire = await facilitatorOnSpace(space);
    const link = await createInvitation(claire.page, { role: "Partenaires", label: "Groupe parentalité" });
    const karim = await browser.newPage();
    await karim.page.goto(link);
    await joinAsPartner(karim.page, { name: "Karim Benali", organisation: "Caf" });
    await openBoardFromSpace(karim.page, "Parentalité", "Karim Benali");

    await revokeInvitation(claire.page, "Groupe parentalité");
    await karim.page.getByRole("alert").filter({ hasText: "révoqué" }).waitFor({ timeout: 5_000 });
    await saveScreenshot(karim.page, "participation-12-partner-revoked-1366");
    await karim.page.goto(`${server.url}/espaces/${space.id}`);
    await karim.page.getByRole("heading", { name: "Accès retiré" }).waitFor();
    expectNoErrors(claire);
  });
});

describe("the join page", () => {
  it("takes a link in the contract's bare form, and says when the address holds no invitation", async () => {
    const space = await server.createSpace("CdC Conflent-Canigou");
    const response = await server.request("POST", `/api/spaces/${space.id}/invitations`, {
      token: space.facilitatorSecret,
      body: { role: "observer", label: "Presse locale" },
    });
    const { token } = (await response.json()) as { token: string };
    const visitor = await browser.newPage();
    await visitor.page.goto(`${server.url}/rejoindre`);
    await visitor.page.getByRole("heading", { name: "Lien d'invitation incomplet" }).waitFor();

    // Without the role in the link, the page learns it from the server before asking a name.
    await visitor.page.goto(`${server.url}/rejoindre#invitation=${token}`);
    await visitor.page.getByText(/^Vous rejoignez «\sCdC Conflent-Canigou\s».* en tant qu'observateur\.$/).waitFor();
    await visitor.page.getByRole("textbox", { name: /^Votre nom/ }).fill("Julie (L'Indépendant)");
    await visitor.page.getByRole("button", { name: "Rejoindre" }).click();
    await visitor.page.getByRole("heading", { name: "Vous participez en tant qu'observateur" }).waitFor();
    expectNoErrors(visitor);
  });
});

describe("the invitations section on a phone", () => {
  it("fits 360 px and passes axe", async () => {
    const space = await server.createSpace("CdC Conflent-Canigou");
    const claire = await browser.newPage(PHONE);
    await claire.page.goto(`${server.url}/espaces/${space.id}#acces=${space.facilitatorSecret}`);
    await createInvitation(claire.page, { role: "Observateurs", label: "Élus du conseil communautaire" });
    await expectNoAccessibilityViolations(claire.page);
    const overflow = await claire.page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    await saveScreenshotOf(invitationsSection(claire.page), "participation-13-invitation-360");
    expectNoErrors(claire);
  });
});
