import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { groupCards, moveCard } from "../src/board-clusters.ts";
import { addCard, citeOnCard, setCardStatus, writeBodyText } from "../src/board-document.ts";
import { closeVote, openVote, placeVote } from "../src/board-votes.ts";
import { assembleDiagnostic, boardContent, diagnosticValidation, hasEvolutions } from "../src/diagnostic.ts";
import { deriveDemarche, type Meeting } from "../src/governance.ts";
import { citationOf, type IndicatorView } from "../src/indicator.ts";
import { type ServiceKind, serviceTheme, type TerritoryService } from "../src/territory-services.ts";

const author = { authorId: "p-1", authorName: "Camille", authorRole: "partner" } as const;
const space = {
  name: "CdC Conflent-Canigou",
  period: { start: 2021, end: 2025 },
  territory: { epci: null, communes: [] },
};

const figure = (id: string, label: string, theme: string, year: number, territoire: number): IndicatorView => ({
  id,
  label,
  theme,
  year,
  unit: "%",
  source: "Caf 66",
  values: { territoire, departement: 33, france: 24 },
});

const single2017 = figure("i1", "Familles monoparentales", "parentalite", 2017, 27);
const single2019 = figure("i2", "Familles monoparentales", "parentalite", 2019, 30);
const covered = figure("i3", "Part de la population couverte par la Caf", "Général", 2019, 42);

/**
 * A Parentalité board: a cluster (a cited constat, a besoin, two pistes), a loose ressource, two loose pistes (one
 * promoted into the plan); a vote.
 */
function parentalite() {
  const doc = new Y.Doc();
  addCard(doc, "c1", { kind: "constat", title: "Beaucoup de parents seuls", ...author }, 1);
  addCard(doc, "c2", { kind: "besoin", title: "Des lieux de répit", ...author }, 1);
  addCard(doc, "c3", { kind: "piste", title: "Un café des parents", ...author }, 1);
  addCard(doc, "c4", { kind: "ressource", title: "Le LAEP de Prades", ...author }, 1);
  addCard(doc, "c5", { kind: "piste", title: "Une ligne d'écoute", ...author }, 1);
  addCard(doc, "c6", { kind: "piste", title: "Un guichet unique des familles", ...author }, 1);
  addCard(doc, "c7", { kind: "piste", title: "Un LAEP itinérant", source: "Atelier du 3 mai", ...author }, 1);
  groupCards(doc, "c1", "c2", { id: "k", name: "Familles seules", color: "vert" });
  // Dropped on a clustered card, c3 joins its cluster right after it: c1, c3, c2.
  groupCards(doc, "c1", "c3", { id: "k2", name: "Jamais créé", color: "vert" });
  moveCard(doc, "c6", "k", Number.POSITIVE_INFINITY);
  writeBodyText(doc, "c7", "Dans les villages de montagne");
  setCardStatus(doc, "c7", "promoted", 3);
  citeOnCard(doc, "c1", citationOf(single2019), 2);
  writeBodyText(doc, "c1", "Près d'une famille sur trois\nSurtout à Prades");
  openVote(doc, 3);
  placeVote(doc, "p-1", "c5", "v1");
  placeVote(doc, "p-1", "c5", "v2");
  placeVote(doc, "p-2", "c3", "v3");
  placeVote(doc, "p-2", "c5", "v4");
  placeVote(doc, "p-2", "c2", "v5");
  closeVote(doc);
  setCardStatus(doc, "c4", "agreed", 3);
  return doc;
}

const board = (id: string, theme: string, archived = false) => ({ id, theme, description: "", archived });

describe("the diagnostic partagé", () => {
  const diagnostic = assembleDiagnostic({
    space,
    boards: [
      { board: board("b1", "Parentalité"), content: boardContent(parentalite()) },
      { board: board("b2", "Petite enfance", true), content: boardContent(new Y.Doc()) },
    ],
    indicators: [single2019, covered, single2017],
    validation: null,
    services: [],
  });
  const [theme] = diagnostic.themes;

  it("leaves archived boards out and gives each theme its own figures, the others as the general portrait", () => {
    expect(diagnostic.themes.map((one) => one.theme)).toEqual(["Parentalité"]);
    expect(theme?.indicators.map((one) => one.label)).toEqual(["Familles monoparentales"]);
    expect(diagnostic.general.map((one) => one.label)).toEqual(["Part de la population couverte par la Caf"]);
  });

  it("tells a figure's evolution from its first year to its last, with every comparison level", () => {
    expect(theme?.indicators[0]).toMatchObject({
      years: [
        { year: 2017, values: { territoire: 27, departement: 33, france: 24 } },
        { year: 2019, values: { territoire: 30, departement: 33, france: 24 } },
      ],
      evolution: { fromYear: 2017, toYear: 2019, from: 27, to: 30, change: 3 },
    });
    expect(diagnostic.general[0]?.evolution).toBeNull();
  });

  it("groups the findings as the board clustered them, pistes aside, bodies as plain text, with the cited figure", () => {
    expect(theme?.findings.clusters).toEqual([
      {
        id: "k",
        name: "Familles seules",
        findings: [
          {
            id: "c1",
            kind: "constat",
            title: "Beaucoup de parents seuls",
            body: "Près d'une famille sur trois\nSurtout à Prades",
            // No source of its own: its figure's, the one source it shows.
            source: "Caf 66",
            retained: false,
            citation: citationOf(single2019),
          },
          expect.objectContaining({ id: "c2", kind: "besoin", citation: null }),
        ],
      },
    ]);
    expect(theme?.findings.unclustered).toEqual([expect.objectContaining({ id: "c4", retained: true })]);
  });

  it("ranks the priorities by votes, retained cards included, and the clusters by their cards' votes", () => {
    expect(theme?.priorities).toEqual({
      cards: [
        { id: "c5", kind: "piste", title: "Une ligne d'écoute", votes: 3, retained: false },
        { id: "c3", kind: "piste", title: "Un café des parents", votes: 1, retained: false },
        { id: "c2", kind: "besoin", title: "Des lieux de répit", votes: 1, retained: false },
        { id: "c4", kind: "ressource", title: "Le LAEP de Prades", votes: 0, retained: true },
        { id: "c7", kind: "piste", title: "Un LAEP itinérant", votes: 0, retained: true },
      ],
      clusters: [{ id: "k", name: "Familles seules", votes: 2 }],
      voters: 2,
    });
  });

  it("lists every piste d'action the group proposed, voted or not, in the board's order, with its cluster", () => {
    const piste = { kind: "piste", body: "", source: "", retained: false, citation: null, promoted: false };
    expect(theme?.pistes).toEqual([
      { ...piste, id: "c3", title: "Un café des parents", cluster: "Familles seules" },
      { ...piste, id: "c6", title: "Un guichet unique des familles", cluster: "Familles seules" },
      { ...piste, id: "c5", title: "Une ligne d'écoute", cluster: null },
      {
        ...piste,
        id: "c7",
        title: "Un LAEP itinérant",
        body: "Dans les villages de montagne",
        source: "Atelier du 3 mai",
        retained: true,
        promoted: true,
        cluster: null,
      },
    ]);
  });

  it("says a cited card's source once: the one its authors wrote, else its figure's", () => {
    const doc = new Y.Doc();
    addCard(doc, "own", { kind: "constat", title: "Cité, avec sa source", source: "Atelier du 3 mai", ...author }, 1);
    addCard(doc, "cited", { kind: "constat", title: "Cité, sans source", ...author }, 1);
    addCard(doc, "none", { kind: "besoin", title: "Ni l'un ni l'autre", ...author }, 1);
    citeOnCard(doc, "own", citationOf(covered), 2);
    citeOnCard(doc, "cited", citationOf(covered), 2);
    const [one] = assembleDiagnostic({
      space,
      boards: [{ board: board("b1", "Parentalité"), content: boardContent(doc) }],
      indicators: [covered],
      validation: null,
      services: [],
    }).themes;
    expect(one?.findings.unclustered.map(({ id, source }) => [id, source])).toEqual([
      ["own", "Atelier du 3 mai"],
      ["cited", "Caf 66"],
      ["none", ""],
    ]);
  });

  it("gives a table an evolution column only when one of its figures spans several years", () => {
    // Familles monoparentales over 2017 and 2019; the coverage, a figure of 2019 alone, has none to show.
    expect(hasEvolutions(theme?.indicators ?? [])).toBe(true);
    expect(hasEvolutions(diagnostic.general)).toBe(false);
    const withSingle = assembleDiagnostic({
      space,
      boards: [{ board: board("b1", "Parentalité"), content: boardContent(new Y.Doc()) }],
      indicators: [
        single2019,
        single2017,
        figure("i4", "Évolution des allocataires 2014-2019", "parentalite", 2019, 13),
      ],
      validation: null,
      services: [],
    });
    expect(hasEvolutions(withSingle.themes[0]?.indicators ?? [])).toBe(true);
  });

  it("shows each service of the territory under the theme of its kind", () => {
    expect(theme?.services).toEqual([]);
    const service = (id: string, kind: ServiceKind): TerritoryService => ({
      id,
      kind,
      name: id,
      communeInsee: null,
      communeName: null,
      capacity: null,
      manager: "",
      cafFunded: true,
      note: "",
      themeHint: serviceTheme(kind),
      updatedAt: 1,
    });
    const withServices = assembleDiagnostic({
      space,
      boards: [{ board: board("b1", "Parentalité"), content: boardContent(new Y.Doc()) }],
      indicators: [],
      validation: null,
      services: [service("LAEP de Prades", "laep"), service("Crèche", "eaje"), service("Autre", "autre")],
    });
    expect(withServices.themes[0]?.services.map((one) => one.name)).toEqual(["LAEP de Prades"]);
  });
});

describe("the diagnostic's validation", () => {
  const CONVENTION = { start: 2021, end: 2025 };
  const copil = (id: string, date: string, decided: boolean): Meeting => ({
    id,
    kind: "copil",
    date,
    title: `COPIL du ${date}`,
    place: "",
    agenda: "",
    boardId: null,
    attendees: [],
    decisions: decided ? [{ kind: "validation-diagnostic", text: "Le diagnostic est validé." }] : [],
    createdAt: 0,
    updatedAt: 0,
  });

  it("names the comité whose decision validated the step, and none before it met or after a re-opening", () => {
    const meetings = [copil("m1", "2021-06-01", false), copil("m2", "2021-10-30", true)];
    expect(diagnosticValidation(deriveDemarche(meetings, {}, [], "2021-11-01", CONVENTION))).toEqual({
      on: "2021-10-30",
      meetingKind: "copil",
      meetingTitle: "COPIL du 2021-10-30",
    });
    expect(diagnosticValidation(deriveDemarche(meetings, {}, [], "2021-10-29", CONVENTION))).toBeNull();
    const reopened = [
      { id: "r", step: "diagnostic" as const, reason: "Nouveaux chiffres", on: "2021-11-02", recordedAt: 1 },
    ];
    expect(diagnosticValidation(deriveDemarche(meetings, {}, reopened, "2021-11-03", CONVENTION))).toBeNull();
  });
});
