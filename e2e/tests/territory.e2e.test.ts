import type { CreatedSpaceView, SpaceView } from "@atelier/shared";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import { LIVE_TIMEOUT_MS } from "../support/atelier-ui.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import { rememberParticipantAccess } from "../support/participant-access.ts";
import { plainSpaces } from "../support/plain-text.ts";
import { saveScreenshot } from "../support/screenshots.ts";

useServerAndBrowser();

const hasFocus = (control: Locator) => control.evaluate((element) => element === document.activeElement);

/** Presses Tab, as a keyboard user goes through the page, until `control` has the focus. */
async function tabTo(page: Page, control: Locator, max = 40): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press("Tab");
    if (await hasFocus(control)) return;
  }
  throw new Error(`${control} not reached in ${max} presses of Tab`);
}

async function expectFocusOn(control: Locator): Promise<void> {
  await expect.poll(() => hasFocus(control), { timeout: LIVE_TIMEOUT_MS }).toBe(true);
}

function territorySection(page: Page): Locator {
  return page.getByRole("region", { name: "Territoire et signataires" });
}

describe("the territory of a space", () => {
  it("is set by a facilitator with the keyboard alone, and is there after a reload", async () => {
    const space = await server.createSpace();
    const { page, errors } = await browser.newPage();
    await page.goto(`${server.url}/espaces/${space.id}#acces=${space.facilitatorSecret}`);
    const section = territorySection(page);
    await section.getByText("Le territoire de la convention n'est pas encore renseigné.").waitFor();

    const edit = section.getByRole("button", { name: "Modifier le territoire et les signataires" });
    await tabTo(page, edit);
    await page.keyboard.press("Enter");
    const form = section.getByRole("form", { name: "Modifier le territoire et les signataires" });
    const epci = form.getByRole("group", { name: "EPCI" });
    await expectFocusOn(epci.getByLabel("SIREN"));
    await page.keyboard.type("200 049 187");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Communauté de communes Conflent-Canigou");
    await page.keyboard.press("Tab");
    await page.keyboard.type("20 391");

    // Each new row takes the keyboard to its INSEE code; a wrong code is named next to its field.
    const addCommune = form.getByRole("button", { name: "Ajouter une commune" });
    await tabTo(page, addCommune);
    await page.keyboard.press("Enter");
    const first = form.getByRole("group", { name: "Commune 1" });
    await expectFocusOn(first.getByLabel("Code INSEE"));
    await page.keyboard.type("6614");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Prades");
    await page.keyboard.press("Tab");
    await page.keyboard.type("6 000");
    await tabTo(page, addCommune);
    await page.keyboard.press("Enter");
    const second = form.getByRole("group", { name: "Commune 2" });
    await expectFocusOn(second.getByLabel("Code INSEE"));
    await page.keyboard.type("66223");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Vernet-les-Bains");
    await tabTo(page, form.getByRole("button", { name: "Enregistrer" }));
    await page.keyboard.press("Enter");

    const wrongCode = first.getByLabel("Code INSEE");
    await expectFocusOn(wrongCode);
    // The message is the field's description: a screen reader reads it with the field.
    const describedBy = (await wrongCode.getAttribute("aria-describedby")) ?? "";
    expect(plainSpaces(await page.locator(`[id="${describedBy}"]`).textContent())).toBe(
      "« 6614 » n'est pas un code INSEE de commune : 5 chiffres, ou 2A / 2B suivi de 3 chiffres en Corse.",
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, "territory-01-form-1366x768");
    await page.keyboard.press("End");
    await page.keyboard.type("9");
    await tabTo(page, form.getByRole("button", { name: "Enregistrer" }));
    await page.keyboard.press("Enter");

    await section.getByText("Territoire et signataires enregistrés.").waitFor({ timeout: LIVE_TIMEOUT_MS });
    await expectFocusOn(edit);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.reload();
    await section.getByText("Communauté de communes Conflent-Canigou").waitFor();
    const summary = plainSpaces(await section.textContent());
    expect(summary).toContain("SIREN 200049187 · 20 391 habitants");
    expect(summary).toContain("2 communes");
    expect(summary).toContain("6 000 habitants au total · population non renseignée pour 1 commune");
    expect((await section.getByRole("listitem").allTextContents()).map(plainSpaces)).toEqual([
      "Prades (66149 · 6 000)",
      "Vernet-les-Bains (66223)",
    ]);
    await saveScreenshot(page, "territory-02-summary-1366x768");

    const stored = (await (await server.request("GET", `/api/spaces/${space.id}`)).json()) as SpaceView;
    expect(stored.territory).toEqual({
      epci: { siren: "200049187", name: "Communauté de communes Conflent-Canigou", population: 20391 },
      communes: [
        { insee: "66149", name: "Prades", population: 6000 },
        { insee: "66223", name: "Vernet-les-Bains" },
      ],
    });
    expect(errors).toEqual([]);
  });

  it("is read-only for a partner", async () => {
    const space = await server.createSpace();
    await server.request("PATCH", `/api/spaces/${space.id}`, {
      token: space.facilitatorSecret,
      body: { parties: [{ kind: "caf", name: "Caf des Pyrénées-Orientales", signedOn: "2021-12-15" }] },
    });
    const { page, errors } = await browser.newPage();
    await rememberParticipantAccess(page, await server.join(space, "partner", "Inès (PMI)"));
    await page.goto(`${server.url}/espaces/${space.id}`);
    const section = territorySection(page);
    await section.getByText("Caf des Pyrénées-Orientales").waitFor();
    expect(plainSpaces(await section.textContent())).toContain("Signé le 15 décembre 2021");
    expect(await section.getByRole("button").count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("shows the parties the signed convention names as signed on its date, the others not yet", async () => {
    const created = await server.request("POST", "/api/demo");
    const demo = (await created.json()) as CreatedSpaceView;
    // A third party the December COPIL's signature does not name.
    const space = (await (
      await server.request("GET", `/api/spaces/${demo.id}`, { token: demo.facilitatorSecret })
    ).json()) as SpaceView;
    await server.request("PATCH", `/api/spaces/${demo.id}`, {
      token: demo.facilitatorSecret,
      body: { parties: [...space.parties, { kind: "departement", name: "Département des Pyrénées-Orientales" }] },
    });
    const { page, errors } = await browser.newPage();
    await rememberParticipantAccess(page, await server.join(demo, "partner", "Inès (PMI)"));
    await page.goto(`${server.url}/espaces/${demo.id}`);
    const section = territorySection(page);
    await section.getByText("Département des Pyrénées-Orientales").waitFor();
    const parties = section.getByRole("listitem").filter({ hasText: /Caf des|Communauté de communes|Département/ });
    await expect
      .poll(async () => (await parties.allTextContents()).map(plainSpaces), { timeout: LIVE_TIMEOUT_MS })
      .toEqual([
        expect.stringMatching(/Caf des Pyrénées-Orientales.*Signé le 15 décembre 2021$/),
        expect.stringMatching(/Communauté de communes Conflent-Canigou.*Signé le 15 décembre 2021$/),
        expect.stringMatching(/Département des Pyrénées-Orientales.*Signature à venir$/),
      ]);
    expect(errors).toEqual([]);
  });

  it("belongs to a convention of five years at most: the home page says so before creating anything", async () => {
    const { page, errors } = await browser.newPage();
    await page.goto(server.url);
    await page.getByLabel("Nom du territoire").fill("CdC Conflent-Canigou");
    await page.getByLabel("Année de début").fill("2021");
    await page.getByLabel("Année de fin").fill("2026");
    await page.getByRole("button", { name: "Créer l'espace" }).click();
    const end = page.getByLabel("Année de fin");
    await expectFocusOn(end);
    const describedBy = (await end.getAttribute("aria-describedby")) ?? "";
    expect(plainSpaces(await page.locator(`[id="${describedBy}"]`).textContent())).toBe(
      "Une convention dure au plus 5 ans : commencée en 2021, elle s'achève au plus tard en 2025.",
    );
    expect(page.url()).toBe(`${server.url}/`);
    expect(errors).toEqual([]);
  });
});
