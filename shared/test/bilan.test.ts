import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  assembleBilan,
  BilanEntryInputSchema,
  type BilanInputs,
  bilanYearSchema,
  budgetExecution,
} from "../src/bilan.ts";
import type { IndicatorView } from "../src/indicator.ts";
import {
  addAxis,
  createFiche,
  listAxes,
  listFiches,
  setBudgetLine,
  setIndicator,
  setIndicatorValue,
  updateFiche,
} from "../src/plan-document.ts";
import { describeIssues } from "../src/validation.ts";

const figure = (
  id: string,
  year: number,
  territoire: number | null,
  label = "Taux de couverture EAJE",
): IndicatorView => ({
  id,
  label,
  theme: "Petite enfance",
  year,
  unit: "%",
  source: "Caf",
  values: { territoire, departement: null, france: null },
});

/** The plan's fiches by axis, from a document written as the facilitators' browsers do. */
function planSections() {
  const doc = new Y.Doc();
  addAxis(doc, "a1", { title: "Petite enfance" });
  createFiche(doc, "f1", { title: "Relais petite enfance", axisId: "a1", themes: [] }, 1);
  createFiche(doc, "f2", { title: "Crèche à Prades", axisId: "a1", themes: [] }, 2);
  createFiche(doc, "f3", { title: "Ludothèque itinérante", axisId: null, themes: [] }, 3);
  setIndicator(doc, "f1", "i1", { label: "Familles accompagnées", kind: "resultat", unit: "", target: 40 });
  setIndicatorValue(doc, "f1", "i1", 2022, 45);
  setIndicatorValue(doc, "f1", "i1", 2023, 30);
  const line = (kind: "caf" | "epci", year: number, amount: number) => ({
    financer: { kind, label: "" },
    nature: "fonctionnement" as const,
    dispositif: null,
    year,
    amount,
  });
  setBudgetLine(doc, "f1", "b1", line("caf", 2022, 12_000.1));
  setBudgetLine(doc, "f1", "b2", line("epci", 2022, 8_000.2));
  setBudgetLine(doc, "f1", "b3", line("caf", 2023, 50_000));
  setBudgetLine(doc, "f2", "b4", line("epci", 2022, 30_000));
  setBudgetLine(doc, "f3", "b5", line("caf", 2022, 1_500));
  const fiches = listFiches(doc);
  return [
    ...listAxes(doc).map((axis) => ({ axis, fiches: fiches.filter((fiche) => fiche.axisId === axis.id) })),
    { axis: null, fiches: fiches.filter((fiche) => fiche.axisId === null) },
  ];
}

const inputs: BilanInputs = {
  year: 2022,
  period: { start: 2021, end: 2023 },
  sections: planSections(),
  entries: [
    {
      ficheId: "f1",
      year: 2022,
      progress: "en-cours",
      assessment: "Bien lancé",
      difficulties: "",
      adjustments: "",
      spent: 18_500.5,
      updatedAt: 5,
    },
    {
      ficheId: "f2",
      year: 2022,
      progress: "reportee",
      assessment: "",
      difficulties: "Foncier",
      adjustments: "",
      spent: null,
      updatedAt: 6,
    },
    {
      ficheId: "f3",
      year: 2021,
      progress: "realisee",
      assessment: "Autre année",
      difficulties: "",
      adjustments: "",
      spent: 900,
      updatedAt: 7,
    },
  ],
  impacts: [{ ficheId: "f1", indicatorId: "i1", territorialIndicatorId: "t2019" }],
  territorial: [figure("t2022", 2022, 18.5), figure("t2019", 2019, 15), figure("other", 2022, 99, "Autre chose")],
  meetings: [
    {
      id: "m1",
      date: "2022-12-01",
      title: "COPIL bilan",
      kind: "copil",
      decisions: [
        { kind: "bilan-annuel", text: "Bilan 2022 validé." },
        { kind: "libre", text: "Autre" },
      ],
    },
    {
      id: "m2",
      date: "2022-06-01",
      title: "COPIL avenant",
      kind: "copil",
      decisions: [{ kind: "avenant", text: "Avenant" }],
    },
    {
      id: "m3",
      date: "2023-11-10",
      title: "COPIL suivant",
      kind: "copil",
      decisions: [{ kind: "bilan-annuel", text: "Bilan 2023" }],
    },
    {
      id: "m4",
      date: "2023-03-02",
      title: "COPIL de mars",
      kind: "copil",
      decisions: [{ kind: "bilan-annuel", text: "Bilan 2022 complété.", year: 2022 }],
    },
  ],
};

describe("assembleBilan", () => {
  const bilan = assembleBilan(inputs);

  it("groups the fiches by axis with the year's entries only, and counts their progress", () => {
    expect(bilan.years).toEqual([2021, 2022, 2023]);
    expect(
      bilan.axes.map((axis) => [axis.axis?.title ?? null, axis.fiches.map((f) => f.entry?.progress ?? null)]),
    ).toEqual([
      ["Petite enfance", ["en-cours", "reportee"]],
      [null, [null]],
    ]);
    expect(bilan.counts).toMatchObject({ "en-cours": 1, reportee: 1, "non-renseignee": 1, realisee: 0 });
    expect(bilan.axes[0]?.counts).toMatchObject({ "en-cours": 1, reportee: 1, "non-renseignee": 0 });
  });

  it("reads each indicator's value of the year against its target, with its series over the period", () => {
    const indicator = bilan.axes[0]?.fiches[0]?.indicators[0];
    expect(indicator).toMatchObject({ value: 45, target: 40, reached: true });
    expect(indicator?.series).toEqual([
      { year: 2021, value: null },
      { year: 2022, value: 45 },
      { year: 2023, value: 30 },
    ]);
    expect(assembleBilan({ ...inputs, year: 2023 }).axes[0]?.fiches[0]?.indicators[0]?.reached).toBe(false);
    expect(assembleBilan({ ...inputs, year: 2021 }).axes[0]?.fiches[0]?.indicators[0]?.reached).toBeNull();
  });

  it("sets the territorial figure's series (same label and theme) beside the fiche's, year by year", () => {
    const impact = bilan.axes[0]?.fiches[0]?.indicators[0]?.impact;
    expect(impact).toMatchObject({ found: true, label: "Taux de couverture EAJE", unit: "%" });
    expect(impact?.rows).toEqual([
      { year: 2019, fiche: null, territory: 15 },
      { year: 2021, fiche: null, territory: null },
      { year: 2022, fiche: 45, territory: 18.5 },
      { year: 2023, fiche: 30, territory: null },
    ]);
  });

  it("sets the year's budget lines beside what each fiche says it spent, by axis and for the year, in whole cents", () => {
    expect(bilan.axes[0]?.fiches.map((fiche) => fiche.budget)).toEqual([
      { planned: 20_000.3, spent: 18_500.5, unreported: 0 },
      { planned: 30_000, spent: null, unreported: 1 },
    ]);
    expect(bilan.axes[0]?.budget).toEqual({ planned: 50_000.3, spent: 18_500.5, unreported: 1 });
    // f3's spending was said for 2021, not for this year.
    expect(bilan.axes[1]?.budget).toEqual({ planned: 1_500, spent: null, unreported: 1 });
    expect(bilan.budget).toEqual({ planned: 51_500.3, spent: 18_500.5, unreported: 2 });
    expect(budgetExecution(bilan.axes[0]?.fiches[0]?.budget ?? bilan.budget)).toBe(93);
    expect(budgetExecution(bilan.axes[1]?.budget ?? bilan.budget)).toBeNull();
    expect(budgetExecution({ planned: 0, spent: 300, unreported: 0 })).toBeNull();
    const later = assembleBilan({ ...inputs, year: 2023 });
    expect(later.budget).toEqual({ planned: 50_000, spent: null, unreported: 1 });
  });

  it("keeps a link whose territorial figure is gone, without a series", () => {
    const gone = assembleBilan({ ...inputs, territorial: [] }).axes[0]?.fiches[0]?.indicators[0]?.impact;
    expect(gone).toMatchObject({ found: false, rows: [] });
  });

  it("names the meetings that validated the year's bilan annuel, by the year a decision names or else its date", () => {
    expect(bilan.meetings).toEqual([
      { id: "m1", date: "2022-12-01", title: "COPIL bilan", kind: "copil", decisions: ["Bilan 2022 validé."] },
      { id: "m4", date: "2023-03-02", title: "COPIL de mars", kind: "copil", decisions: ["Bilan 2022 complété."] },
    ]);
    expect(assembleBilan({ ...inputs, year: 2023 }).meetings.map((meeting) => meeting.id)).toEqual(["m3"]);
  });
});

describe("assembleBilan, over the fiches running that year", () => {
  const doc = new Y.Doc();
  addAxis(doc, "a1", { title: "Petite enfance" });
  addAxis(doc, "a2", { title: "Animation de la vie sociale" });
  createFiche(doc, "summer", { title: "Accueil de loisirs l'été", axisId: "a1", themes: [] }, 1);
  createFiche(doc, "creche", { title: "Crèche à Prades", axisId: "a1", themes: [] }, 2);
  createFiche(doc, "evs", { title: "Espace de vie sociale", axisId: "a2", themes: [] }, 3);
  updateFiche(doc, "summer", { years: [2022, 2023] }, 4);
  updateFiche(doc, "creche", { startDate: "2023-01-02" }, 4);
  updateFiche(doc, "evs", { startDate: "2023-03-01" }, 4);
  const line = (year: number, amount: number) => ({
    financer: { kind: "caf" as const, label: "" },
    nature: "fonctionnement" as const,
    dispositif: null,
    year,
    amount,
  });
  setBudgetLine(doc, "summer", "b1", line(2022, 70_000));
  // Money the plan set in 2022 for a crèche starting in 2023: not the 2022 bilan's, as the crèche is not.
  setBudgetLine(doc, "creche", "b2", line(2022, 10_000));
  setBudgetLine(doc, "evs", "b3", line(2022, 4_000));
  const fiches = listFiches(doc);
  const sections = listAxes(doc).map((axis) => ({ axis, fiches: fiches.filter((f) => f.axisId === axis.id) }));
  const of2022 = (entries: BilanInputs["entries"]) =>
    assembleBilan({ ...inputs, period: { start: 2021, end: 2025 }, sections, entries, impacts: [], meetings: [] });
  const entry = (ficheId: string, progress: "realisee" | "en-cours", spent: number) => ({
    ficheId,
    year: 2022,
    progress,
    assessment: "",
    difficulties: "",
    adjustments: "",
    spent,
    updatedAt: 1,
  });

  it("leaves out the fiches starting later, from the lists, the counts and the money", () => {
    const bilan = of2022([entry("summer", "realisee", 71_000)]);
    // The espace de vie sociale's axis has no fiche running in 2022: it has nothing to report.
    expect(bilan.axes.map((axis) => [axis.axis?.id, axis.fiches.map((f) => f.id)])).toEqual([["a1", ["summer"]]]);
    expect(bilan.counts).toMatchObject({ realisee: 1, "non-renseignee": 0 });
    expect(bilan.budget).toEqual({ planned: 70_000, spent: 71_000, unreported: 0 });
  });

  it("keeps an entry written before the fiche's calendar moved, marked outside it and counted with the others", () => {
    const bilan = of2022([entry("summer", "realisee", 71_000), entry("creche", "en-cours", 2_500)]);
    const shown = bilan.axes.flatMap((axis) => axis.fiches);
    expect(shown.map((f) => [f.id, f.outsideCalendar, f.entry?.progress])).toEqual([
      ["summer", false, "realisee"],
      ["creche", true, "en-cours"],
    ]);
    expect(bilan.counts).toMatchObject({ realisee: 1, "en-cours": 1, "non-renseignee": 0 });
    expect(bilan.budget).toEqual({ planned: 80_000, spent: 73_500, unreported: 0 });
  });
});

describe("the bilan's schemas", () => {
  it("takes an entry with its texts trimmed, and refuses an unknown progress in French", () => {
    expect(BilanEntryInputSchema.parse({ progress: "reorientee", assessment: "  Public élargi " })).toEqual({
      progress: "reorientee",
      assessment: "Public élargi",
      difficulties: "",
      adjustments: "",
      spent: null,
    });
    expect(BilanEntryInputSchema.parse({ progress: "en-cours", spent: 1_250.5 }).spent).toBe(1_250.5);
    const cents = BilanEntryInputSchema.safeParse({ progress: "en-cours", spent: 10.005 });
    expect(cents.success).toBe(false);
    const negative = BilanEntryInputSchema.safeParse({ progress: "en-cours", spent: -5 });
    expect(negative.success).toBe(false);
    const refused = BilanEntryInputSchema.safeParse({ progress: "finie" });
    expect(refused.success || describeIssues(refused.error)).toMatch(/progress : L'avancement doit être l'un de/);
    const unknown = BilanEntryInputSchema.safeParse({ progress: "realisee", note: "" });
    expect(unknown.success || describeIssues(unknown.error)).toMatch(/Champ inconnu : note/);
  });

  it("takes only a year of the space's period", () => {
    const years = bilanYearSchema({ start: 2021, end: 2025 });
    expect(years.parse("2023")).toBe(2023);
    const refused = years.safeParse("2026");
    expect(refused.success || describeIssues(refused.error)).toBe(
      "L'année du bilan doit être comprise entre 2021 et 2025, la période de la CTG.",
    );
    expect(years.safeParse("deux-mille").success).toBe(false);
  });
});
