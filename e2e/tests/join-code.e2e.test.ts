import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import { joinBoard } from "../support/atelier-ui.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import { openFacilitatorTools } from "../support/facilitation-ui.ts";
import { joinAsHabitant, saveScreenshotOf } from "../support/participation-ui.ts";

const PROJECTOR = { width: 1920, height: 1080 };
const PHONE = { width: 390, height: 844 };

useServerAndBrowser();

describe("a short code on the projector", () => {
  it("is made in one click from the projected link, and typed on a phone after host/c", async () => {
    const space = await server.createSpace("CdC Conflent-Canigou");
    const board = space.boards.find((candidate) => candidate.theme === "Parentalité");
    const invitation = await server.request("POST", `/api/spaces/${space.id}/invitations`, {
      token: space.facilitatorSecret,
      body: { role: "habitant", label: "Réunion publique de Prades", boardIds: [board?.id] },
    });
    const { token } = (await invitation.json()) as { token: string };
    const link = `${server.url}/rejoindre#invitation=${token}&role=habitant`;

    const claire = await browser.newPage(PROJECTOR);
    await claire.page.goto(`${server.url}/espaces/${space.id}#acces=${space.facilitatorSecret}`);
    await joinBoard(claire.page, "Parentalité", "Claire (Caf)");
    await openFacilitatorTools(claire.page);
    await claire.page.getByRole("textbox", { name: "Lien de participation à projeter" }).fill(link);
    await claire.page.getByRole("button", { name: "Enregistrer", exact: true }).click();
    // Codes made earlier on another laptop, for the partners' links: listed without their characters.
    for (const label of ["Comité des partenaires", "Bureau du centre social"]) {
      const partners = await server.request("POST", `/api/spaces/${space.id}/invitations`, {
        token: space.facilitatorSecret,
        body: { role: "partner", label },
      });
      await server.request("POST", `/api/spaces/${space.id}/join-codes`, {
        token: space.facilitatorSecret,
        body: { token: ((await partners.json()) as { token: string }).token },
      });
    }
    const tool = claire.page.getByRole("region", { name: "Code court" });
    await tool.getByRole("button", { name: "Créer un code court" }).click();
    await tool.getByText("Code affiché :").waitFor();
    const elsewhere = tool.getByRole("listitem").filter({ hasText: "Comité des partenaires (partenaire)" });
    await elsewhere.waitFor();
    await saveScreenshotOf(tool, "join-code-00-facilitator-tool");
    // Each withdrawal button names its link; once it is gone, the focus goes to the list's heading, then, with the
    // last one, to the control, and the withdrawal is said in the control's live region.
    const focused = (locator: typeof tool) => locator.evaluate((element) => element === document.activeElement);
    const others = tool.getByRole("heading", { name: "Autres codes en cours" });
    await elsewhere.getByRole("button", { name: "Retirer le code de « Comité des partenaires » (partenaire)" }).click();
    await tool.getByRole("status").getByText("Le code de « Comité des partenaires » est retiré").waitFor();
    await elsewhere.waitFor({ state: "detached" });
    expect(await focused(others)).toBe(true);
    await tool.getByRole("button", { name: "Retirer le code de « Bureau du centre social » (partenaire)" }).click();
    await others.waitFor({ state: "detached" });
    await tool.getByRole("status").getByText("Le code de « Bureau du centre social » est retiré").waitFor();
    expect(await focused(tool.locator(".join-code-control"))).toBe(true);

    await claire.page.getByRole("button", { name: "Présenter", exact: true }).click();
    const presentation = claire.page.getByRole("region", { name: /^Présentation du tableau/ });
    await presentation.getByRole("img", { name: "QR code de l'adresse courte" }).waitFor();
    const host = new URL(server.url).host;
    await presentation.getByText(`${host}/c`, { exact: true }).waitFor();
    const code = (await presentation.getByTestId("join-code").textContent()) ?? "";
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    // Read from the back of the room: the code's letters are the largest on the screen.
    const size = await presentation
      .getByTestId("join-code")
      .evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
    expect(size).toBeGreaterThanOrEqual(48);
    // On one line, clear of the button that ends the presentation.
    const codeBox = await presentation.getByTestId("join-code").boundingBox();
    const leaveBox = await presentation.getByRole("button", { name: /^Quitter la présentation/ }).boundingBox();
    expect(codeBox && leaveBox && codeBox.x + codeBox.width <= leaveBox.x).toBe(true);
    expect(codeBox?.height).toBeLessThan(size * 1.5);
    await saveScreenshotOf(claire.page, "join-code-01-presentation-1920x1080");
    expect(await seriousAccessibilityViolations(claire.page)).toEqual([]);

    // A phone that cannot read QR codes: the address typed by hand, then the code as heard, in lower case.
    const lina = await browser.newPage(PHONE);
    await lina.page.goto(`http://${host}/c`);
    const field = lina.page.getByRole("textbox", { name: /^Code affiché à l'écran/ });
    await field.fill("k7mx");
    await lina.page.getByRole("button", { name: "Continuer" }).click();
    await lina.page.getByText("Un code compte 8 lettres et chiffres, comme affiché à l'écran.").waitFor();
    await field.fill(code.replace("-", "").toLowerCase());
    // Corrected, the field no longer says it is wrong.
    expect(await lina.page.getByText("Un code compte 8 lettres et chiffres").count()).toBe(0);
    expect(await seriousAccessibilityViolations(lina.page)).toEqual([]);
    await saveScreenshotOf(lina.page, "join-code-02-phone-390x844");
    await lina.page.getByRole("button", { name: "Continuer" }).click();
    await lina.page
      .getByText("Vous rejoignez « CdC Conflent-Canigou », tableau « Parentalité », en tant qu'habitant.")
      .waitFor();
    await lina.page.getByText("Invitation : Réunion publique de Prades").waitFor();
    await joinAsHabitant(lina.page, "Lina");
    await lina.page.getByRole("heading", { level: 1, name: "Parentalité" }).waitFor();
    expect(new URL(lina.page.url()).pathname).toBe(`/participer/${space.id}/${board?.id}`);

    // Withdrawn from the tools, the code lets nobody else in, said in the habitant's words.
    await claire.page.keyboard.press("Escape");
    await presentation.waitFor({ state: "detached" });
    await openFacilitatorTools(claire.page);
    await tool.getByRole("button", { name: "Retirer le code" }).click();
    await tool.getByText("Le code est retiré : il ne permet plus d'entrer.").waitFor();
    const paul = await browser.newPage(PHONE);
    await paul.page.goto(`${server.url}/c/${code.replace("-", "")}`);
    await paul.page.getByText("Ce code a été retiré par l'animateur.").waitFor();
    await paul.page.getByRole("link", { name: "Saisir un autre code" }).click();
    await paul.page.getByRole("textbox", { name: /^Code affiché à l'écran/ }).waitFor();

    expect([claire.errors, lina.errors]).toEqual([[], []]);
    // The browser logs the refused check (410) as a failed resource: nothing else went wrong.
    expect(paul.errors.filter((error) => !/status of 410/.test(error))).toEqual([]);
  });
});

describe("a habitant's phone in English", () => {
  it("words the server's refusals from their code, not in the server's French", async () => {
    const space = await server.createSpace("CA du Grand Dole");
    const board = space.boards.find((candidate) => candidate.theme === "Parentalité");
    const invitation = await server.request("POST", `/api/spaces/${space.id}/invitations`, {
      token: space.facilitatorSecret,
      body: { role: "habitant", label: "Public meeting", boardIds: [board?.id] },
    });
    const { token } = (await invitation.json()) as { token: string };
    const created = await server.request("POST", `/api/spaces/${space.id}/join-codes`, {
      token: space.facilitatorSecret,
      body: { token },
    });
    const { code } = (await created.json()) as { code: string };

    const zoe = await browser.newPage(PHONE);
    await zoe.page.goto(`${server.url}/c`);
    await zoe.page.evaluate(() => window.localStorage.setItem("atelier:langue", "en"));
    await zoe.page.reload();
    await zoe.page.getByRole("textbox", { name: /^Code shown on the screen/ }).fill(code);
    await zoe.page.getByRole("button", { name: "Continue" }).click();
    await zoe.page.getByRole("textbox", { name: /^Your pseudonym/ }).fill("Zoé");
    await zoe.page.getByRole("button", { name: "Join" }).click();
    await zoe.page.getByRole("heading", { level: 1, name: "Parentalité" }).waitFor();

    // The facilitator archives the board while Zoé writes: the server refuses her idea, with a code.
    await server.request("PATCH", `/api/spaces/${space.id}/boards/${board?.id}`, {
      token: space.facilitatorSecret,
      body: { archived: true },
    });
    const form = zoe.page.getByRole("form", { name: "Suggest an idea" });
    await form.getByRole("textbox", { name: "Your idea, in one sentence" }).fill("A toy library");
    await form.getByRole("button", { name: "Send" }).click();
    await form
      .getByRole("alert")
      .filter({ hasText: "This board is archived: it no longer takes contributions." })
      .waitFor();
    expect(await zoe.page.getByText(/archivé/).count()).toBe(0);
    await saveScreenshotOf(zoe.page, "join-code-03-refusal-in-english-390x844");
    // The browser logs the refusal (409) as a failed resource: nothing else went wrong.
    expect(zoe.errors.filter((error) => !/status of 409/.test(error))).toEqual([]);
  });
});
