import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  addAxis,
  BudgetLineSchema,
  comparePlans,
  createFiche,
  type Fiche,
  ficheById,
  financerFromText,
  PLAN_LAYOUT,
  planFiches,
  planReport,
  schemaVersionOf,
  setBudgetLine,
  upgradeDocument,
} from "../src/index.ts";

/** Lines as plan layout 2 wrote them: a free-text financer, an amount, a year. */
const OLD_LINES = {
  l1: { financer: "Caf", amount: 15_000.5, year: 2022 },
  l2: { financer: "CAF", amount: 3_000, year: 2023 },
  l3: { financer: "Commune", amount: 2_000, year: 2022 },
  l4: { financer: "Commune de Prades", amount: 1_200, year: 2022 },
  l5: { financer: "EPCI", amount: 8_000, year: 2022 },
  l6: { financer: "Département", amount: 4_000, year: 2024 },
  l7: { financer: "Région Occitanie", amount: 5_000, year: 2023 },
  l8: { financer: "Caf des Pyrénées-Orientales", amount: 700, year: 2025 },
  l9: { financer: "Etat", amount: 900, year: 2025 },
  l10: { financer: "Fondation de France", amount: 0.1, year: 2021 },
};

/** A plan document as layout 2 left it: the schema version, an axis, a fiche whose budget has the old lines. */
function layoutTwoPlan(): Y.Doc {
  const doc = new Y.Doc();
  addAxis(doc, "a1", { title: "Petite enfance" });
  createFiche(doc, "f1", { title: "Crèche à vocation d'insertion", axisId: "a1", themes: ["Petite enfance"] }, 1);
  const budget = planFiches(doc).get("f1")?.get("budget") as Y.Map<unknown>;
  doc.transact(() => {
    for (const [id, line] of Object.entries(OLD_LINES)) budget.set(id, line);
    doc.getMap("meta").set("schemaVersion", 2);
  });
  return doc;
}

describe("plan layout 3: budget lines with a financer kind, a nature and a dispositif", () => {
  it("an older plan document reads whole after the upgrade: every line, its amount, year and financer's name", () => {
    // Through an update, as the server loads a stored document.
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(layoutTwoPlan()));
    upgradeDocument(doc, PLAN_LAYOUT);
    expect(schemaVersionOf(doc)).toBe(PLAN_LAYOUT.version);

    const fiche = ficheById(doc, "f1");
    expect(fiche?.budget).toHaveLength(Object.keys(OLD_LINES).length);
    for (const [id, old] of Object.entries(OLD_LINES)) {
      const line = fiche?.budget.find((one) => one.id === id);
      expect(line, id).toMatchObject({ amount: old.amount, year: old.year, nature: null, dispositif: null });
      expect(BudgetLineSchema.safeParse({ ...line, id: undefined }).success).toBe(false); // the id is not a field
    }
    const byId = Object.fromEntries((fiche?.budget ?? []).map((line) => [line.id, line.financer]));
    expect(byId).toEqual({
      l1: { kind: "caf", label: "" },
      l2: { kind: "caf", label: "" },
      l3: { kind: "commune", label: "" },
      l4: { kind: "commune", label: "Commune de Prades" },
      l5: { kind: "epci", label: "" },
      l6: { kind: "departement", label: "" },
      l7: { kind: "autre", label: "Région Occitanie" },
      l8: { kind: "caf", label: "Caf des Pyrénées-Orientales" },
      l9: { kind: "etat", label: "" },
      l10: { kind: "autre", label: "Fondation de France" },
    });
    const report = planReport(doc, { start: 2021, end: 2025 }, []);
    expect(report.budget.total).toBe(39_800.6);
    expect(report.budget.byFinancer.find((row) => row.key === "caf")?.total).toBe(18_700.5);
  });

  it("upgrades once: a second upgrade changes nothing", () => {
    const doc = layoutTwoPlan();
    upgradeDocument(doc, PLAN_LAYOUT);
    const once = JSON.stringify(ficheById(doc, "f1")?.budget);
    let updates = 0;
    doc.on("update", () => updates++);
    upgradeDocument(doc, PLAN_LAYOUT);
    expect(updates).toBe(0);
    expect(JSON.stringify(ficheById(doc, "f1")?.budget)).toBe(once);
  });

  it("reads a line an older tab writes after the upgrade, instead of dropping it", () => {
    const doc = layoutTwoPlan();
    upgradeDocument(doc, PLAN_LAYOUT);
    const budget = planFiches(doc).get("f1")?.get("budget") as Y.Map<unknown>;
    budget.set("late", {
      financer: "Commune de Vernet",
      amount: 250.25,
      year: 2023,
    });
    expect(ficheById(doc, "f1")?.budget.find((line) => line.id === "late")).toMatchObject({
      financer: { kind: "commune", label: "Commune de Vernet" },
      amount: 250.25,
      year: 2023,
    });
  });

  it("reads the names people typed", () => {
    expect(financerFromText("  la CAF ")).toEqual({ kind: "caf", label: "" });
    expect(financerFromText("Communauté de communes Conflent-Canigou")).toEqual({
      kind: "epci",
      label: "Communauté de communes Conflent-Canigou",
    });
    expect(financerFromText("Conseil départemental")).toEqual({ kind: "departement", label: "" });
    expect(financerFromText("Pôle emploi")).toEqual({ kind: "france-travail", label: "" });
    expect(financerFromText("Cafés associatifs").kind).toBe("autre");
  });
});

describe("a plan version stored before layout 3", () => {
  it("compares with the current plan on what changed, its lines read as the plan now reads them", () => {
    const doc = layoutTwoPlan();
    // A version kept as JSON before the upgrade: its fiches hold the old lines.
    const before = [
      { ...ficheById(doc, "f1"), budget: Object.entries(OLD_LINES).map(([id, line]) => ({ id, ...line })) },
    ];
    upgradeDocument(doc, PLAN_LAYOUT);
    const after = ficheById(doc, "f1");
    if (!after) throw new Error("no fiche");
    expect(comparePlans(before as unknown as Fiche[], [after]).changed).toEqual([]);
    setBudgetLine(doc, "f1", "l1", {
      financer: { kind: "caf", label: "" },
      nature: "fonctionnement",
      dispositif: "bonus-territoire-ctg",
      year: 2022,
      amount: 15_000.5,
    });
    const [change] = comparePlans(before as unknown as Fiche[], [ficheById(doc, "f1") as Fiche]).changed;
    expect(change?.fields.map((field) => field.field)).toEqual(["budget"]);
    expect(String(change?.fields[0]?.before).replace(/\s/g, " ")).toContain("Caf, à préciser, 2022 : 15 000,50 €");
    expect(String(change?.fields[0]?.after).replace(/\s/g, " ")).toContain(
      "Caf (Bonus territoire CTG), fonctionnement, 2022 : 15 000,50 €",
    );
  });
});
