import type { CreatedSpaceView, SpaceView } from "@atelier/shared";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import { LIVE_TIMEOUT_MS } from "../support/atelier-ui.ts";
import { switchToEnglish } from "../support/english-interface.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import { rememberParticipantAccess } from "../support/participant-access.ts";
import { plainSpaces } from "../support/plain-text.ts";
import { saveScreenshot } from "../support/screenshots.ts";

useServerAndBrowser();

const spaceOf = async (space: CreatedSpaceView) =>
  (await (
    await server.request("GET", `/api/spaces/${space.id}`, { token: space.facilitatorSecret })
  ).json()) as SpaceView;

/** What the page says under a field: its error, which the field names as its description. */
async function describedText(page: Page, field: Locator): Promise<string> {
  await expect.poll(() => field.getAttribute("aria-invalid"), { timeout: LIVE_TIMEOUT_MS }).toBe("true");
  const describedBy = (await field.getAttribute("aria-describedby")) ?? "";
  const texts = await Promise.all(describedBy.split(" ").map((id) => page.locator(`[id="${id}"]`).textContent()));
  return plainSpaces(texts.join(" "));
}

describe("the convention's period, changed afterwards", () => {
  it("is changed by the facilitator in the page, a period the server refuses said beside its field", async () => {
    const created = await server.request("POST", "/api/spaces", {
      body: { name: "CdC Conflent-Canigou", period: { start: 2021, end: 2025 } },
    });
    const space = (await created.json()) as CreatedSpaceView;
    // The partners' questionnaire of 2021 is part of that year's bilan: the period must keep 2021.
    const questionnaire = await server.request("POST", `/api/spaces/${space.id}/satisfaction/2021`, {
      token: space.facilitatorSecret,
    });
    expect(questionnaire.status).toBe(201);

    const { page, errors } = await browser.newPage();
    await page.goto(`${server.url}/espaces/${space.id}#acces=${space.facilitatorSecret}`);
    await page.getByText("Convention 2021 – 2025").waitFor();
    await page.getByRole("button", { name: "Modifier le nom ou la période" }).click();
    const form = page.getByRole("form", { name: "Nom et période de la convention" });
    const start = form.getByLabel("Année de début");
    const end = form.getByLabel("Année de fin");
    expect([await start.inputValue(), await end.inputValue()]).toEqual(["2021", "2025"]);

    // The server refuses to leave 2021 out: said under the period, the keyboard taken there, nothing changed.
    await start.fill("2022");
    await end.fill("2026");
    await form.getByRole("button", { name: "Enregistrer" }).click();
    // 2021 is left out before the new start: said beside the start year.
    expect(await describedText(page, start)).toBe(
      "La période doit garder 2021 : un bilan annuel y est déjà enregistré (suivi des fiches, questionnaire de satisfaction ou validation en comité).",
    );
    await expect.poll(() => start.evaluate((element) => element === document.activeElement)).toBe(true);
    expect((await spaceOf(space)).period).toEqual({ start: 2021, end: 2025 });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, "convention-period-01-refused-1366");

    // A period that keeps 2021: the page shows its years at once, and the server keeps them.
    await start.fill("2020");
    await end.fill("2024");
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await page.getByText("Convention 2020 – 2024").waitFor();
    await page.getByRole("status").filter({ hasText: "Nom et période de la convention enregistrés." }).waitFor();
    expect(await form.count()).toBe(0);
    expect((await spaceOf(space)).period).toEqual({ start: 2020, end: 2024 });

    // The same refusal, in English for a facilitator who reads English.
    await switchToEnglish(page);
    await page.getByText("Agreement 2020 – 2024").waitFor();
    await page.getByRole("button", { name: "Edit the name or the period" }).click();
    const englishForm = page.getByRole("form", { name: "Name and period of the agreement" });
    await englishForm.getByLabel("Start year").fill("2022");
    await englishForm.getByRole("button", { name: "Save" }).click();
    expect(await describedText(page, englishForm.getByLabel("Start year"))).toBe(
      "The period must keep 2021: a yearly review is already recorded for it (action sheets' follow-up, satisfaction questionnaire or approval by a committee).",
    );
    // The browser logs each refused request: the two refusals, nothing else.
    expect(errors).toEqual(
      Array(2).fill("console: Failed to load resource: the server responded with a status of 400 (Bad Request)"),
    );
  }, 90_000);

  it("is read-only for a partner", async () => {
    const space = await server.createSpace();
    const { page, errors } = await browser.newPage();
    await rememberParticipantAccess(page, await server.join(space, "partner", "Inès (PMI)"));
    await page.goto(`${server.url}/espaces/${space.id}`);
    await page.getByRole("region", { name: "Démarche CTG" }).waitFor();
    await page.getByText("Convention 2021 – 2025").waitFor();
    expect(await page.getByRole("button", { name: "Modifier le nom ou la période" }).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
