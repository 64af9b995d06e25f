import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import { LIVE_TIMEOUT_MS } from "../support/atelier-ui.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import { facilitatorPlanUrl, ficheLink, openPlan, seedAgreedCluster, unplacedFiches } from "../support/plan-ui.ts";

useServerAndBrowser();

describe("promotion from the board into the action plan", () => {
  it("turns an agreed cluster into a fiche that another browser sees appear live in the plan", async () => {
    const space = await server.createSpace();
    const seeded = await seedAgreedCluster(server, space, {
      name: "Accueil en horaires atypiques",
      cards: ["Places tôt le matin et tard le soir", "30 % des parents en horaires décalés"],
    });

    const planPage = await browser.newPage();
    await openPlan(planPage.page, facilitatorPlanUrl(server, space), "Claire (Caf)");

    const boardPage = await browser.newPage();
    await boardPage.page.addInitScript(() => window.localStorage.setItem("atelier:name", "Karim (Mairie)"));
    await boardPage.page.goto(
      `${server.url}/espaces/${space.id}/tableaux/${seeded.boardId}#acces=${space.facilitatorSecret}`,
    );
    const promote = boardPage.page.getByRole("button", {
      name: "Promouvoir au plan : « Accueil en horaires atypiques »",
    });
    await promote.focus();
    await boardPage.page.keyboard.press("Enter");
    await boardPage.page
      .getByText("La fiche action « Accueil en horaires atypiques » a été créée dans le plan.")
      .waitFor({ timeout: LIVE_TIMEOUT_MS });
    expect(await seriousAccessibilityViolations(boardPage.page)).toEqual([]);

    await ficheLink(unplacedFiches(planPage.page), "Accueil en horaires atypiques").waitFor({
      timeout: LIVE_TIMEOUT_MS,
    });
    // The cards now say where they went.
    await boardPage.page
      .locator("article")
      .getByText("Promue au plan", { exact: true })
      .first()
      .waitFor({ timeout: LIVE_TIMEOUT_MS });

    // Once more: the same fiche, completed rather than duplicated.
    await promote.click();
    await boardPage.page.getByText(/est déjà dans le plan/).waitFor({ timeout: LIVE_TIMEOUT_MS });
    expect(await ficheLink(unplacedFiches(planPage.page), "Accueil en horaires atypiques").count()).toBe(1);

    // Opened again, the board no longer offers to send what is all in the plan: it leads to the fiche.
    await boardPage.page.reload();
    const inPlan = boardPage.page.getByRole("link", {
      name: "Au plan d'actions : voir la fiche de « Accueil en horaires atypiques »",
    });
    await inPlan.waitFor({ timeout: LIVE_TIMEOUT_MS });
    expect(await promote.count()).toBe(0);
    await inPlan.click();
    await boardPage.page
      .getByRole("heading", { level: 2, name: "Accueil en horaires atypiques" })
      .waitFor({ timeout: LIVE_TIMEOUT_MS });
    expect([...planPage.errors, ...boardPage.errors]).toEqual([]);
  });
});
