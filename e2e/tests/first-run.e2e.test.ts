import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import { createSpaceFromHome } from "../support/atelier-ui.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import { choosePhase } from "../support/facilitation-ui.ts";
import { createInvitation } from "../support/participation-ui.ts";
import { saveScreenshot } from "../support/screenshots.ts";

useServerAndBrowser();

describe("a facilitator's first run", () => {
  it("guides from the new space through themes, invitation and a first step on a board", async () => {
    const { page, errors } = await browser.newPage();
    await page.goto(server.url);
    await createSpaceFromHome(page, { name: "CdC Pyrénées catalanes", start: 2025, end: 2029 });
    const guide = page.getByRole("region", { name: "Premiers pas" });
    await guide.waitFor();
    const step = (name: string) => guide.getByRole("heading", { level: 3, name: new RegExp(`^${name}`) });
    expect(await guide.getByText("1 sur 4 faite").count()).toBe(1);
    expect(await step("Créer l'espace").textContent()).toContain("(fait)");
    expect(await step("Vérifier les groupes thématiques").textContent()).toContain("(à faire)");
    expect(await guide.textContent()).toContain("Petite enfance, Enfance-Jeunesse, Parentalité");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, "first-run-01-guide");

    // Each step's button takes the keyboard to the part of the page it is about.
    await guide.getByRole("button", { name: "Voir les groupes" }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Groupes thématiques");
    await guide.getByRole("button", { name: "Les groupes me conviennent" }).click();
    expect(await step("Vérifier les groupes thématiques").textContent()).toContain("(fait)");

    await guide.getByRole("button", { name: "Créer un lien d'invitation" }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Inviter");
    await createInvitation(page, { role: "Partenaires", label: "Groupe petite enfance" });
    await guide.getByText("3 sur 4 faites").waitFor();
    expect(await step("Inviter les partenaires").textContent()).toContain("(fait)");

    // Running a step on a board ticks the last one, back on the space page.
    await guide.getByRole("link", { name: "Ouvrir le premier tableau" }).click();
    await page.getByLabel("Votre nom").fill("Claire (Caf)");
    await page.getByRole("button", { name: "Rejoindre le tableau" }).click();
    await page.getByRole("status").filter({ hasText: "Connecté" }).waitFor();
    await choosePhase(page, "Regrouper");
    await page.goBack();
    await guide.getByText("Votre espace est prêt pour l'atelier.").waitFor();
    expect(await step("Animer une étape").textContent()).toContain("(fait)");

    // Hidden, it stays hidden after a reload, and can be shown again.
    await guide.getByRole("button", { name: "Masquer le guide" }).click();
    await page.reload();
    await page.getByRole("button", { name: "Afficher les premiers pas" }).waitFor();
    expect(await guide.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("is not shown to a second facilitator who arrives through the link", async () => {
    const creator = await browser.newPage();
    await creator.page.goto(server.url);
    const { facilitatorLink } = await createSpaceFromHome(creator.page, { name: "Vallespir", start: 2024, end: 2028 });
    const colleague = await browser.newPage();
    await colleague.page.goto(facilitatorLink);
    await colleague.page.getByRole("heading", { level: 1, name: "Vallespir" }).waitFor();
    expect(await colleague.page.getByRole("region", { name: "Premiers pas" }).count()).toBe(0);
  });
});

describe("the interface in English", () => {
  it("switches from the top bar, keeps the choice, and switches back", async () => {
    const { page, errors } = await browser.newPage();
    await page.goto(server.url);
    await createSpaceFromHome(page, { name: "CdC Capcir", start: 2025, end: 2029 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr");

    const english = page.getByRole("button", { name: "English" });
    expect(await english.getAttribute("lang")).toBe("en");
    await english.click();
    await page.getByRole("heading", { name: "Getting started" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await page.getByRole("heading", { name: "Thematic groups", exact: true }).count()).toBe(1);
    expect(await page.getByText("Agreement 2025 – 2029", { exact: false }).count()).toBeGreaterThan(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, "first-run-02-english");

    // A board in English, with the times of its cards in the English format.
    await page.getByRole("link", { name: "Parentalité" }).click();
    await page.getByLabel("Your name").fill("Claire (Caf)");
    await page.getByRole("button", { name: "Join the board" }).click();
    await page.getByRole("status").filter({ hasText: "Connected" }).waitFor();
    await page.getByRole("form", { name: "Add a card" }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.reload();
    await page.getByRole("form", { name: "Add a card" }).waitFor();
    await page.getByRole("button", { name: "Français" }).click();
    await page.getByRole("form", { name: "Ajouter une carte" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr");
    expect(errors).toEqual([]);
  });
});
