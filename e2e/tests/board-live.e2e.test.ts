import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import {
  addCard,
  cardBody,
  cardTitled,
  createSpaceFromHome,
  joinBoard,
  LIVE_TIMEOUT_MS,
  presentPeople,
} from "../support/atelier-ui.ts";
import { looseCards, openCardActions, unfoldBody } from "../support/board-surface-ui.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import { saveScreenshot } from "../support/screenshots.ts";

useServerAndBrowser();

describe("a thematic board shared live by two facilitators", () => {
  it("syncs cards, bodies, presence and deletions between two browsers", async () => {
    const claire = await browser.newPage();
    await claire.page.goto(server.url);
    const { spaceUrl, facilitatorLink } = await createSpaceFromHome(claire.page, {
      name: "CdC Conflent-Canigou",
      start: 2021,
      end: 2025,
    });
    const spaceId = new URL(spaceUrl).pathname.split("/").at(-1) ?? "";
    const secret = new URL(facilitatorLink).hash.replace("#acces=", "");
    expect(await claire.page.evaluate((key) => localStorage.getItem(key), `atelier:access:${spaceId}`)).toBe(secret);
    expect(await seriousAccessibilityViolations(claire.page)).toEqual([]);
    await saveScreenshot(claire.page, "board-live-01-space-created");
    // The link is shown once: a reload no longer displays it.
    await claire.page.reload();
    await claire.page.getByRole("heading", { level: 1, name: "CdC Conflent-Canigou" }).waitFor();
    expect(await claire.page.getByRole("heading", { name: "Conservez votre lien animateur" }).count()).toBe(0);

    await joinBoard(claire.page, "Parentalité", "Claire (Caf)");

    // The second facilitator arrives through the link: the secret is kept, and leaves the address bar.
    const karim = await browser.newPage();
    await karim.page.goto(facilitatorLink);
    await karim.page.getByRole("heading", { level: 1, name: "CdC Conflent-Canigou" }).waitFor();
    expect(new URL(karim.page.url()).hash).toBe("");
    await joinBoard(karim.page, "Parentalité", "Karim (Mairie)");

    for (const [page, other] of [
      [claire.page, "Karim (Mairie)"],
      [karim.page, "Claire (Caf)"],
    ] as const) {
      await presentPeople(page).filter({ hasText: other }).waitFor({ timeout: LIVE_TIMEOUT_MS });
      expect(await presentPeople(page).count()).toBe(2);
    }
    // Claire also opens the board on the room's projector, from the same browser: she is still one person there.
    const projector = await claire.page.context().newPage();
    await projector.goto(claire.page.url());
    await presentPeople(projector).filter({ hasText: "Karim (Mairie)" }).waitFor({ timeout: LIVE_TIMEOUT_MS });
    expect(await presentPeople(projector).count()).toBe(2);
    expect(await presentPeople(projector).first().textContent()).toContain("Claire (Caf) (vous)");
    await projector.close();

    const title = "Soutien aux parents d'adolescents";
    await addCard(claire.page, { kind: "besoin", title, source: "Enquête habitants 2024" });
    const cardForKarim = cardTitled(karim.page, title);
    await cardForKarim.waitFor({ timeout: LIVE_TIMEOUT_MS });
    expect(await cardForKarim.textContent()).toContain("Besoin");
    expect(await cardForKarim.textContent()).toContain("par Claire (Caf)");
    expect(await looseCards(karim.page).getByRole("article").count()).toBe(1);
    await karim.page
      .getByText(`Claire (Caf) a ajouté une carte Besoin : ${title}`)
      .waitFor({ state: "attached", timeout: LIVE_TIMEOUT_MS });

    const body = "Les parents d'adolescents se sentent démunis.";
    const cardForClaire = cardTitled(claire.page, title);
    await unfoldBody(cardForKarim);
    await unfoldBody(cardForClaire);
    await cardBody(cardForKarim).click();
    await karim.page.keyboard.type(body);
    await cardBody(cardForClaire).getByText(body).waitFor({ timeout: LIVE_TIMEOUT_MS });
    // Karim's caret shows in Claire's copy of the card, under his name.
    await cardBody(cardForClaire).getByText("Karim (Mairie)").waitFor({ timeout: LIVE_TIMEOUT_MS });
    await saveScreenshot(claire.page, "board-live-02-claire-sees-karim-typing");
    await saveScreenshot(karim.page, "board-live-03-karim");

    await openCardActions(cardForKarim);
    await cardForKarim.getByRole("button", { name: `Supprimer la carte « ${title} »` }).click();
    await cardForClaire.waitFor({ state: "detached", timeout: LIVE_TIMEOUT_MS });
    await saveScreenshot(claire.page, "board-live-04-card-deleted");

    expect(claire.errors).toEqual([]);
    expect(karim.errors).toEqual([]);
  });
});

describe("accessibility", () => {
  it("finds no serious or critical axe violation on the home, space and board pages", async () => {
    const space = await server.createSpace("Communauté de communes du Haut-Jura");
    const visitor = await browser.newPage();

    await visitor.page.goto(server.url);
    await visitor.page.getByRole("heading", { name: "Créer un espace CTG" }).waitFor();
    expect(await seriousAccessibilityViolations(visitor.page)).toEqual([]);

    await visitor.page.goto(`${server.url}/espaces/${space.id}#acces=${space.facilitatorSecret}`);
    await visitor.page.getByRole("heading", { level: 1, name: space.name }).waitFor();
    expect(await seriousAccessibilityViolations(visitor.page)).toEqual([]);

    await joinBoard(visitor.page, "Petite enfance", "Inès (PMI)");
    await addCard(visitor.page, { kind: "constat", title: "Peu de places d'accueil collectif", source: "Caf 2023" });
    await addCard(visitor.page, { kind: "piste", title: "Ouvrir une micro-crèche intercommunale" });
    await cardTitled(visitor.page, "Ouvrir une micro-crèche intercommunale").waitFor();
    expect(await seriousAccessibilityViolations(visitor.page)).toEqual([]);

    // The inline forms too: one card being edited, another deleted and offered back.
    const toEdit = cardTitled(visitor.page, "Peu de places d'accueil collectif");
    const toDelete = cardTitled(visitor.page, "Ouvrir une micro-crèche intercommunale");
    await openCardActions(toEdit);
    await toEdit.getByRole("button", { name: "Modifier la carte « Peu de places d'accueil collectif »" }).click();
    await openCardActions(toDelete);
    await toDelete
      .getByRole("button", { name: "Supprimer la carte « Ouvrir une micro-crèche intercommunale »" })
      .click();
    await visitor.page.getByRole("button", { name: /^Annuler la suppression/ }).waitFor();
    expect(await seriousAccessibilityViolations(visitor.page)).toEqual([]);
    await saveScreenshot(visitor.page, "accessibility-board");
    expect(visitor.errors).toEqual([]);

    // Habitants will come from a phone: the same board at 360 px wide, opened straight from an access link.
    const phone = await browser.newPage({ width: 360, height: 740 });
    const board = space.boards.find((candidate) => candidate.theme === "Petite enfance");
    await phone.page.goto(`${server.url}/espaces/${space.id}/tableaux/${board?.id}#acces=${space.facilitatorSecret}`);
    await phone.page.getByLabel("Votre nom").fill("Louis (habitant)");
    await phone.page.getByRole("button", { name: "Rejoindre le tableau" }).click();
    await cardTitled(phone.page, "Peu de places d'accueil collectif").waitFor();
    expect(await seriousAccessibilityViolations(phone.page)).toEqual([]);
    await saveScreenshot(phone.page, "accessibility-board-phone");
    expect(phone.errors).toEqual([]);
  });
});
