import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import { addCard, cardTitled, LIVE_TIMEOUT_MS } from "../support/atelier-ui.ts";
import { looseCards, openBoard, openBoardAs, openCardActions } from "../support/board-surface-ui.ts";
import { browser, restartServer, server, useServerAndBrowser } from "../support/environment.ts";
import { rememberParticipantAccess } from "../support/participant-access.ts";
import { contribute, contributionOutcome, contributionTitled } from "../support/participation-ui.ts";
import { facilitatorPlanUrl, openPlan } from "../support/plan-ui.ts";
import { saveScreenshot } from "../support/screenshots.ts";

useServerAndBrowser();

/** How long a page may take to notice that the server went away: the socket closes at once when it stops. */
const LOST_TIMEOUT_MS = 10_000;
/**
 * How long a page may take to come back once the server is up again: the provider retries with a growing delay
 * (1 s, 2 s, 4 s… with jitter), and the pages were offline for some seconds.
 */
const BACK_TIMEOUT_MS = 40_000;
/** The server's outage journey: up to BACK_TIMEOUT_MS of it is waiting for those retries, on top of the rest. */
const JOURNEY_TIMEOUT_MS = 120_000;

/** The offline banner's live region: what screen readers hear. */
function banner(page: Page, text: string): Locator {
  return page.getByRole("status").filter({ hasText: text });
}

/**
 * What the pages logged as errors, without the browser's own reports of the connections that failed while the server
 * or the network was away (those are the point of the test, not a fault of the page).
 */
function unexpected(errors: string[]): string[] {
  return errors.filter(
    (error) =>
      !/WebSocket connection to '.*' failed/.test(error) &&
      !/Failed to load resource: net::ERR_(CONNECTION_REFUSED|INTERNET_DISCONNECTED)/.test(error),
  );
}

describe("when the server goes away during a session", () => {
  it(
    "says so on every page, keeps the edits made meanwhile and sends them when it is back",
    async () => {
      const space = await server.createSpace("CdC Conflent-Canigou");
      const board = space.boards.find((candidate) => candidate.theme === "Parentalité");
      if (!board) throw new Error("no Parentalité board");
      const boardUrl = `${server.url}/espaces/${space.id}/tableaux/${board.id}`;

      // Claire facilitates from her laptop, Karim (a partner) from his; Louis, a habitant, follows on his phone.
      const claire = await browser.newPage();
      await openBoard(claire.page, `${boardUrl}#acces=${space.facilitatorSecret}`, "Claire (Caf)");
      const karim = await browser.newPage();
      await openBoardAs(karim.page, server.url, await server.join(space, "partner", "Karim (Mairie)"), board.id);
      const louis = await browser.newPage({ width: 360, height: 640 });
      await rememberParticipantAccess(louis.page, await server.join(space, "habitant", "Louis"));
      await louis.page.goto(`${server.url}/participer/${space.id}/${board.id}`);
      await louis.page.getByRole("heading", { level: 1, name: "Parentalité" }).waitFor();
      // Claire also has the action plan open in another window.
      const plan = await browser.newPage();
      await openPlan(plan.page, facilitatorPlanUrl(server, space), "Claire (Caf)");

      const before = "Peu de lieux pour les parents";
      await addCard(claire.page, { kind: "besoin", title: before, source: "Enquête habitants 2024" });
      await cardTitled(karim.page, before).waitFor({ timeout: LIVE_TIMEOUT_MS });
      await contributionTitled(louis.page, before).waitFor({ timeout: LIVE_TIMEOUT_MS });
      // While all is well, the banner says nothing.
      expect(await claire.page.getByText("Connexion perdue").count()).toBe(0);

      // The server stops.
      await server.close();
      for (const person of [claire, karim, plan]) {
        const lost = banner(person.page, "Connexion perdue");
        await lost.waitFor({ timeout: LOST_TIMEOUT_MS });
        expect(await lost.textContent()).toContain(
          "Vos modifications restent sur cet appareil et seront envoyées dès le retour de la connexion.",
        );
        expect(await lost.textContent()).toContain("Le serveur de l'atelier ne répond plus.");
        expect(await person.page.getByText("Aucune modification en attente.").count()).toBe(1);
      }
      const lostForLouis = banner(louis.page, "Connexion perdue");
      await lostForLouis.waitFor({ timeout: LOST_TIMEOUT_MS });
      expect(await lostForLouis.textContent()).toContain("Ce que vous écrivez reste dans le formulaire.");

      // The banner sits above the board, in the page's flow: it covers no card.
      const bannerBox = await claire.page.locator(".offline-banner__box").boundingBox();
      const cardBox = await cardTitled(claire.page, before).boundingBox();
      expect(bannerBox && cardBox && bannerBox.y + bannerBox.height <= cardBox.y).toBe(true);

      // Claire keeps working: a new card, and a better title for the first one.
      const added = "Un café des parents le samedi matin";
      await addCard(claire.page, { kind: "piste", title: added });
      await cardTitled(claire.page, added).waitFor();
      const after = "Peu de lieux d'accueil pour les parents";
      const toEdit = cardTitled(claire.page, before);
      await openCardActions(toEdit);
      await toEdit.getByRole("button", { name: `Modifier la carte « ${before} »` }).click();
      const editForm = claire.page.getByRole("form", { name: `Modifier la carte « ${before} »` });
      await editForm.getByRole("textbox", { name: "Titre", exact: true }).fill(after);
      await editForm.getByRole("button", { name: "Enregistrer" }).click();
      await cardTitled(claire.page, after).waitFor();
      // She sees how many changes wait; Karim, cut off too, sees none of them yet.
      await claire.page.getByText(/^\d+ modifications en attente d'envoi\.$/).waitFor();
      expect(await cardTitled(karim.page, added).count()).toBe(0);
      expect(await cardTitled(karim.page, before).count()).toBe(1);
      // Her board's moderation queue, which asks the server every 3 s, leaves the saying to the banner: no second alarm.
      await claire.page.waitForTimeout(3_500);
      expect(await claire.page.getByRole("alert").count()).toBe(0);

      // Louis' idea cannot leave: the form says so and keeps what he wrote.
      const idea = "Un lieu pour les ados le mercredi";
      await contribute(louis.page, { title: idea, body: "Avec un animateur." });
      const form = louis.page.getByRole("form", { name: "Proposer une idée" });
      await form.getByRole("alert").filter({ hasText: "Le serveur est injoignable" }).waitFor();
      expect(await form.getByRole("textbox", { name: "Votre idée, en une phrase" }).inputValue()).toBe(idea);
      expect(await form.getByRole("textbox", { name: /^Précisions/ }).inputValue()).toBe("Avec un animateur.");

      for (const person of [claire, louis, plan]) {
        expect(await seriousAccessibilityViolations(person.page)).toEqual([]);
        // Full-page screenshots, taken from the top: the banner then shows where it stands.
        await person.page.evaluate(() => window.scrollTo(0, 0));
      }
      await saveScreenshot(claire.page, "offline-01-board-lost-1366");
      await saveScreenshot(louis.page, "offline-02-habitant-lost-360");
      await saveScreenshot(plan.page, "offline-03-plan-lost-1366");

      // The server is back, on the same port and data. Each page comes back on its own (its own retry delays) and
      // confirms for a few seconds: watched all at once, so that none is missed.
      await restartServer();
      const restored = banner(claire.page, "Connexion rétablie");
      await Promise.all([
        restored
          .filter({ hasText: "Toutes vos modifications ont été envoyées." })
          .waitFor({ timeout: BACK_TIMEOUT_MS }),
        banner(karim.page, "Connexion rétablie").waitFor({ timeout: BACK_TIMEOUT_MS }),
        banner(plan.page, "Connexion rétablie").waitFor({ timeout: BACK_TIMEOUT_MS }),
        banner(louis.page, "Le tableau est de nouveau à jour").waitFor({ timeout: BACK_TIMEOUT_MS }),
      ]);
      expect(await claire.page.getByText("Connexion perdue").count()).toBe(0);
      await saveScreenshot(claire.page, "offline-04-board-restored-1366");

      // Karim has Claire's offline work.
      await cardTitled(karim.page, added).waitFor({ timeout: LIVE_TIMEOUT_MS });
      await cardTitled(karim.page, after).waitFor({ timeout: LIVE_TIMEOUT_MS });
      expect(await cardTitled(karim.page, before).count()).toBe(0);
      expect(await looseCards(karim.page).getByRole("article").count()).toBe(2);

      // Louis too, and now his idea leaves.
      await contributionTitled(louis.page, added).waitFor({ timeout: LIVE_TIMEOUT_MS });
      await form.getByRole("button", { name: "Envoyer" }).click();
      await contributionOutcome(louis.page).filter({ hasText: "Votre contribution est publiée" }).waitFor();
      await cardTitled(claire.page, idea).waitFor({ timeout: LIVE_TIMEOUT_MS });

      // The confirmation goes away by itself after a few seconds.
      await restored.waitFor({ state: "detached", timeout: 10_000 });
      expect(await claire.page.locator(".offline-banner__box").count()).toBe(0);

      // The server stored the offline edits: a fresh load of the board shows them.
      await claire.page.reload();
      await claire.page.getByRole("status").filter({ hasText: "Connecté" }).waitFor();
      await cardTitled(claire.page, added).waitFor();
      await cardTitled(claire.page, after).waitFor();
      expect(await cardTitled(claire.page, before).count()).toBe(0);

      for (const person of [claire, karim, louis, plan]) expect(unexpected(person.errors)).toEqual([]);
    },
    JOURNEY_TIMEOUT_MS,
  );
});

describe("when this device loses the network", () => {
  it("says that the device is offline, keeps the edits and sends them as soon as the network is back", async () => {
    const space = await server.createSpace("Communauté de communes du Haut-Jura");
    const board = space.boards.find((candidate) => candidate.theme === "Petite enfance");
    if (!board) throw new Error("no Petite enfance board");
    const boardUrl = `${server.url}/espaces/${space.id}/tableaux/${board.id}#acces=${space.facilitatorSecret}`;
    const ines = await browser.newPage();
    await openBoard(ines.page, boardUrl, "Inès (PMI)");
    const paul = await browser.newPage();
    await openBoard(paul.page, boardUrl, "Paul (Mairie)");

    // The browser says it is offline (the train enters a tunnel): no need to wait for the socket to notice.
    await ines.page.context().setOffline(true);
    const lost = banner(ines.page, "Connexion perdue");
    await lost.waitFor({ timeout: LOST_TIMEOUT_MS });
    expect(await lost.textContent()).toContain("Cet appareil n'a plus accès au réseau.");
    const title = "Des places d'accueil en horaires décalés";
    await addCard(ines.page, { kind: "besoin", title });
    await cardTitled(ines.page, title).waitFor();
    await ines.page.getByText(/^\d+ modifications? en attente d'envoi\.$/).waitFor();
    // Nothing left the device: Paul, still online, does not have the card.
    await paul.page.waitForTimeout(LIVE_TIMEOUT_MS);
    expect(await cardTitled(paul.page, title).count()).toBe(0);

    // The network is back: the page reconnects at once rather than at the provider's next attempt.
    await ines.page.context().setOffline(false);
    await banner(ines.page, "Toutes vos modifications ont été envoyées.").waitFor({ timeout: 5_000 });
    await cardTitled(paul.page, title).waitFor({ timeout: 5_000 });

    for (const person of [ines, paul]) expect(unexpected(person.errors)).toEqual([]);
  });
});
