import type { CreatedSpaceView } from "@atelier/shared";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import { rememberParticipantAccess } from "../support/participant-access.ts";

useServerAndBrowser();
let space: CreatedSpaceView;

beforeAll(async () => {
  space = await server.createSpace("CdC Conflent-Canigou");
});

/** The paths a page asks for, in the order it asks them. */
function askedBy(page: Page): string[] {
  const asked: string[] = [];
  page.on("request", (request) => asked.push(new URL(request.url()).pathname));
  return asked;
}

/**
 * index.html's inline script sent each of `early` before the page's code (`pageCode`) was asked for, with the token
 * the page then chose: the page took the answer rather than asking again.
 */
function expectAskedEarlyOnce(asked: string[], early: string[], pageCode: RegExp): void {
  const code = asked.findIndex((path) => pageCode.test(path));
  expect(code).toBeGreaterThan(-1);
  for (const path of early) {
    expect(
      asked.filter((candidate) => candidate === path),
      path,
    ).toHaveLength(1);
    expect(asked.indexOf(path), path).toBeLessThan(code);
  }
}

/** A board page, once connected, asked its space, its access and its first screen early, once each. */
async function expectBoardAskedEarly(page: Page, asked: string[], boardId: string): Promise<void> {
  await page.getByRole("status").filter({ hasText: "Connecté" }).waitFor();
  const spacePath = `/api/spaces/${space.id}`;
  expectAskedEarlyOnce(
    asked,
    [spacePath, `${spacePath}/me`, `${spacePath}/boards/${boardId}/first-screen`],
    /\/board-page-[^/]+\.js$/,
  );
}

describe("the first requests of a page leave with index.html", () => {
  it("on a board opened by a partner, with the personal token kept when joining", async () => {
    const board = space.boards[0];
    if (!board) throw new Error("no board");
    const partner = await server.join(space, "partner", "Samia");
    const { page, errors } = await browser.newPage();
    await rememberParticipantAccess(page, partner);
    const asked = askedBy(page);
    await page.goto(`${server.url}/espaces/${space.id}/tableaux/${board.id}`);
    await expectBoardAskedEarly(page, asked, board.id);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("on a board a facilitator opens again, with the secret kept from the first visit", async () => {
    const board = space.boards[0];
    if (!board) throw new Error("no board");
    const { page, errors } = await browser.newPage();
    await page.addInitScript(() => {
      if (window.location.protocol === "http:") window.localStorage.setItem("atelier:name", "Claire");
    });
    const boardUrl = `${server.url}/espaces/${space.id}/tableaux/${board.id}`;
    await page.goto(`${boardUrl}#acces=${space.facilitatorSecret}`);
    await page.getByRole("status").filter({ hasText: "Connecté" }).waitFor();
    await page.goto("about:blank");
    const asked = askedBy(page);
    await page.goto(boardUrl);
    await expectBoardAskedEarly(page, asked, board.id);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("on a habitant's participation page", async () => {
    const board = space.boards[0];
    if (!board) throw new Error("no board");
    const habitant = await server.join(space, "habitant", "Lina");
    const { page, errors } = await browser.newPage({ width: 390, height: 844 });
    await rememberParticipantAccess(page, habitant);
    const asked = askedBy(page);
    await page.goto(`${server.url}/participer/${space.id}/${board.id}`);
    await page.getByRole("form", { name: "Proposer une idée" }).waitFor();
    const spacePath = `/api/spaces/${space.id}`;
    expectAskedEarlyOnce(asked, [spacePath, `${spacePath}/me`], /\/participation-page-[^/]+\.js$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
