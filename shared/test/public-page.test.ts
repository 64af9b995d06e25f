import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Fiche, FicheStatus, SourceRef } from "../src/fiche.ts";
import { createFiche, ficheById, setBudgetLine, setIndicator, updateFiche } from "../src/plan-document.ts";
import { type PublicPageInput, publicPage, publicSources } from "../src/public-page.ts";

const source = (cardId: string, promotedAt = 1): SourceRef => ({
  boardId: "b1",
  cardId,
  kind: "besoin",
  title: `Titre copié de ${cardId}`,
  theme: "Petite enfance",
  promotedAt,
});

/** A fiche as the plan document reads it, with a pilot, partners, a budget line and an indicator. */
function fiche(id: string, status: FicheStatus, changes: Partial<Fiche> = {}): Fiche {
  const doc = new Y.Doc();
  createFiche(doc, id, { title: `Fiche ${id}`, axisId: "a1", themes: ["Petite enfance"] }, 1);
  const fields = { status, targetPublic: "Familles du territoire", pilot: "Mme Pilote, Caf", years: [2023, 2022] };
  updateFiche(doc, id, { ...fields, partners: ["Commune de Prades"] }, 1);
  const line = {
    financer: { kind: "caf", label: "" },
    nature: null,
    dispositif: null,
    year: 2022,
    amount: 5000,
  } as const;
  setBudgetLine(doc, id, "l1", line);
  setIndicator(doc, id, "i1", { label: "Places", kind: "realisation", unit: "places", target: 12 });
  const read = ficheById(doc, id);
  if (!read) throw new Error(`fiche ${id} unreadable`);
  return { ...read, description: "Ouvrir une crèche en horaires atypiques.", ...changes };
}

const input = (fiches: Fiche[], changes: Partial<PublicPageInput> = {}): PublicPageInput => ({
  space: {
    name: "CdC Conflent-Canigou",
    period: { start: 2021, end: 2025 },
    territory: { epci: { siren: "200049211", name: "CC Conflent Canigou" }, communes: [] },
  },
  axes: [
    { id: "a1", title: "Accueillir les jeunes enfants", order: "a" },
    { id: "a2", title: "Vide", order: "b" },
  ],
  fiches,
  habitantCards: new Map(),
  // The fiches' years (2022, 2023) are still ahead unless a test says otherwise.
  currentYear: 2022,
  ...changes,
});

describe("the public page of a space", () => {
  it("shows the decided fiches under their axes, the unplaced last, and no draft nor empty axis", () => {
    const page = publicPage(
      input([
        fiche("f1", "validee"),
        fiche("f2", "proposee"),
        fiche("f3", "realisee", { axisId: null }),
        fiche("f4", "abandonnee", { axisId: "gone" }),
        fiche("f5", "en-cours"),
      ]),
    );
    expect(page.axes.map((axis) => [axis.title, axis.fiches.map((shown) => [shown.title, shown.status])])).toEqual([
      [
        "Accueillir les jeunes enfants",
        [
          ["Fiche f1", "validee"],
          ["Fiche f5", "en-cours"],
        ],
      ],
      [
        null,
        [
          ["Fiche f3", "realisee"],
          ["Fiche f4", "abandonnee"],
        ],
      ],
    ]);
    expect(page).toMatchObject({ name: "CdC Conflent-Canigou", territory: "CC Conflent Canigou" });
  });

  it("keeps the plain words and drops the pilot, partners, budget, indicators and every id", () => {
    const [shown] = publicPage(input([fiche("f1", "validee")])).axes[0]?.fiches ?? [];
    expect(shown).toEqual({
      title: "Fiche f1",
      description: "Ouvrir une crèche en horaires atypiques.",
      targetPublic: "Familles du territoire",
      status: "validee",
      years: [2022, 2023],
      contributions: [],
      yearly: [
        { year: 2022, progress: "prevue" },
        { year: 2023, progress: "prevue" },
      ],
    });
    const json = JSON.stringify(publicPage(input([fiche("f1", "validee")])));
    for (const hidden of ['"f1"', '"a1"', "Pilote", "Prades", "5000", "Places", "200049211"]) {
      expect(json).not.toContain(hidden);
    }
  });

  it("lists under a fiche the current titles of its habitants' cards only, once each", () => {
    const sources = [source("c-habitant", 1), source("c-partner", 2), source("c-erased", 3), source("c-twin", 4)];
    const habitantCards = new Map([
      ["b1/c-habitant", "Une crèche ouverte tôt le matin"],
      ["b1/c-twin", "Une crèche ouverte tôt le matin"],
    ]);
    const page = publicPage(input([fiche("f1", "en-cours", { sources })], { habitantCards }));
    expect(page.axes[0]?.fiches[0]?.contributions).toEqual(["Une crèche ouverte tôt le matin"]);
    expect(JSON.stringify(page)).not.toContain("Titre copié");
  });

  it("reads the boards of decided fiches only", () => {
    const fiches = [
      fiche("f1", "validee", { sources: [source("c1")] }),
      fiche("f2", "proposee", { sources: [source("c2")] }),
    ];
    expect(publicSources(fiches).map((ref) => ref.cardId)).toEqual(["c1"]);
  });

  it("takes the yearly bilan's progress of the fiche over its own years only", () => {
    const bilan = [
      { ficheId: "f1", year: 2021, progress: "en-cours" as const },
      { ficheId: "f1", year: 2022, progress: "realisee" as const },
      { ficheId: "f1", year: 2024, progress: "reorientee" as const },
      { ficheId: "other", year: 2023, progress: "abandonnee" as const },
    ];
    const page = publicPage(input([fiche("f1", "en-cours")], { bilan }));
    // The fiche runs in 2022 and 2023: what the bilan says of 2021 (its preparation) and 2024 is not its progress.
    expect(page.axes[0]?.fiches[0]?.yearly).toEqual([
      { year: 2022, progress: "realisee" },
      { year: 2023, progress: "prevue" },
    ]);
  });

  it("keeps a fiche's years between its start and end dates, and spans those dates when it lists no year", () => {
    const bilan = [{ ficheId: "f1", year: 2022, progress: "en-cours" as const }];
    const yearly = (changes: Partial<Fiche>) =>
      publicPage(input([fiche("f1", "validee", changes)], { bilan, currentYear: 2026 })).axes[0]?.fiches[0]?.yearly;
    // A crèche planned over 2022-2023 whose start was moved to January 2023: 2022 is no longer its own.
    expect(yearly({ startDate: "2023-01-02" })).toEqual([{ year: 2023, progress: "non-renseignee" }]);
    expect(yearly({ years: [], startDate: "2023-03-01" })?.map((shown) => shown.year)).toEqual([2023, 2024, 2025]);
    expect(yearly({ years: [], startDate: "2019-01-01", endDate: "2022-08-31" })).toEqual([
      { year: 2021, progress: "non-renseignee" },
      { year: 2022, progress: "en-cours" },
    ]);
    // No calendar at all: the action runs over the whole convention, as the COPIL's bilan lists it every year.
    expect(yearly({ years: [] })).toEqual([
      { year: 2021, progress: "non-renseignee" },
      { year: 2022, progress: "en-cours" },
      { year: 2023, progress: "non-renseignee" },
      { year: 2024, progress: "non-renseignee" },
      { year: 2025, progress: "non-renseignee" },
    ]);
  });

  it("reads a year over without a bilan as not reported, never as still planned", () => {
    const bilan = [{ ficheId: "f1", year: 2022, progress: "realisee" as const }];
    const yearly = (currentYear: number) =>
      publicPage(input([fiche("f1", "en-cours", { years: [2021, 2022, 2023] })], { bilan, currentYear })).axes[0]
        ?.fiches[0]?.yearly;
    expect(yearly(2023)).toEqual([
      { year: 2021, progress: "non-renseignee" },
      { year: 2022, progress: "realisee" },
      { year: 2023, progress: "prevue" },
    ]);
    expect(yearly(2026)).toEqual([
      { year: 2021, progress: "non-renseignee" },
      { year: 2022, progress: "realisee" },
      { year: 2023, progress: "non-renseignee" },
    ]);
  });

  it("names the one commune of a space without an EPCI, and nothing for several", () => {
    const commune = (insee: string, name: string) => ({ insee, name });
    const territory = (communes: { insee: string; name: string }[]) =>
      publicPage({ ...input([]), space: { ...input([]).space, territory: { epci: null, communes } } }).territory;
    expect(territory([commune("66149", "Prades")])).toBe("Prades");
    expect(territory([commune("66149", "Prades"), commune("66160", "Ria-Sirach")])).toBeNull();
    expect(territory([])).toBeNull();
  });
});
