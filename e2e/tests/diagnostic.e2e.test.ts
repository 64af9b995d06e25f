import type { CreatedSpaceView } from "@atelier/shared";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import { plainSpaces } from "../support/plain-text.ts";
import { downloadFrom } from "../support/plan-ui.ts";
import { saveScreenshot } from "../support/screenshots.ts";

useServerAndBrowser();

describe("the diagnostic partagé", () => {
  it("opens from the demo space, shows each theme with its figures, and downloads as a DOCX", async () => {
    const created = await server.request("POST", "/api/demo");
    expect(created.status).toBe(201);
    const space = (await created.json()) as CreatedSpaceView;
    const { page, errors } = await browser.newPage();
    await page.goto(`${server.url}/espaces/${space.id}#acces=${space.facilitatorSecret}`);
    // The space page's link (the démarche's steps link the diagnostic too).
    await page.getByRole("link", { name: /^Diagnostic partagé\s+Le document/ }).click();

    const title = page.getByRole("heading", { level: 1, name: /Diagnostic partagé de la CTG/ });
    await title.waitFor();
    expect(page.url()).toBe(`${server.url}/espaces/${space.id}/diagnostic`);
    await page.getByText("Validé par le COPIL du 30 octobre 2021").waitFor();
    const themes = await page.locator(".diagnostic__theme > h2").allTextContents();
    expect(themes).toEqual(space.boards.filter((board) => !board.archived).map((board) => board.theme));

    const parentality = page.getByRole("region", { name: "Parentalité" });
    const figures = parentality.getByRole("table", { name: "Indicateurs du territoire · Parentalité" });
    const single = figures.getByRole("row", { name: /Familles monoparentales/ });
    expect(plainSpaces(await single.textContent())).toMatch(/Familles monoparentales \(2019\).*30 %.*33 %.*24 %/);
    await parentality.getByRole("heading", { level: 4, name: "Familles seules face aux difficultés" }).waitFor();
    // A document reads a cited figure once, as shown (no spoken copy), with the badge's words for the levels.
    const singleParents = parentality.getByRole("listitem").filter({ hasText: "près d'une famille sur trois" });
    const cited = plainSpaces(await singleParents.textContent());
    expect(cited).toContain("Familles monoparentales : 30 % (2019) · Dép. 33 % · France 24 %");
    expect(cited.match(/30 %/g)).toHaveLength(1);
    // One source under a cited card: the one its authors wrote; the figure's is in the table of figures.
    expect(cited.match(/Source/g)).toHaveLength(1);
    expect(cited).toContain("Source : Présentation CTG du 9 juin 2021, indicateurs clés 2019");
    expect(cited).not.toContain("chiffres clés 2019, comparés aux Pyrénées-Orientales");
    expect(cited).not.toContain("Département");
    expect(plainSpaces(await singleParents.ariaSnapshot())).toContain("Dép. 33 %");
    // Each theme closes on the pistes d'action its group proposed, voted or not: they feed the action plan.
    const smallChildren = page.getByRole("region", { name: "Petite enfance", exact: true });
    await smallChildren.getByRole("heading", { level: 3, name: "Pistes d'action proposées" }).waitFor();
    await smallChildren
      .getByRole("listitem")
      .filter({ hasText: "Étudier une crèche à vocation d'insertion professionnelle à Prades" })
      .waitFor();
    await parentality.getByText("Aucune piste d'action n'a été proposée sur ce tableau.").waitFor();
    // No vote took place in the demo: its priorities are the cards the groups agreed, without a column of no votes.
    const kept = smallChildren.getByRole("table", { name: "Priorités retenues · Petite enfance" });
    expect(await kept.getByRole("columnheader").allTextContents()).toEqual(["Carte", "Type"]);
    await kept.getByRole("row", { name: /Une place en crèche plus près d'Olette/ }).waitFor();
    expect(await page.getByText(/Priorités votées|Votes/).count()).toBe(0);
    await page
      .getByRole("region", { name: "Le territoire" })
      .getByRole("table", { name: "Portrait général" })
      .getByRole("row", { name: /Allocataires/ })
      .first()
      .waitFor();
    // The demo's figures are of 2019 alone, the evolution 2014-2019 of the allocataires too: no evolution to show, no
    // column of dashes, as in the DOCX.
    const general = page
      .getByRole("region", { name: "Le territoire" })
      .getByRole("table", { name: "Portrait général" });
    expect(await general.getByRole("columnheader").allTextContents()).toEqual([
      "Indicateur",
      "Territoire",
      "Département",
      "France",
    ]);
    const evolution = general.getByRole("row", { name: /Évolution du nombre d'allocataires 2014-2019/ });
    expect(plainSpaces(await evolution.textContent())).toMatch(/13 %22 %17 %$/);
    // The heading names the general table: its name is not written a second time.
    const territory = await page.getByRole("region", { name: "Le territoire" }).textContent();
    expect(territory?.match(/Portrait général/g)).toHaveLength(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, "diagnostic-01-print-view-1366x768");

    const file = await downloadFrom(page, "Télécharger le diagnostic (DOCX)");
    expect(file.fileName).toBe(`diagnostic-partage-ctg-${space.period.start}-${space.period.end}.docx`);
    // A zip container (Office Open XML); what it says is read back by the server's tests.
    expect(file.bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    await page.getByRole("status").filter({ hasText: file.fileName }).waitFor();

    // On paper, the buttons and the top bar go, each theme starts a new page.
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("button", { name: "Télécharger le diagnostic (DOCX)" }).isVisible()).toBe(false);
    expect(
      await page
        .locator(".diagnostic__theme")
        .first()
        .evaluate((element) => getComputedStyle(element).breakBefore),
    ).toBe("page");
    await page.emulateMedia({ media: "screen" });

    // On a phone, the tables scroll inside their box and the page does not.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await saveScreenshot(page, "diagnostic-02-phone-390x844");
    expect(errors).toEqual([]);
  });
});
