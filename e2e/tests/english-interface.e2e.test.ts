import type { CreatedSpaceView, OpenedSatisfactionView } from "@atelier/shared";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { en } from "../../client/src/i18n/en.ts";
import type { WatchedPage } from "../support/browser.ts";
import { demoFrenchText } from "../support/demo-text.ts";
import { englishAudit, frenchOnlyTextCount, switchToEnglish } from "../support/english-interface.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import { rememberParticipantAccess } from "../support/participant-access.ts";

const PHONE = { width: 390, height: 844 };

useServerAndBrowser();

/** The demo space fills every screen: boards with cards, plan, financing, versions, convention, bilan, COPIL. */
let demo: CreatedSpaceView;

beforeAll(async () => {
  const created = await server.request("POST", "/api/demo");
  expect(created.status).toBe(201);
  demo = (await created.json()) as CreatedSpaceView;
});

function spaceUrl(path = ""): string {
  return `${server.url}/espaces/${demo.id}${path}`;
}

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole("heading", { level: 1, name }).waitFor();
}

async function connected(page: Page): Promise<void> {
  await page.getByRole("status").filter({ hasText: "Connected" }).waitFor();
}

/** A facilitator's browser in English: it opened the space through the facilitator link, then chose English. */
async function facilitatorInEnglish(): Promise<WatchedPage> {
  const watched = await browser.newPage();
  await watched.page.addInitScript((name) => window.localStorage.setItem("atelier:name", name), "Claire (Caf)");
  await watched.page.goto(`${spaceUrl()}#acces=${demo.facilitatorSecret}`);
  await heading(watched.page, demo.name);
  await switchToEnglish(watched.page);
  return watched;
}

/** Screens take a while on a loaded machine: axe reads each whole page. */
const WALK_TIMEOUT_MS = 180_000;

describe("the English interface shows no text of the French dictionary", () => {
  it("reads the French-only texts from the two dictionaries", () => {
    expect(frenchOnlyTextCount).toBeGreaterThan(500);
  });

  it("on the space page and the home page", { timeout: WALK_TIMEOUT_MS }, async () => {
    const audit = englishAudit(demoFrenchText());
    const { page, errors } = await facilitatorInEnglish();
    await page.getByRole("heading", { name: "Thematic groups", exact: true }).waitFor();
    const firstStep = `${en.demarche.position(1)}${en.demarche.steps.preparation}`;
    await page.getByRole("heading", { level: 3, name: firstStep }).waitFor();
    await audit.check(page, "space page");

    await page.goto(server.url);
    await page.getByRole("link", { name: demo.name }).waitFor();
    await audit.check(page, "home");
    expect(audit.problems()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("on a board, with its facilitation tools, its vote's results and its presentation", {
    timeout: WALK_TIMEOUT_MS,
  }, async () => {
    const audit = englishAudit(demoFrenchText());
    const { page, errors } = await facilitatorInEnglish();
    const board = demo.boards[0];
    if (!board) throw new Error("the demo has no board");
    await page.goto(spaceUrl(`/tableaux/${board.id}`));
    await connected(page);
    await page.getByRole("button", { name: en.facilitation.toolsTitle }).click();
    await page.getByRole("button", { name: en.voting.open }).click();
    const title = (await page.getByRole("article").first().getAttribute("aria-label")) ?? "";
    await page.getByRole("button", { name: en.voting.addLabel(title), exact: true }).click();
    await audit.check(page, "board, facilitation tools and voting open");
    // A cited figure the English way: its label, a colon right after it, then the figure.
    const badge = page.locator(".citation-badge:not(.citation-badge--service) > [aria-hidden='true']").first();
    expect(await badge.textContent()).toMatch(/\S: \d/);

    await page.getByRole("button", { name: en.voting.close }).click();
    await page.getByRole("region", { name: en.voting.resultsTitle }).waitFor();
    await audit.check(page, "board, voting results");

    await page.getByRole("button", { name: en.boardLayout.present, exact: true }).click();
    await page.getByRole("button", { name: en.boardLayout.leavePresentation }).waitFor();
    await audit.check(page, "board, presentation");
    expect(audit.problems()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("on the plan's views and a fiche", { timeout: WALK_TIMEOUT_MS }, async () => {
    const audit = englishAudit(demoFrenchText());
    const { page, errors } = await facilitatorInEnglish();
    await page.goto(spaceUrl("/plan"));
    await heading(page, en.plan.title);
    await connected(page);
    await audit.check(page, "plan");
    await page.locator("a[href*='fiche=']").first().click();
    await page.getByRole("textbox", { name: "Description", exact: true }).waitFor();
    await audit.check(page, "plan, a fiche");

    for (const view of ["financement", "evaluation", "bilan", "gouvernance", "impression"] as const) {
      await page.goto(spaceUrl(`/plan?vue=${view}`));
      await page.locator("a[aria-current='page']", { hasText: en.plan.views[view] }).waitFor();
      await connected(page);
      if (view === "gouvernance") {
        await page.getByRole("button", { name: en.plan.governance.compare, exact: true }).click();
        await page.locator(".plan-comparison").waitFor();
      }
      await audit.check(page, `plan, ${en.plan.views[view]}`);
      if (view === "bilan") {
        // The indicators against their targets, "60%" as on the dashboard, not the French "60 %".
        const figures = await page.locator(".bilan-axis .plan-table__number").allInnerTexts();
        expect(figures.filter((figure) => figure.includes("%"))).not.toEqual([]);
        expect(figures.filter((figure) => /\d\s%/u.test(figure))).toEqual([]);
      }
      if (view === "impression") {
        // Written out, as every other date: "5 December 2026".
        expect(await page.locator(".plan-print__date").textContent()).toMatch(/^Printed on \d{1,2} [A-Z][a-z]+ \d{4}$/);
      }
    }

    expect(audit.problems()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("on the indicators and the diagnostic", { timeout: WALK_TIMEOUT_MS }, async () => {
    const audit = englishAudit(demoFrenchText());
    const { page, errors } = await facilitatorInEnglish();
    await page.goto(spaceUrl("/indicateurs"));
    // The demo's figures the English way: a comma between thousands, no space before « % ».
    const claimants = page.getByRole("row", { name: /^Allocataires\s+\d/ });
    expect(await claimants.textContent()).toContain("4,077");
    expect(
      await page
        .getByRole("row", { name: /^Familles monoparentales/ })
        .first()
        .textContent(),
    ).toContain("30%");
    await audit.check(page, "indicators");

    await page.goto(spaceUrl("/diagnostic"));
    await heading(page, new RegExp(`^${en.diagnostic.eyebrow}`));
    await audit.check(page, "diagnostic, print view");
    expect(audit.problems()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("on the screens partners and habitants open from a link, on a phone", { timeout: WALK_TIMEOUT_MS }, async () => {
    const audit = englishAudit(demoFrenchText());
    const { page, errors } = await browser.newPage(PHONE);
    await page.goto(server.url);
    await switchToEnglish(page);

    const published = await server.request("GET", `/api/spaces/${demo.id}/public-page`, {
      token: demo.facilitatorSecret,
    });
    const { slug } = (await published.json()) as { slug: string };
    await page.goto(`${server.url}/retenu/${slug}`);
    await heading(page, /./);
    await audit.check(page, "public page");

    const opened = await server.request("POST", `/api/spaces/${demo.id}/satisfaction/2024`, {
      token: demo.facilitatorSecret,
    });
    const { token: questionnaire } = (await opened.json()) as OpenedSatisfactionView;
    await page.goto(`${server.url}/questionnaire#questionnaire=${questionnaire}`);
    await heading(page, en.satisfaction.title(2024));
    await audit.check(page, "satisfaction questionnaire");

    const invited = await server.request("POST", `/api/spaces/${demo.id}/invitations`, {
      token: demo.facilitatorSecret,
      body: { role: "habitant", label: "Public meeting in Prades" },
    });
    const { token: invitation } = (await invited.json()) as { token: string };
    await page.goto(`${server.url}/rejoindre#invitation=${invitation}&role=habitant`);
    await page.getByRole("button", { name: en.join.submit }).waitFor();
    await audit.check(page, "join page");

    const habitant = await server.join(demo, "habitant", "Lou des Horts");
    await rememberParticipantAccess(page, habitant);
    await page.goto(`${server.url}/participer/${demo.id}`);
    await heading(page, /./);
    await audit.check(page, "participation, the habitant's boards");
    await page
      .getByRole("link", { name: demo.boards[0]?.theme ?? "" })
      .first()
      .click();
    await page.getByRole("form", { name: en.participation.formTitle }).waitFor();
    await audit.check(page, "participation, a board");
    expect(audit.problems()).toEqual([]);
    expect(errors).toEqual([]);
  });
});
