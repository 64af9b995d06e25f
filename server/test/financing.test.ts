import {
  addAxis,
  type BudgetLine,
  type CreatedSpaceView,
  createFiche,
  formatEuros,
  readCafBaseline,
  setBudgetLine,
  setCafBaselineHead,
  setCafBaselineLine,
} from "@atelier/shared";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { type CollabClient, connectClient, waitFor } from "./support/collab-client.ts";
import { docxText } from "./support/docx-text.ts";
import { useTestServer } from "./support/use-test-server.ts";

const server = useTestServer();

async function settled(client: CollabClient) {
  await waitFor(
    () => client.provider.unsyncedChanges,
    (n) => n === 0,
  );
}

const caf = (dispositif: BudgetLine["dispositif"], nature: BudgetLine["nature"], year: number, amount: number) =>
  ({ financer: { kind: "caf", label: "" }, nature, dispositif, year, amount }) as const;

/** Two axes, three fiches (one titled like a formula), lines of the Caf, the EPCI and two communes; a baseline. */
async function financedPlan() {
  const space = await server.createSpace();
  const plan = await connectClient(server.wsUrl, space.plan.documentName, space.facilitatorSecret);
  const { doc } = plan;
  addAxis(doc, "a1", { title: "Petite enfance" });
  addAxis(doc, "a2", { title: "Vie sociale" });
  createFiche(doc, "f1", { title: "Crèche à Prades", axisId: "a1", themes: [] }, 1);
  createFiche(doc, "f2", { title: '=HYPERLINK("http://x";"clic")', axisId: "a2", themes: [] }, 2);
  createFiche(doc, "f3", { title: "Sans axe encore", axisId: null, themes: [] }, 3);
  setBudgetLine(doc, "f1", "l1", caf("prestation-de-service", "fonctionnement", 2022, 15_000.5));
  setBudgetLine(doc, "f1", "l2", caf("bonus-territoire-ctg", "fonctionnement", 2023, 10_000.25));
  setBudgetLine(doc, "f1", "l3", {
    financer: { kind: "epci", label: "CdC Conflent-Canigou" },
    nature: "investissement",
    dispositif: null,
    year: 2022,
    amount: 80_000,
  });
  setBudgetLine(doc, "f2", "l4", {
    financer: { kind: "commune", label: "Prades" },
    nature: "investissement",
    dispositif: null,
    year: 2023,
    amount: 2_500,
  });
  setBudgetLine(doc, "f3", "l5", {
    financer: { kind: "commune", label: "Vinça" },
    nature: null,
    dispositif: null,
    year: 2023,
    amount: 1_000,
  });
  setCafBaselineHead(doc, { year: 2019, note: "Source : présentation du 9 juin 2021." });
  setCafBaselineLine(doc, "b1", { label: "2 EAJE", dispositif: null, amount: 442_500 });
  setCafBaselineLine(doc, "b2", {
    label: "Aides aux projets",
    dispositif: "subvention-action-sociale",
    amount: 22_000,
  });
  await settled(plan);
  return { space, plan };
}

async function exported(space: CreatedSpaceView, format: "xlsx" | "docx") {
  const response = await server.request("GET", `/api/spaces/${space.id}/plan/export/${format}`, {
    token: space.facilitatorSecret,
  });
  expect(response.status).toBe(200);
  return response.arrayBuffer();
}

/** The rows of the sheet's block under a title, up to the next empty row, as plain values. */
function block(sheet: ExcelJS.Worksheet, title: string): unknown[][] {
  const rows: unknown[][] = [];
  let inside = false;
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const values = (row.values as unknown[]).slice(1);
    if (values[0] === title) {
      inside = true;
      return;
    }
    if (!inside) return;
    if (values.every((value) => value === undefined || value === null)) inside = false;
    else rows.push(values);
  });
  return rows;
}

describe("the convention financière", () => {
  it("is an XLSX sheet: every line by fiche, totals per year, financer, nature, dispositif and axis, the baseline", async () => {
    const { space } = await financedPlan();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await exported(space, "xlsx"));
    const sheet = workbook.getWorksheet("Financement");
    if (!sheet) throw new Error("no Financement sheet");

    expect(block(sheet, "Convention financière — lignes par fiche action")).toEqual([
      ["Axe", "Fiche action", "Financeur", "Nom", "Nature", "Dispositif de la Caf", "Année", "Montant"],
      ["Petite enfance", "Crèche à Prades", "Caf", "", "Fonctionnement", "Prestation de service", 2022, 15_000.5],
      ["Petite enfance", "Crèche à Prades", "EPCI", "CdC Conflent-Canigou", "Investissement", "", 2022, 80_000],
      ["Petite enfance", "Crèche à Prades", "Caf", "", "Fonctionnement", "Bonus territoire CTG", 2023, 10_000.25],
      ["Vie sociale", '=HYPERLINK("http://x";"clic")', "Commune", "Prades", "Investissement", "", 2023, 2_500],
      ["Sans axe", "Sans axe encore", "Commune", "Vinça", "À préciser", "", 2023, 1_000],
    ]);
    // A title that looks like a formula is a text cell, never a formula.
    const formulaLike = sheet.getRow(7).getCell(2);
    expect(formulaLike.type).toBe(ExcelJS.ValueType.String);
    expect(formulaLike.formula).toBeUndefined();
    expect(sheet.getRow(3).getCell(8).numFmt).toBe('#,##0.00 "€"');

    expect(block(sheet, "Totaux par année")).toEqual([
      ["", "2021", "2022", "2023", "2024", "2025", "Total"],
      ["Plan d'actions", 0, 95_000.5, 13_500.25, 0, 0, 108_500.75],
    ]);
    expect(block(sheet, "Totaux par financeur")).toEqual([
      ["Financeur", "2021", "2022", "2023", "2024", "2025", "Total"],
      ["EPCI", 0, 80_000, 0, 0, 0, 80_000],
      ["Caf", 0, 15_000.5, 10_000.25, 0, 0, 25_000.75],
      ["Commune — Prades", 0, 0, 2_500, 0, 0, 2_500],
      ["Commune — Vinça", 0, 0, 1_000, 0, 0, 1_000],
    ]);
    expect(block(sheet, "Totaux par nature")).toEqual([
      ["Nature", "2021", "2022", "2023", "2024", "2025", "Total"],
      ["Fonctionnement", 0, 15_000.5, 10_000.25, 0, 0, 25_000.75],
      ["Investissement", 0, 80_000, 2_500, 0, 0, 82_500],
      ["À préciser", 0, 0, 1_000, 0, 0, 1_000],
    ]);
    expect(block(sheet, "Totaux par dispositif de la Caf")).toEqual([
      ["Dispositif", "2021", "2022", "2023", "2024", "2025", "Total"],
      ["Prestation de service", 0, 15_000.5, 0, 0, 0, 15_000.5],
      ["Bonus territoire CTG", 0, 0, 10_000.25, 0, 0, 10_000.25],
    ]);
    expect(block(sheet, "Totaux par axe")).toEqual([
      ["Axe", "2021", "2022", "2023", "2024", "2025", "Total"],
      ["Petite enfance", 0, 95_000.5, 10_000.25, 0, 0, 105_000.75],
      ["Vie sociale", 0, 0, 2_500, 0, 0, 2_500],
      ["Sans axe", 0, 0, 1_000, 0, 0, 1_000],
    ]);
    expect(block(sheet, "Financement existant de la Caf (2019)")).toEqual([
      ["Source : présentation du 9 juin 2021."],
      ["Ce qui est financé", "Dispositif de la Caf", "Montant"],
      ["2 EAJE", "Non ventilé", 442_500],
      ["Aides aux projets", "Subvention d'action sociale", 22_000],
      ["Total Subvention d'action sociale", "", 22_000],
      ["Total Non ventilé", "", 442_500],
      ["Total", "", 464_500],
    ]);
  });

  it("is a section of the DOCX, amounts with their cents", async () => {
    const { space } = await financedPlan();
    const text = await docxText(await exported(space, "docx"));
    for (const expected of [
      "Convention financière",
      `Le plan d'actions mobilise ${formatEuros(108_500.75)} sur la période.`,
      "Par dispositif de la Caf",
      "Bonus territoire CTG",
      "Commune — Prades",
      "Financement existant de la Caf en 2019",
      "Subvention d'action sociale",
      formatEuros(15_000.5),
      formatEuros(464_500),
    ]) {
      expect(text).toContain(expected);
    }
    expect(formatEuros(15_000.5).replace(/\s/g, " ")).toBe("15 000,50 €");
  });

  it("has a baseline that facilitators edit and partners and observers only read", async () => {
    const { space, plan } = await financedPlan();
    const partner = await server.join(space, "partner", "Samia");
    const observer = await server.join(space, "observer", "Élu");
    for (const token of [partner.participantToken, observer.participantToken]) {
      const reader = await connectClient(server.wsUrl, space.plan.documentName, token);
      expect(readCafBaseline(reader.doc).lines.map((line) => line.label)).toEqual(["2 EAJE", "Aides aux projets"]);
      setCafBaselineLine(reader.doc, "b1", { label: "2 EAJE", dispositif: "cej", amount: 1 });
      setCafBaselineHead(reader.doc, { year: 2020 });
      reader.provider.destroy();
    }
    setCafBaselineLine(plan.doc, "b3", { label: "CLAS", dispositif: "prestation-de-service", amount: 9_600 });
    await settled(plan);
    // A new facilitator's view is the server's: the readers' edits never reached it, the facilitator's did.
    const fresh = await connectClient(server.wsUrl, space.plan.documentName, space.facilitatorSecret);
    const baseline = readCafBaseline(fresh.doc);
    expect(baseline.year).toBe(2019);
    expect(baseline.lines.map((line) => [line.label, line.dispositif, line.amount])).toEqual([
      ["2 EAJE", null, 442_500],
      ["Aides aux projets", "subvention-action-sociale", 22_000],
      ["CLAS", "prestation-de-service", 9_600],
    ]);
    fresh.provider.destroy();
    plan.provider.destroy();
  });

  it("comes with the demo: the Caf's 2019 financing and a financed plan", async () => {
    const response = await server.request("POST", "/api/demo");
    expect(response.status).toBe(201);
    const demo = (await response.json()) as CreatedSpaceView;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await exported(demo, "xlsx"));
    const sheet = workbook.getWorksheet("Financement");
    if (!sheet) throw new Error("no Financement sheet");
    const baseline = block(sheet, "Financement existant de la Caf (2019)");
    expect(String(baseline[0]?.[0])).toMatch(/490 787 €.*598 000 €/);
    expect(baseline.slice(2, 11).map((row) => row[2])).toEqual([
      442_500, 520_600, 36_000, 44_400, 6_900, 7_200, 22_600, 9_600, 22_000,
    ]);
    expect(baseline.at(-1)).toEqual(["Total", "", 1_111_800]);
    const financers = block(sheet, "Totaux par financeur").map((row) => row[0]);
    // Each commune that pays is named: a line "Commune" alone would not say who pays.
    expect(financers).toEqual(expect.arrayContaining(["Caf", "EPCI", "Commune — Prades", "Commune — Olette"]));
    expect(financers).not.toContain("Commune");
    const natures = block(sheet, "Totaux par nature").map((row) => row[0]);
    expect(natures).toEqual(["Nature", "Fonctionnement", "Investissement"]);
    const dispositifs = block(sheet, "Totaux par dispositif de la Caf").map((row) => row[0]);
    expect(dispositifs).toEqual(
      expect.arrayContaining(["Prestation de service", "Bonus territoire CTG", "Fonds publics et territoires"]),
    );
  });
});
