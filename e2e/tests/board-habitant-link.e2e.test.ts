import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import { openBoard } from "../support/board-surface-ui.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import { openFacilitatorTools } from "../support/facilitation-ui.ts";
import { joinAsHabitant, saveScreenshotOf } from "../support/participation-ui.ts";

const PROJECTOR = { width: 1920, height: 1080 };
const PHONE = { width: 390, height: 844 };

useServerAndBrowser();

describe("a habitant link made from the board's tools", () => {
  it("is created in one click in the meeting room, projected as a QR code, and opens that board only", async () => {
    const space = await server.createSpace("CdC Conflent-Canigou");
    const board = space.boards.find((candidate) => candidate.theme === "Parentalité");
    const claire = await browser.newPage(PROJECTOR);
    const { page } = claire;
    await openBoard(
      page,
      `${server.url}/espaces/${space.id}/tableaux/${board?.id}#acces=${space.facilitatorSecret}`,
      "Claire (Caf)",
    );
    await openFacilitatorTools(page);
    const create = page.getByRole("button", { name: "Créer un lien habitants pour ce tableau" });
    const focused = () => create.evaluate((element) => element === document.activeElement);

    // The room's wifi drops at the first try: said in words, and the button is there to try again.
    await page.route(/\/api\/spaces\/[^/]+\/invitations$/, (route) => route.abort("internetdisconnected"));
    await create.focus();
    await page.keyboard.press("Enter");
    await page
      .getByRole("alert")
      .getByText("Le serveur est injoignable. Vérifiez votre connexion puis réessayez.")
      .waitFor();
    expect(await focused()).toBe(true);
    await page.unroute(/\/api\/spaces\/[^/]+\/invitations$/);
    await page.keyboard.press("Enter");

    // Said politely once made, the focus still on the button, and listed under the workshop's name and day (the
    // French interface puts a no-break space before its colons and inside its quotes).
    await page
      .getByRole("status")
      .getByText(/^Lien «\sAtelier Parentalité – .+\s»\scréé\s:\sla présentation/)
      .waitFor();
    expect(await focused()).toBe(true);
    expect(await page.getByText("Le serveur est injoignable.").count()).toBe(0);
    const link = await page.getByRole("textbox", { name: "Lien de participation à projeter" }).inputValue();
    expect(link).toMatch(new RegExp(`^${server.url}/rejoindre#invitation=[^&]+&role=habitant$`));
    const listed = await server.request("GET", `/api/spaces/${space.id}/invitations`, {
      token: space.facilitatorSecret,
    });
    const [made] = (await listed.json()) as { role: string; label: string; boardIds: string[]; expiresAt: number }[];
    expect(made).toMatchObject({
      role: "habitant",
      label: expect.stringMatching(/^Atelier Parentalité – /),
      boardIds: [board?.id],
    });
    // Valid for the evening and the day after: it ends before the browser's day after tomorrow begins.
    const dayAfterTomorrow = await page.evaluate(() => {
      const now = new Date();
      return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 2).getTime();
    });
    expect(dayAfterTomorrow - (made?.expiresAt ?? 0)).toBe(1);
    await saveScreenshotOf(page.locator(".facilitation__tools"), "board-habitant-link-00-tools");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const presentation = page.getByRole("region", { name: /^Présentation du tableau/ });
    await page.getByRole("button", { name: "Présenter", exact: true }).click();
    await presentation.getByRole("img", { name: "QR code du lien de participation" }).waitFor();
    // Its address, with the token, is not offered for typing; a short code for it is, one click away, and works at once.
    expect(await presentation.getByText(/rejoindre#invitation/).count()).toBe(0);
    await presentation
      .getByText("Pour participer, scannez le code avec l'appareil photo de votre téléphone.")
      .waitFor();
    await presentation.getByRole("button", { name: "Créer un code court" }).click();
    await presentation.getByRole("img", { name: "QR code de l'adresse courte" }).waitFor();
    const host = new URL(server.url).host;
    await presentation.getByText(`${host}/c`, { exact: true }).waitFor();
    expect(await presentation.getByTestId("join-code").textContent()).toMatch(
      /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/,
    );
    expect(await presentation.getByRole("button", { name: "Créer un code court" }).count()).toBe(0);
    // The tools show the same code, to withdraw it after the meeting.
    await page.keyboard.press("Escape");
    await presentation.waitFor({ state: "detached" });
    await openFacilitatorTools(page);
    await page.getByRole("region", { name: "Code court" }).getByText("Code affiché :").waitFor();

    // A phone scanning the QR code: in as a habitant, on this board.
    const lina = await browser.newPage(PHONE);
    await lina.page.goto(link);
    await lina.page
      .getByText("Vous rejoignez « CdC Conflent-Canigou », tableau « Parentalité », en tant qu'habitant.")
      .waitFor();
    await joinAsHabitant(lina.page, "Lina");
    await lina.page.getByRole("heading", { level: 1, name: "Parentalité" }).waitFor();
    expect(new URL(lina.page.url()).pathname).toBe(`/participer/${space.id}/${board?.id}`);

    expect([claire.errors.filter((error) => !/ERR_INTERNET_DISCONNECTED/.test(error)), lina.errors]).toEqual([[], []]);
  });
});
