import { type CreatedSpaceView, setLocked } from "@atelier/shared";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import { LIVE_TIMEOUT_MS } from "../support/atelier-ui.ts";
import { writeBoard } from "../support/board-seed.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import { rememberParticipantAccess } from "../support/participant-access.ts";
import { saveScreenshotOf } from "../support/participation-ui.ts";

const PHONE = { width: 360, height: 640 };
const IDEA = "Un relais parents le samedi matin";

useServerAndBrowser();

/** A new space's "Parentalité" board, and its habitant page's address. */
async function parentalite(spaceName: string): Promise<{ space: CreatedSpaceView; documentName: string; url: string }> {
  const space = await server.createSpace(spaceName);
  const board = space.boards.find((candidate) => candidate.theme === "Parentalité");
  if (!board) throw new Error("no Parentalité board");
  return { space, documentName: board.documentName, url: `${server.url}/participer/${space.id}/${board.id}` };
}

function ideaField(page: Page) {
  return page
    .getByRole("form", { name: "Proposer une idée" })
    .getByRole("textbox", { name: "Votre idée, en une phrase" });
}

describe("the habitant's form, shown before the board syncs", () => {
  it("keeps the idea typed meanwhile when the board turns out to be locked, and says why it is disabled", async () => {
    const { space, documentName, url } = await parentalite("CdC Haut-Vallespir");
    await writeBoard(server.wsUrl, documentName, space.facilitatorSecret, (doc) => setLocked(doc, true));
    const lina = await browser.newPage(PHONE);
    await rememberParticipantAccess(lina.page, await server.join(space, "habitant", "Lina"));
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    await lina.page.routeWebSocket(/\/collab$/, async (ws) => {
      await gate;
      ws.connectToServer();
    });

    await lina.page.goto(url);
    await ideaField(lina.page).fill(IDEA);
    release();

    const form = lina.page.getByRole("form", { name: "Proposer une idée" });
    await form
      .getByText("L'animateur a verrouillé le tableau : vous pouvez le lire, pas y contribuer.")
      .waitFor({ timeout: LIVE_TIMEOUT_MS });
    expect(await ideaField(lina.page).inputValue()).toBe(IDEA);
    expect(await ideaField(lina.page).isDisabled()).toBe(true);
    expect(await form.getByRole("button", { name: "Envoyer" }).isDisabled()).toBe(true);
    // The page's status says it too, for everyone, and announces it.
    await lina.page
      .getByRole("region", { name: "Où en est l'atelier" })
      .getByText("L'animateur a verrouillé le tableau")
      .waitFor();
    expect(await seriousAccessibilityViolations(lina.page)).toEqual([]);
    await saveScreenshotOf(form, "habitant-form-01-locked-360");

    // Unlocked, the idea is there to send.
    await writeBoard(server.wsUrl, documentName, space.facilitatorSecret, (doc) => setLocked(doc, false));
    await form
      .getByText("L'animateur a verrouillé le tableau")
      .waitFor({ state: "detached", timeout: LIVE_TIMEOUT_MS });
    expect(await ideaField(lina.page).isEnabled()).toBe(true);
    expect(await ideaField(lina.page).inputValue()).toBe(IDEA);
    expect(lina.errors).toEqual([]);
  });

  it("stays with its idea when the live board's code cannot be fetched, and offers to reload", async () => {
    const { space, url } = await parentalite("CdC Haut-Vallespir");
    const paul = await browser.newPage(PHONE);
    await rememberParticipantAccess(paul.page, await server.join(space, "habitant", "Paul"));
    await paul.page.route(/live-habitant-board-.*\.js$/, (route) => route.abort());

    await paul.page.goto(url);
    await ideaField(paul.page).fill(IDEA);
    const notice = paul.page
      .getByRole("alert")
      .filter({ hasText: "Une partie de l'application n'a pas pu être chargée" });
    await notice.getByRole("button", { name: "Recharger la page" }).waitFor();
    // The page-wide error screen did not take over: the form, and what it holds, are still there and usable.
    expect(await paul.page.getByText("La page n'a pas pu s'ouvrir").count()).toBe(0);
    await paul.page.getByRole("heading", { level: 1, name: "Parentalité" }).waitFor();
    expect(await ideaField(paul.page).inputValue()).toBe(IDEA);
    expect(await ideaField(paul.page).isEnabled()).toBe(true);
    expect(await seriousAccessibilityViolations(paul.page)).toEqual([]);
    await saveScreenshotOf(paul.page, "habitant-form-02-live-part-failed-360");
    expect(
      paul.errors.filter((error) => !/live-habitant-board|Failed to fetch|dynamically imported|net::ERR/.test(error)),
    ).toEqual([]);
  });
});
