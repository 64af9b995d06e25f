import {
  addAxis,
  type CreatedSpaceView,
  createFiche,
  formatEuros,
  setBudgetLine,
  type YearBilan,
} from "@atelier/shared";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { en } from "../../client/src/i18n/en.ts";
import { fr } from "../../client/src/i18n/fr.ts";
import { withFrenchSpacing } from "../../client/src/i18n/french-spacing.ts";
import { docxText } from "../../server/test/support/docx-text.ts";
import { writeBoard } from "../support/board-seed.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";

useServerAndBrowser();

const FICHE = "Relais petite enfance itinérant";

/** Figures are grouped with no-break spaces in French: compared as a reader sees them. */
const plainSpaces = (text: string | null) => (text ?? "").replace(/[\u00a0\u202f]/g, " ");

/** A fiche with one budget line of 120 000 € in 2022, whose bilan 2022 says 71 240 € were spent. */
async function spaceWithBilan(): Promise<CreatedSpaceView> {
  const space = await server.createSpace();
  await writeBoard(server.wsUrl, space.plan.documentName, space.facilitatorSecret, (doc) => {
    addAxis(doc, "axe1", { title: "Accompagner les familles" });
    createFiche(doc, "f1", { title: FICHE, axisId: "axe1", themes: [] }, Date.now());
    const line = { nature: "fonctionnement", dispositif: null, year: 2022, amount: 120_000 } as const;
    setBudgetLine(doc, "f1", "b1", { ...line, financer: { kind: "caf", label: "" } });
  });
  const saved = await server.request("PUT", `/api/spaces/${space.id}/bilan/2022/fiches/f1`, {
    token: space.facilitatorSecret,
    body: { progress: "en-cours", assessment: "Le relais passe dans six communes.", spent: 71_240 },
  });
  expect(saved.status).toBe(200);
  return space;
}

/** The plan's DOCX export, as its reader sees the text. */
async function planDocx(space: CreatedSpaceView): Promise<string> {
  const exported = await server.request("GET", `/api/spaces/${space.id}/plan/export/docx`, {
    token: space.facilitatorSecret,
  });
  return plainSpaces(await docxText(exported));
}

async function bilan2022(space: CreatedSpaceView): Promise<YearBilan> {
  const answer = await server.request("GET", `/api/spaces/${space.id}/bilan/2022`, { token: space.facilitatorSecret });
  return (await answer.json()) as YearBilan;
}

const spentOf = (bilan: YearBilan) => bilan.axes[0]?.fiches[0]?.entry;

/** A facilitator's browser in the given language, chosen before the page loads, on a page of the plan. */
async function facilitatorIn(language: "en" | "fr", space: CreatedSpaceView, search: string) {
  const watched = await browser.newPage();
  await watched.page.addInitScript((chosen) => window.localStorage.setItem("atelier:langue", chosen), language);
  await watched.page.goto(`${server.url}/espaces/${space.id}/plan${search}#acces=${space.facilitatorSecret}`);
  return watched;
}

async function connected(page: Page, words: typeof en): Promise<void> {
  await page.getByRole("status").filter({ hasText: words.board.status.connected }).waitFor();
}

const LANGUAGES = [
  {
    language: "en",
    words: en,
    shown: { budget: "120,000", spent: "71,240" },
    typed: { budget: "125,000", misread: "71,24" },
    total: "€125,000",
  },
  {
    language: "fr",
    words: withFrenchSpacing(fr),
    shown: { budget: "120 000", spent: "71 240" },
    typed: { budget: "125 000", misread: "71 24" },
    total: "125 000 €",
  },
] as const;

describe.each(LANGUAGES)(
  "number fields in the interface's language ($language)",
  ({ language, words, shown, typed, total }) => {
    it("a budget line edited to a new amount is saved as that amount, grouped as the language groups thousands", async () => {
      const space = await spaceWithBilan();
      const { page, errors } = await facilitatorIn(language, space, "?fiche=f1");
      await connected(page, words);
      const line = words.plan.budget.line(words.partyKinds.caf, 2022);
      const amount = page.getByLabel(words.plan.budget.amountOf(line), { exact: true });
      expect(plainSpaces(await amount.inputValue())).toBe(shown.budget);

      await amount.fill(typed.budget);
      await amount.blur();
      await expect
        .poll(async () => plainSpaces(await page.getByTestId("fiche-budget-total").textContent()))
        .toBe(total);
      expect(plainSpaces(await amount.inputValue())).toBe(typed.budget);
      await expect.poll(() => planDocx(space)).toContain(plainSpaces(formatEuros(125_000)));
      expect(await planDocx(space)).not.toContain(plainSpaces(formatEuros(125)));

      // A misread amount is refused in its cell, the message wrapped there: the table keeps its columns in view.
      await amount.fill(typed.misread);
      await expect.poll(() => amount.getAttribute("aria-invalid")).toBe("true");
      const table = amount.locator("xpath=ancestor::table");
      expect(await table.evaluate((element) => element.scrollWidth <= (element.parentElement?.clientWidth ?? 0))).toBe(
        true,
      );
      expect(plainSpaces(await page.getByTestId("fiche-budget-total").textContent())).toBe(total);
      expect(errors).toEqual([]);
    });

    it("a bilan entry saved without a change keeps what was spent; a misread amount is refused beside the field", async () => {
      const space = await spaceWithBilan();
      const before = spentOf(await bilan2022(space));
      expect(before?.spent).toBe(71_240);
      const { page, errors } = await facilitatorIn(language, space, "?vue=bilan&annee=2022");
      await connected(page, words);
      const form = page.getByRole("form", { name: FICHE });
      const spent = form.getByLabel(words.bilan.spent(2022));
      await expect.poll(async () => plainSpaces(await spent.inputValue())).toBe(shown.spent);

      // What could be a mistyped decimal or a mistyped thousand is not guessed: nothing is sent.
      await spent.fill(typed.misread);
      await form.getByRole("button", { name: words.bilan.save }).click();
      await form.getByText(words.numbers.misread).waitFor();
      expect(await spent.getAttribute("aria-invalid")).toBe("true");
      expect(spentOf(await bilan2022(space))?.updatedAt).toBe(before?.updatedAt);

      // Back to the figure as it was shown, and saved: the server's entry is saved again, its amount unchanged.
      await spent.fill(shown.spent);
      await form.getByRole("button", { name: words.bilan.save }).click();
      await form
        .getByRole("status")
        .filter({ hasText: words.bilan.saved(FICHE) })
        .waitFor();
      const after = spentOf(await bilan2022(space));
      expect(after?.updatedAt).toBeGreaterThan(before?.updatedAt ?? Number.POSITIVE_INFINITY);
      expect(after?.spent).toBe(71_240);

      // Saved once more straight after a reload, without touching anything: still the same amount.
      await page.reload();
      await connected(page, words);
      await expect.poll(async () => plainSpaces(await spent.inputValue())).toBe(shown.spent);
      await form.getByRole("button", { name: words.bilan.save }).click();
      await form
        .getByRole("status")
        .filter({ hasText: words.bilan.saved(FICHE) })
        .waitFor();
      expect(spentOf(await bilan2022(space))?.spent).toBe(71_240);
      expect(errors).toEqual([]);
    });
  },
);
