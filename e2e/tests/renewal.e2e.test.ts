import type { CreatedSpaceView, SpaceView } from "@atelier/shared";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import { LIVE_TIMEOUT_MS } from "../support/atelier-ui.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import { rememberParticipantAccess } from "../support/participant-access.ts";
import { saveScreenshot } from "../support/screenshots.ts";

useServerAndBrowser();

const NEXT_NAME = "CTG Conflent-Canigou 2026-2030";

const spaceOf = async (id: string, token: string) =>
  (await (await server.request("GET", `/api/spaces/${id}`, { token })).json()) as SpaceView;

describe("preparing the next convention", () => {
  it("takes the facilitator of an ended convention to the next one's space, which starts from it", async () => {
    // The demo's convention runs 2021–2025: it has ended.
    const created = await server.request("POST", "/api/demo");
    expect(created.status).toBe(201);
    const demo = (await created.json()) as CreatedSpaceView;
    const themes = demo.boards.filter((board) => !board.archived).map((board) => board.theme);

    const { page, errors } = await browser.newPage();
    await page.goto(`${server.url}/espaces/${demo.id}#acces=${demo.facilitatorSecret}`);
    const demarche = page.getByRole("region", { name: "Démarche CTG" });
    await demarche.getByText(/La convention a pris fin le/).waitFor();
    // A partner reads who prepares the next one: no call to act without the button to act.
    const partner = await browser.newPage();
    await rememberParticipantAccess(partner.page, await server.join(demo, "partner", "Camille Roux"));
    await partner.page.goto(`${server.url}/espaces/${demo.id}`);
    const partnerDemarche = partner.page.getByRole("region", { name: "Démarche CTG" });
    await partnerDemarche.getByText(/^L'animateur préparera avec les partenaires la convention suivante/).waitFor();
    expect(await partnerDemarche.getByText(/C'est le moment/).count()).toBe(0);
    expect(await partnerDemarche.getByRole("button", { name: "Préparer la convention suivante" }).count()).toBe(0);
    expect(partner.errors).toEqual([]);
    await demarche.getByText(/^C'est le moment de préparer avec les partenaires/).waitFor();
    await demarche.getByRole("button", { name: "Préparer la convention suivante" }).click();

    // The form proposes the five years after 2025 and the name with them (not the same name twice), the keyboard in
    // the name.
    const form = demarche.getByRole("form", { name: "Préparer la convention suivante" });
    const name = form.getByLabel("Nom de la convention suivante");
    const start = form.getByLabel("Année de début");
    const end = form.getByLabel("Année de fin");
    expect(await name.inputValue()).toBe(`${demo.name} 2026-2030`);
    expect([await start.inputValue(), await end.inputValue()]).toEqual(["2026", "2030"]);
    await expect
      .poll(() => name.evaluate((element) => element === document.activeElement), { timeout: LIVE_TIMEOUT_MS })
      .toBe(true);

    // A period overlapping this one is said at its field, and nothing is created.
    await start.fill("2024");
    await end.fill("2028");
    // The name follows the years until one writes one's own.
    expect(await name.inputValue()).toBe(`${demo.name} 2024-2028`);
    await form.getByRole("button", { name: "Créer l'espace de la convention suivante" }).click();
    const refusal = form.getByText(/La convention suivante commence après la fin de celle-ci, en 2025/);
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe(
      "La convention suivante commence après la fin de celle-ci, en 2025\u00a0: 2024 est trop tôt.",
    );
    expect((await spaceOf(demo.id, demo.facilitatorSecret)).next).toBeNull();

    await start.fill("2026");
    await end.fill("2030");
    await name.fill(NEXT_NAME);
    await end.fill("2029");
    await end.fill("2030");
    expect(await name.inputValue()).toBe(NEXT_NAME);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, "renewal-01-form-1366");
    await form.getByRole("button", { name: "Créer l'espace de la convention suivante" }).click();

    // The new space, opened as its facilitator: its link is shown once, as for any space created here.
    await page.getByRole("heading", { level: 1, name: NEXT_NAME }).waitFor();
    const nextId = new URL(page.url()).pathname.split("/").at(-1) as string;
    expect(nextId).not.toBe(demo.id);
    const link = await page.getByRole("textbox", { name: "Lien animateur" }).inputValue();
    expect(link).toContain(`/espaces/${nextId}#acces=`);
    expect(link).not.toContain(demo.facilitatorSecret);
    await expect.poll(() => page.getByText("Convention 2026 – 2030").count()).toBeGreaterThan(0);

    // It starts from the territory, the signatories and the thematic groups of the previous convention.
    const territory = page.getByRole("region", { name: "Territoire et signataires" });
    await territory.getByText("Communauté de communes Conflent-Canigou").first().waitFor();
    for (const party of demo.parties) await territory.getByText(party.name, { exact: true }).first().waitFor();
    for (const theme of themes) await page.getByRole("button", { name: `Archiver « ${theme} »` }).waitFor();
    const services = page.getByRole("region", { name: "Services du territoire" });
    await expect.poll(() => services.getByRole("listitem").count(), { timeout: LIVE_TIMEOUT_MS }).toBeGreaterThan(0);

    // It names the convention it follows, with a link back.
    const back = page.getByRole("link", { name: `${demo.name} (2021–2025)` });
    expect(await back.evaluate((element) => element.parentElement?.textContent)).toBe(
      `Fait suite à la convention ${demo.name} (2021–2025)`,
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, "renewal-02-next-space-1366");

    // Back in the ended convention: the next one is named instead of the button.
    await back.click();
    await page.getByRole("heading", { level: 1, name: demo.name }).waitFor();
    const forward = page.getByRole("link", { name: NEXT_NAME });
    await forward.first().waitFor();
    expect(await forward.first().evaluate((element) => element.parentElement?.textContent)).toBe(
      `Convention suivante\u00a0: ${NEXT_NAME}`,
    );
    await demarche.getByText(/La convention a pris fin le/).waitFor();
    expect(await demarche.getByRole("button", { name: "Préparer la convention suivante" }).count()).toBe(0);
    expect(await demarche.getByRole("link", { name: NEXT_NAME }).count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, "renewal-03-previous-space-1366");

    // The browser kept both facilitator links: the forward link opens the next space as its facilitator again.
    await forward.first().click();
    await page.getByRole("heading", { level: 1, name: NEXT_NAME }).waitFor();
    await page.getByRole("button", { name: `Archiver « ${themes[0]} »` }).waitFor();
    expect((await spaceOf(demo.id, demo.facilitatorSecret)).next).toMatchObject({ id: nextId, name: NEXT_NAME });
    expect(errors).toEqual([]);
    // Axe reads the demo's long space page three times.
  }, 180_000);

  it("is offered from the convention's last year, once it is signed and under evaluation", async () => {
    const thisYear = new Date().getFullYear();
    const response = await server.request("POST", "/api/spaces", {
      body: { name: `CdC du Capcir ${thisYear - 4}-${thisYear}`, period: { start: thisYear - 4, end: thisYear } },
    });
    const space = (await response.json()) as CreatedSpaceView;
    const kinds = ["cadrage", "diagnostic", "priorites", "projet-plan", "chiffrage", "plan", "evaluation"];
    const decisions = [...kinds.map((kind) => `validation-${kind}`), "signature"].map((kind) => ({ kind, text: kind }));
    const meeting = await server.request("POST", `/api/spaces/${space.id}/meetings`, {
      token: space.facilitatorSecret,
      body: { kind: "copil", date: `${thisYear - 4}-03-01`, title: "COPIL de signature", decisions },
    });
    expect(meeting.status).toBe(201);

    const { page, errors } = await browser.newPage();
    await page.goto(`${server.url}/espaces/${space.id}#acces=${space.facilitatorSecret}`);
    const demarche = page.getByRole("region", { name: "Démarche CTG" });
    await demarche.getByText(`${thisYear} est la dernière année de la convention`, { exact: false }).waitFor();
    expect(await demarche.getByText(/La convention a pris fin/).count()).toBe(0);
    const open = demarche.getByRole("button", { name: "Préparer la convention suivante" });
    await open.click();
    const form = demarche.getByRole("form", { name: "Préparer la convention suivante" });
    expect(await form.getByLabel("Nom de la convention suivante").inputValue()).toBe(
      `CdC du Capcir ${thisYear + 1}-${thisYear + 5}`,
    );
    expect([
      await form.getByLabel("Année de début").inputValue(),
      await form.getByLabel("Année de fin").inputValue(),
    ]).toEqual([String(thisYear + 1), String(thisYear + 5)]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, "renewal-04-last-year-1366");

    // Cancelled, the form closes and the keyboard is back on the button.
    await form.getByRole("button", { name: "Annuler" }).click();
    await expect
      .poll(() => open.evaluate((element) => element === document.activeElement), { timeout: LIVE_TIMEOUT_MS })
      .toBe(true);
    expect(await form.count()).toBe(0);

    // A partner reads that the time has come and who prepares it: facilitators only, nothing asked of them.
    const partnerPage = await browser.newPage();
    const partner = await server.join(space, "partner", "Camille Roux");
    await rememberParticipantAccess(partnerPage.page, partner);
    await partnerPage.page.goto(`${server.url}/espaces/${space.id}`);
    const partnerDemarche = partnerPage.page.getByRole("region", { name: "Démarche CTG" });
    await partnerDemarche
      .getByText(
        `${thisYear} est la dernière année de la convention\u00a0: l'animateur préparera avec les partenaires la convention suivante.`,
      )
      .waitFor();
    expect(await partnerDemarche.getByText(/c'est le moment/).count()).toBe(0);
    expect(await partnerDemarche.getByRole("button", { name: "Préparer la convention suivante" }).count()).toBe(0);
    expect([...errors, ...partnerPage.errors]).toEqual([]);
  });
});
