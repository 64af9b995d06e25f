import { addCard as addCardTo, type TerritoryService } from "@atelier/shared";
import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import { cardTitled, LIVE_TIMEOUT_MS } from "../support/atelier-ui.ts";
import { writeBoard } from "../support/board-seed.ts";
import { openBoard } from "../support/board-surface-ui.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import { saveScreenshotOf } from "../support/participation-ui.ts";

useServerAndBrowser();

const PHONE = { width: 390, height: 844 };

/** A card's text as read on screen, French spaces made plain. */
async function shownText(card: Locator): Promise<string> {
  return ((await card.textContent()) ?? "").replace(/\s+/g, " ");
}

describe("the services of the territory", () => {
  it("are listed by a facilitator on a phone, then a card cites the new crèche and follows its edits", async () => {
    const space = await server.createSpace("CdC Conflent-Canigou");
    const territory = {
      epci: { siren: "200049187", name: "CdC Conflent-Canigou" },
      communes: [
        { insee: "66149", name: "Prades" },
        { insee: "66223", name: "Vinça" },
      ],
    };
    const set = await server.request("PATCH", `/api/spaces/${space.id}`, {
      token: space.facilitatorSecret,
      body: { territory },
    });
    expect(set.status).toBe(200);

    // On a phone, the facilitator adds the crèche of Prades from the space page.
    const phone = await browser.newPage(PHONE);
    await phone.page.goto(`${server.url}/espaces/${space.id}#acces=${space.facilitatorSecret}`);
    const section = phone.page.getByRole("region", { name: "Services du territoire" });
    await section.getByText("Aucun service n'est encore recensé.").waitFor();
    await section.getByRole("button", { name: "Ajouter un service" }).click();
    const form = section.getByRole("form", { name: "Nouveau service" });
    await form.getByLabel("Type de service").selectOption("eaje");
    await form.getByLabel("Nom").fill("Crèche Les Lutins");
    await form.getByLabel("Commune").selectOption("66149");
    await form.getByLabel("Capacité (places)").fill("24,5");
    await form.getByRole("button", { name: "Ajouter un service" }).click();
    await form.getByText("Saisissez un nombre entier de places, par exemple 24.").waitFor();
    await form.getByLabel("Capacité (places)").fill("24");
    await form.getByLabel(/Gestionnaire/).fill("CdC Conflent-Canigou");
    await form.getByLabel(/Financé par la Caf/).check();
    await form.getByRole("button", { name: "Ajouter un service" }).click();
    await form.waitFor({ state: "detached" });

    await section.getByRole("heading", { name: /^Prades/ }).waitFor();
    const item = section.getByRole("listitem").filter({ hasText: "Crèche Les Lutins" });
    expect(await shownText(item)).toContain("EAJE (crèche)");
    expect(await shownText(item)).toContain("Financé par la Caf");
    expect(await shownText(item)).toContain("24 places · Gestionnaire : CdC Conflent-Canigou · Thème : Petite enfance");
    expect(await shownText(section)).toContain("1 service · 24 places recensées");
    // Readable on a phone: nothing wider than the screen.
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await seriousAccessibilityViolations(phone.page)).toEqual([]);
    await saveScreenshotOf(section, "territory-services-01-phone");

    // On the Petite enfance board, the facilitator cites it on a card.
    const board = space.boards.find((candidate) => candidate.theme === "Petite enfance");
    if (!board) throw new Error("no Petite enfance board");
    const title = "Une seule crèche pour tout le Conflent";
    await writeBoard(server.wsUrl, board.documentName, space.facilitatorSecret, (doc) =>
      addCardTo(
        doc,
        "card-creche",
        { kind: "ressource", title, authorId: "facilitator", authorName: "Claire (Caf)", authorRole: "facilitator" },
        Date.now(),
      ),
    );
    const laptop = await browser.newPage();
    await openBoard(
      laptop.page,
      `${server.url}/espaces/${space.id}/tableaux/${board.id}#acces=${space.facilitatorSecret}`,
      "Claire (Caf)",
    );
    const card = cardTitled(laptop.page, title);
    await card.getByRole("button", { name: `Actions sur la carte « ${title} »` }).click();
    await card.getByRole("button", { name: "Citer un service" }).click();
    const picker = laptop.page.getByRole("dialog", { name: "Citer un service du territoire" });
    await picker.getByText("1 service.").waitFor();
    await laptop.page.keyboard.type("lutins prades");
    expect(await picker.getByRole("option", { selected: true }).textContent()).toContain("Crèche Les Lutins");
    expect(await seriousAccessibilityViolations(laptop.page)).toEqual([]);
    await laptop.page.keyboard.press("Enter");
    await picker.waitFor({ state: "detached" });
    expect(await laptop.page.evaluate(() => document.activeElement?.textContent)).toBe("Changer le service cité");
    await expect.poll(() => shownText(card)).toContain("Crèche Les Lutins · EAJE (crèche) · Prades · 24 places");
    await saveScreenshotOf(card, "territory-services-02-card");

    // Edited on the phone's page through the API, the service is refreshed on the card, live.
    const [creche] = (await (
      await server.request("GET", `/api/spaces/${space.id}/services`, { token: space.facilitatorSecret })
    ).json()) as TerritoryService[];
    const edited = await server.request("PATCH", `/api/spaces/${space.id}/services/${creche?.id}`, {
      token: space.facilitatorSecret,
      body: { capacity: 30 },
    });
    expect(edited.status).toBe(200);
    await expect
      .poll(() => shownText(card), { timeout: LIVE_TIMEOUT_MS })
      .toContain("Crèche Les Lutins · EAJE (crèche) · Prades · 30 places");
    expect(phone.errors).toEqual([]);
    expect(laptop.errors).toEqual([]);
  });
});
