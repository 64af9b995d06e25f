import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import { chartData, facilitatorPlanUrl, goToView, openPlan } from "../support/plan-ui.ts";
import { saveScreenshot } from "../support/screenshots.ts";

const PHONE = { width: 360, height: 640 };
const GOVERNANCE_QUESTION = "La gouvernance de la CTG (COPIL, comités) vous permet de participer aux décisions";

useServerAndBrowser();

describe("the partners' yearly satisfaction questionnaire", () => {
  it("is answered by a partner on a phone through its link, and its results show to the facilitator", async () => {
    const space = await server.createSpace("CdC Conflent-Canigou");
    const facilitator = await browser.newPage();
    await openPlan(facilitator.page, facilitatorPlanUrl(server, space), "Claire (Caf)");
    await goToView(facilitator.page, "COPIL et versions");
    const section = facilitator.page.getByRole("region", { name: "Satisfaction des partenaires" });
    await section.getByLabel("Année du questionnaire").selectOption("2024");
    await section.getByText("Aucun questionnaire n'a été ouvert pour 2024.").waitFor();
    await section.getByRole("button", { name: "Ouvrir le questionnaire 2024" }).click();
    const link = await section.getByLabel("Lien à diffuser").inputValue();
    expect(link).toMatch(new RegExp(`^${server.url}/questionnaire#questionnaire=`));
    await section.getByRole("img", { name: "QR code du questionnaire de satisfaction 2024" }).waitFor();

    const partner = await browser.newPage(PHONE);
    await partner.page.goto(link);
    await partner.page.getByRole("heading", { level: 1, name: "Questionnaire de satisfaction 2024" }).waitFor();
    await partner.page.getByRole("group", { name: GOVERNANCE_QUESTION }).getByLabel("4 — Plutôt d'accord").check();
    await partner.page
      .getByRole("group", { name: "Les échanges entre partenaires se sont améliorés" })
      .getByLabel("2 — Plutôt pas d'accord")
      .check();
    await partner.page.getByLabel("Un commentaire sur le partenariat").fill("Des COPIL plus réguliers.");
    expect(await seriousAccessibilityViolations(partner.page)).toEqual([]);
    // Made for the phone: nothing wider than its screen.
    expect(await partner.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await saveScreenshot(partner.page, "satisfaction-01-answering-360");
    await partner.page.getByRole("button", { name: "Envoyer mes réponses" }).click();
    await partner.page.getByRole("heading", { name: "Merci pour vos réponses !" }).waitFor();
    await partner.page.reload();
    await partner.page.getByText("Ce navigateur a déjà envoyé des réponses au questionnaire 2024. Merci !").waitFor();

    // Two other partners answer from their own phones.
    const token = new URL(link).hash.replace("#questionnaire=", "");
    for (const gouvernance of [5, 4]) {
      const answered = await server.request("POST", `/api/satisfaction/${token}/answers`, {
        body: { scores: { gouvernance } },
      });
      expect(answered.status).toBe(201);
    }

    await section.getByRole("button", { name: "Clore le questionnaire" }).click();
    await section.getByText(/^Clos le .* · 3 réponses$/).waitFor();
    expect(await chartData(facilitator.page, GOVERNANCE_QUESTION)).toEqual([
      ["1 — Pas du tout d'accord", "0"],
      ["2 — Plutôt pas d'accord", "0"],
      ["3 — Ni d'accord ni pas d'accord", "0"],
      ["4 — Plutôt d'accord", "2"],
      ["5 — Tout à fait d'accord", "1"],
    ]);
    await section.getByText("3 réponses · moyenne 4,3 sur 5").waitFor();
    // One answer to the exchanges: withheld, as the other partners could tell whose it is.
    await section
      .getByText("1 réponse : moins de 3, résultat masqué pour préserver l'anonymat des partenaires.")
      .waitFor();
    await section.getByRole("listitem").filter({ hasText: "Des COPIL plus réguliers." }).waitFor();
    expect(await seriousAccessibilityViolations(facilitator.page)).toEqual([]);
    await saveScreenshot(facilitator.page, "satisfaction-02-results-1366");
    expect([...facilitator.errors, ...partner.errors]).toEqual([]);
  });
});
