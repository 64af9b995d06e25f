import type { CreatedSpaceView } from "@atelier/shared";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import { LIVE_TIMEOUT_MS } from "../support/atelier-ui.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import { rememberParticipantAccess } from "../support/participant-access.ts";
import { plainSpaces } from "../support/plain-text.ts";
import { downloadFrom } from "../support/plan-ui.ts";
import { saveScreenshot } from "../support/screenshots.ts";

useServerAndBrowser();

const hasFocus = (control: Locator) => control.evaluate((element) => element === document.activeElement);

/** Presses Tab, as a keyboard user goes through the page, until `control` has the focus. */
async function tabTo(page: Page, control: Locator, max = 100): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press("Tab");
    if (await hasFocus(control)) return;
  }
  const active = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  throw new Error(`${control} not reached in ${max} presses of Tab (focus on ${active})`);
}

async function expectFocusOn(control: Locator): Promise<void> {
  await expect.poll(() => hasFocus(control), { timeout: LIVE_TIMEOUT_MS }).toBe(true);
}

const demarche = (page: Page) => page.getByRole("region", { name: "Démarche CTG" });

describe("the démarche and its comités", () => {
  it("moves to the priorities once a COPIL run with the keyboard validates the diagnostic; its relevé downloads", async () => {
    const space = await server.createSpace();
    // The preparation was validated by the comité opérationnel that prepared the diagnostic.
    const prepared = await server.request("POST", `/api/spaces/${space.id}/meetings`, {
      token: space.facilitatorSecret,
      body: {
        kind: "comite-operationnel",
        date: "2021-10-15",
        title: "Comité opérationnel",
        decisions: [{ kind: "validation-cadrage", text: "Démarche et calendrier arrêtés." }],
      },
    });
    expect(prepared.status).toBe(201);

    const { page, errors } = await browser.newPage();
    await page.goto(`${server.url}/espaces/${space.id}#acces=${space.facilitatorSecret}`);
    await demarche(page).getByText("Prochaine étape : Diagnostic partagé").waitFor();
    expect(await demarche(page).locator("[aria-current='step'] h3").textContent()).toMatch(/Diagnostic partagé$/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const governance = demarche(page).getByRole("link", { name: "Comités et relevés de décisions" });
    await tabTo(page, governance);
    await page.keyboard.press("Enter");
    const form = page.getByRole("form", { name: "Consigner un comité" });
    await form.waitFor();

    await tabTo(page, form.getByLabel("Date"));
    // The date field's segments follow the browser's own language, not the page's: filled as a value.
    await form.getByLabel("Date").fill("2021-10-30");
    await tabTo(page, form.getByLabel("Intitulé"));
    await page.keyboard.type("COPIL — validation du diagnostic");
    await tabTo(page, form.getByLabel("Lieu"));
    await page.keyboard.type("Prades");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Présentation du diagnostic partagé");

    await tabTo(page, form.getByRole("button", { name: "Ajouter un participant" }));
    await page.keyboard.press("Enter");
    const attendee = form.getByRole("group", { name: "Participant 1" });
    await expectFocusOn(attendee.getByLabel("Nom"));
    await page.keyboard.type("Claire Martin");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Caf des Pyrénées-Orientales");
    await tabTo(page, form.getByRole("button", { name: "Ajouter un participant" }));
    await page.keyboard.press("Enter");
    const excused = form.getByRole("group", { name: "Participant 2" });
    await expectFocusOn(excused.getByLabel("Nom"));
    await page.keyboard.type("Karim Haddad");
    await page.keyboard.press("Tab");
    await page.keyboard.type("CdC Conflent-Canigou");
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowDown");
    expect(await excused.getByLabel("Présence").inputValue()).toBe("excuse");

    await tabTo(page, form.getByRole("button", { name: "Ajouter une décision" }));
    await page.keyboard.press("Enter");
    const decision = form.getByRole("group", { name: "Décision 1" });
    await expectFocusOn(decision.getByLabel("Nature"));
    await page.keyboard.type("Validation du diag");
    expect(await decision.getByLabel("Nature").inputValue()).toBe("validation-diagnostic");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Le diagnostic partagé est validé.");
    await saveScreenshot(page, "governance-01-meeting-form-1366x768");
    await tabTo(page, form.getByRole("button", { name: "Ajouter le comité" }));
    await page.keyboard.press("Enter");

    await page.getByRole("status").filter({ hasText: "Comité « COPIL — validation du diagnostic » ajouté." }).waitFor();
    const meeting = page.getByRole("listitem").filter({
      has: page.getByRole("heading", { level: 4, name: "COPIL — validation du diagnostic" }),
    });
    await meeting.getByText("Le diagnostic partagé est validé.").waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, "governance-02-meetings-1366x768");

    // The accessible name starts with the visible words, then says which comité (WCAG 2.5.3, label in name).
    const releveButton = meeting.getByRole("button", { name: /^Relevé de décisions/ });
    expect(await releveButton.textContent()).toBe("Relevé de décisions (DOCX)");
    expect(plainSpaces(await releveButton.getAttribute("aria-label"))).toBe(
      "Relevé de décisions (DOCX) du comité « COPIL — validation du diagnostic »",
    );
    const releve = await downloadFrom(
      page,
      "Relevé de décisions (DOCX) du comité « COPIL — validation du diagnostic »",
    );
    expect(releve.fileName).toBe("releve-decisions-2021-10-30.docx");
    // A zip container (Office Open XML); what it says is read back by the server's tests.
    expect(releve.bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    await page
      .getByRole("status")
      .filter({ hasText: "Fichier téléchargé : releve-decisions-2021-10-30.docx" })
      .waitFor();

    await page.goto(`${server.url}/espaces/${space.id}#acces=${space.facilitatorSecret}`);
    await demarche(page).getByText("Prochaine étape : Choix des priorités (axes, enjeux)").waitFor();
    const diagnostic = demarche(page).getByRole("listitem").filter({ hasText: "Diagnostic partagé" }).first();
    await diagnostic.getByText("validée le 30 octobre 2021").waitFor();
    await diagnostic.getByText("COPIL — validation du diagnostic").waitFor();
    await saveScreenshot(page, "governance-03-timeline-1366x768");
    // The document the COPIL validated now says so, and downloads for the partners.
    await diagnostic.getByRole("link", { name: "Diagnostic partagé" }).click();
    await page.getByText(/^Validé par le COPIL.* du 30 octobre 2021$/).waitFor();
    const validated = await downloadFrom(page, "Télécharger le diagnostic (DOCX)");
    expect(validated.bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));

    // On a phone, the rows of the form wrap and stay usable.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/espaces/${space.id}/plan?vue=gouvernance#acces=${space.facilitatorSecret}`);
    await page.getByRole("button", { name: "Ajouter une décision" }).click();
    await page.getByRole("button", { name: "Ajouter un participant" }).click();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, "governance-05-meeting-form-390x844");
    expect(errors).toEqual([]);
  });

  it("shows the demo's calendar to a partner on a phone, read-only", async () => {
    const created = await server.request("POST", "/api/demo");
    const space = (await created.json()) as CreatedSpaceView;
    const partner = await server.join(space, "partner", "Karim (CdC)");
    const { page, errors } = await browser.newPage({ width: 390, height: 844 });
    await rememberParticipantAccess(page, partner);
    await page.goto(`${server.url}/espaces/${space.id}`);
    // The demo goes as far as its first yearly bilan, validated by the December 2022 COPIL: one of five.
    await demarche(page).getByText("Prochaine étape : Suivi et évaluation annuelle").waitFor();
    expect(await demarche(page).locator(".demarche-step--validee").count()).toBe(7);
    const bilans = demarche(page).getByRole("list", { name: "Bilans annuels · Suivi et évaluation annuelle" });
    await bilans.getByText("Bilan 2022 validé le 15 décembre 2022").waitFor();
    await bilans.getByText("Bilan 2023 attendu").waitFor();
    // The bilan awaited is planned a year after the first one, long past by now.
    const next = demarche(page).locator(".demarche__next");
    expect(plainSpaces(await next.textContent())).toContain("Prévue le 15 décembre 2023");
    await next.getByText("en retard").waitFor();
    // The 2021-2025 convention is over: the bilans it still owes are late, and the next one is to prepare.
    const ended = demarche(page).locator(".demarche__ended");
    await ended.getByText("La convention a pris fin le 31 décembre 2025.").waitFor();
    await ended.getByText("Bilans annuels encore à valider : 2023, 2024, 2025.").waitFor();
    expect(await bilans.getByRole("listitem").filter({ hasText: "Bilan 2025 attendu" }).textContent()).toContain(
      "en retard",
    );
    expect(await demarche(page).getByRole("button").count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, "governance-04-demo-timeline-390x844");
    // Each step gives the documents its comité decides on: the diagnostic step leads to the diagnostic partagé.
    await demarche(page)
      .getByRole("list", { name: "Documents de l'étape · Diagnostic partagé" })
      .getByRole("link", { name: "Diagnostic partagé" })
      .click();
    await page.getByRole("heading", { level: 1, name: /^Diagnostic partagé de la CTG/ }).waitFor();
    expect(errors).toEqual([]);
  });

  it("records a COPIL of March validating the previous year's bilan; the timeline names that year", async () => {
    const space = await server.createSpace();
    const signed = await server.request("POST", `/api/spaces/${space.id}/meetings`, {
      token: space.facilitatorSecret,
      body: {
        kind: "copil",
        date: "2021-12-15",
        title: "COPIL de signature",
        decisions: [
          "validation-cadrage",
          "validation-diagnostic",
          "validation-priorites",
          "validation-projet-plan",
          "validation-chiffrage",
          "validation-plan",
          "validation-evaluation",
          "signature",
        ].map((kind) => ({ kind, text: `Décision : ${kind}` })),
      },
    });
    expect(signed.status).toBe(201);

    const { page, errors } = await browser.newPage();
    await page.goto(`${server.url}/espaces/${space.id}/plan?vue=gouvernance#acces=${space.facilitatorSecret}`);
    const form = page.getByRole("form", { name: "Consigner un comité" });
    await form.getByLabel("Date").fill("2023-03-09");
    await form.getByLabel("Intitulé").fill("COPIL — bilan 2022");
    await form.getByRole("button", { name: "Ajouter une décision" }).click();
    const decision = form.getByRole("group", { name: "Décision 1" });
    await decision.getByLabel("Nature").selectOption({ label: "Validation du bilan annuel" });
    // Left as it is, the bilan would be the meeting's year, 2023: the COPIL of March names the year before.
    expect(await decision.getByLabel("Année du bilan").inputValue()).toBe("");
    await decision.getByLabel("Année du bilan").selectOption("2022");
    await decision.getByLabel("Texte de la décision").fill("Le bilan 2022 est validé.");
    // A decision that validates no step: "libre" is only its code, a Caf adviser reads "Autre décision".
    await form.getByRole("button", { name: "Ajouter une décision" }).click();
    const other = form.getByRole("group", { name: "Décision 2" });
    await other.getByLabel("Nature").selectOption({ label: "Autre décision" });
    await other.getByLabel("Texte de la décision").fill("Prochain COPIL en mars 2024.");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await form.getByRole("button", { name: "Ajouter le comité" }).click();
    await page.getByRole("status").filter({ hasText: "Comité « COPIL — bilan 2022 » ajouté." }).waitFor();
    await page.getByText("Validation du bilan annuel 2022", { exact: true }).waitFor();
    const decisions = page.getByRole("list", { name: "Décisions" }).filter({ hasText: "Prochain COPIL en mars 2024." });
    await decisions.getByText("Autre décision", { exact: true }).waitFor();
    expect(await page.getByText("Décision libre").count()).toBe(0);

    await page.goto(`${server.url}/espaces/${space.id}#acces=${space.facilitatorSecret}`);
    const bilans = demarche(page).getByRole("list", { name: "Bilans annuels · Suivi et évaluation annuelle" });
    await bilans.getByText("Bilan 2022 validé le 9 mars 2023").waitFor();
    await bilans.getByText("Bilan 2023 attendu").waitFor();
    // Signed in December 2021, the convention owes its first bilan for 2022.
    expect(await bilans.getByText(/Bilan 2021/).count()).toBe(0);
    await demarche(page).getByText("Attend : validation du bilan 2023").first().waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, "governance-06-yearly-bilans-1366x768");
    expect(errors).toEqual([]);
  });
});
