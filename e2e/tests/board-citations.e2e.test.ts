import { addCard as addCardTo } from "@atelier/shared";
import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import { cardTitled, LIVE_TIMEOUT_MS } from "../support/atelier-ui.ts";
import { writeBoard } from "../support/board-seed.ts";
import { openBoard, openBoardAs } from "../support/board-surface-ui.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import { importExampleIndicators, indicatorLabelled } from "../support/indicator-api.ts";
import { saveScreenshotOf } from "../support/participation-ui.ts";

useServerAndBrowser();

/** A card's text as read on screen, French spaces ("30 %") made plain. */
async function shownText(card: Locator): Promise<string> {
  return ((await card.textContent()) ?? "").replace(/\s+/g, " ");
}

describe("a territorial figure cited on a card", () => {
  it("is cited from the keyboard by a partner, seen live by the facilitator, and corrected on both", async () => {
    const space = await server.createSpace("CdC Conflent-Canigou");
    const figures = await importExampleIndicators(server, space);
    const board = space.boards.find((candidate) => candidate.theme === "Parentalité");
    if (!board) throw new Error("no Parentalité board");
    const title = "Près d'une famille sur trois est monoparentale";
    await writeBoard(server.wsUrl, board.documentName, space.facilitatorSecret, (doc) =>
      addCardTo(
        doc,
        "card-monoparentales",
        { kind: "constat", title, authorId: "facilitator", authorName: "Claire (Caf)", authorRole: "facilitator" },
        Date.now(),
      ),
    );
    const claire = await browser.newPage();
    await openBoard(
      claire.page,
      `${server.url}/espaces/${space.id}/tableaux/${board.id}#acces=${space.facilitatorSecret}`,
      "Claire (Caf)",
    );
    const samia = await browser.newPage();
    await openBoardAs(samia.page, server.url, await server.join(space, "partner", "Samia (Caf)"), board.id);

    // The partner opens the card's actions, then the picker, and cites the figure without the mouse.
    const card = cardTitled(samia.page, title);
    await card.getByRole("button", { name: `Actions sur la carte « ${title} »` }).focus();
    await samia.page.keyboard.press("Enter");
    await card.getByRole("button", { name: "Citer un chiffre" }).focus();
    await samia.page.keyboard.press("Enter");
    const picker = samia.page.getByRole("dialog", { name: "Citer un chiffre du territoire" });
    await picker.getByText("9 indicateurs.").waitFor();
    await samia.page.keyboard.type("monoparentales");
    await picker.getByText("1 indicateur.").waitFor();
    expect(await picker.getByRole("option", { selected: true }).textContent()).toContain("Familles monoparentales");
    expect(await seriousAccessibilityViolations(samia.page)).toEqual([]);
    await saveScreenshotOf(samia.page, "board-citations-01-picker-1366");
    await samia.page.keyboard.press("Enter");
    await picker.waitFor({ state: "detached" });
    // The keyboard carries on from the button that opened the picker, now offering to change the figure.
    expect(await samia.page.evaluate(() => document.activeElement?.textContent)).toBe("Changer le chiffre cité");

    const cited = "Familles monoparentales : 30 % (2019) · Dép. 33 % · France 24 %";
    await expect.poll(() => shownText(card)).toContain(cited);
    const forClaire = cardTitled(claire.page, title);
    await expect.poll(() => shownText(forClaire), { timeout: LIVE_TIMEOUT_MS }).toContain(cited);
    await saveScreenshotOf(forClaire, "board-citations-02-card-facilitator");

    // The facilitator corrects the figure through the API: every page shows the new one, live.
    const figure = indicatorLabelled(figures, "Familles monoparentales");
    const corrected = await server.request("PATCH", `/api/spaces/${space.id}/indicators/${figure.id}`, {
      token: space.facilitatorSecret,
      body: { values: { territoire: 31 } },
    });
    expect(corrected.status).toBe(200);
    for (const page of [claire.page, samia.page]) {
      await expect
        .poll(() => shownText(cardTitled(page, title)), { timeout: LIVE_TIMEOUT_MS })
        .toContain("Familles monoparentales : 31 % (2019)");
    }
    expect(claire.errors).toEqual([]);
    expect(samia.errors).toEqual([]);
  });
});
