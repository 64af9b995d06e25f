import type { CreatedSpaceView, SpaceArchive } from "@atelier/shared";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import { saveScreenshotOf } from "../support/participation-ui.ts";
import { downloadFrom } from "../support/plan-ui.ts";

const PHONE = { width: 360, height: 640 };

useServerAndBrowser();

describe("a space's archive, from the browser", () => {
  it("downloads the space as one file and imports it on the home page as a new space, its link shown once", async () => {
    const created = await server.request("POST", "/api/demo");
    expect(created.status).toBe(201);
    const demo = (await created.json()) as CreatedSpaceView;

    const claire = await browser.newPage();
    await claire.page.goto(`${server.url}/espaces/${demo.id}#acces=${demo.facilitatorSecret}`);
    const section = claire.page.getByRole("region", { name: "Archiver l'espace" });
    await section.getByRole("checkbox", { name: "Garder les pseudonymes" }).check();
    const file = await downloadFrom(claire.page, "Télécharger l'archive");
    expect(file.fileName).toBe("ctg-exemple-cdc-conflent-canigou-donnees-2019-archive.json");
    const archive = JSON.parse(file.bytes.toString("utf8")) as SpaceArchive;
    expect(archive.pseudonyms).toBe(true);
    expect(archive.boards.map((board) => board.theme)).toEqual(demo.boards.map((board) => board.theme));
    expect(await seriousAccessibilityViolations(claire.page)).toEqual([]);
    await saveScreenshotOf(section, "space-archive-01-download-1366");

    // Someone else, on a phone, brings a broken file, then the archive.
    const other = await browser.newPage(PHONE);
    await other.page.goto(server.url);
    const form = other.page.getByRole("form", { name: "Importer une archive" });
    const fileInput = form.getByLabel("Fichier d'archive (.json)");
    await fileInput.setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from("[]") });
    await form.getByRole("button", { name: "Importer l'archive" }).click();
    await form.getByRole("alert").filter({ hasText: "Archive invalide" }).waitFor();
    expect(await seriousAccessibilityViolations(other.page)).toEqual([]);
    await saveScreenshotOf(form, "space-archive-02-refused-360");

    await fileInput.setInputFiles({ name: file.fileName, mimeType: "application/json", buffer: file.bytes });
    await form.getByRole("button", { name: "Importer l'archive" }).click();
    await other.page.getByRole("heading", { level: 1, name: demo.name }).waitFor();
    const link = await other.page.getByRole("textbox", { name: "Lien animateur" }).inputValue();
    const importedId = new URL(link).pathname.split("/").at(-1);
    expect(importedId).toBeTruthy();
    expect(importedId).not.toBe(demo.id);
    expect(link).not.toContain(demo.facilitatorSecret);
  });
});
