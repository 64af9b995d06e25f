import { readFileSync } from "node:fs";
import {
  addCard,
  type CreatedSpaceView,
  cardById,
  citationOf,
  citedFigure,
  citeOnCard,
  FACILITATOR_PARTICIPANT_ID,
  type IndicatorView,
  listCards,
} from "@atelier/shared";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { connectClient, waitFor } from "./support/collab-client.ts";
import { useTestServer } from "./support/use-test-server.ts";

const server = useTestServer();

const EXAMPLE = readFileSync(new URL("../src/demo/conflent-canigou-2019.csv", import.meta.url), "utf8");
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function upload(space: CreatedSpaceView, body: string | Uint8Array, type: string) {
  return fetch(`${server.url}/api/spaces/${space.id}/indicators/import`, {
    method: "POST",
    headers: { "content-type": type, authorization: `Bearer ${space.facilitatorSecret}` },
    body,
  });
}

async function indicatorsOf(space: CreatedSpaceView): Promise<IndicatorView[]> {
  return (await (
    await server.request("GET", `/api/spaces/${space.id}/indicators`, { token: space.facilitatorSecret })
  ).json()) as IndicatorView[];
}

describe("importing territorial indicators", () => {
  it("imports the example CSV, side by side with the département and France", async () => {
    const space = await server.createSpace();
    const response = await upload(space, EXAMPLE, "text/csv");
    expect(await response.json()).toEqual({ imported: 9, added: 9, replaced: 0 });
    const lowIncome = (await indicatorsOf(space)).find((indicator) => indicator.label === "Allocataires à bas revenus");
    expect(lowIncome).toMatchObject({
      theme: "Accès aux droits / Jeunes adultes",
      year: 2019,
      unit: "%",
      values: { territoire: 43, departement: 40, france: 30 },
    });
    // Importing again replaces the same figures instead of duplicating them, and says so.
    expect(await (await upload(space, EXAMPLE, "text/csv")).json()).toEqual({ imported: 9, added: 0, replaced: 9 });
    expect(await indicatorsOf(space)).toHaveLength(9);
  });

  it("tells the figures a file adds from those it replaces", async () => {
    const space = await server.createSpace();
    await upload(space, EXAMPLE, "text/csv");
    // The same file a year on: three of its figures are of 2020, the six others replace those of 2019.
    const [header, ...rows] = EXAMPLE.trim().split("\n");
    const nextYear = rows.map((row, index) => (index < 3 ? row.replace(";2019;", ";2020;") : row));
    expect(nextYear.filter((row) => row.includes(";2020;"))).toHaveLength(3);
    const response = await upload(space, [header, ...nextYear].join("\n"), "text/csv");
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ imported: 9, added: 3, replaced: 6 });
    expect(await indicatorsOf(space)).toHaveLength(12);
  });

  it("imports an XLSX workbook with French decimal commas and headers as people write them", async () => {
    const space = await server.createSpace();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Indicateurs");
    sheet.addRow([
      "Indicateur",
      "Thème",
      "Année",
      "Valeur territoire",
      "Valeur département",
      "Valeur France",
      "Unité",
      "Source",
    ]);
    sheet.addRow([
      "Capacité d'accueil petite enfance",
      "Petite enfance",
      2019,
      "48,5",
      52,
      59.4,
      "places pour 100 enfants",
      "Caf",
    ]);
    sheet.addRow([
      "Capacité d'accueil petite enfance",
      "Petite enfance",
      2020,
      50.2,
      null,
      null,
      "places pour 100 enfants",
      "Caf",
    ]);
    const response = await upload(space, new Uint8Array(await workbook.xlsx.writeBuffer()), XLSX);
    expect(response.status).toBe(201);
    expect((await indicatorsOf(space)).map((indicator) => [indicator.year, indicator.values])).toEqual([
      [2019, { territoire: 48.5, departement: 52, france: 59.4 }],
      [2020, { territoire: 50.2, departement: null, france: null }],
    ]);
  });

  it.each([
    [
      "an unknown column",
      "indicateur;annee;valeur_territoire;couleur\nA;2019;3;bleu",
      /Ligne 1 : colonne inconnue « couleur »/,
    ],
    ["a missing column", "indicateur;valeur_territoire\nA;3", /Ligne 1 : colonne manquante « annee »/],
    [
      "a value that is not a number",
      "indicateur;annee;valeur_territoire\nA;2019;3\nB;2019;beaucoup",
      /Ligne 3, colonne « valeur_territoire » : valeur_territoire doit être un nombre/,
    ],
    [
      "a year out of range",
      "indicateur;annee;valeur_territoire\nA;19;3",
      /Ligne 2, colonne « annee » : annee doit être comprise entre 1950 et 2100/,
    ],
    [
      "a missing figure",
      "indicateur;annee;valeur_territoire\nA;2019;",
      /Ligne 2, colonne « valeur_territoire » : valeur_territoire est obligatoire/,
    ],
    ["a malformed CSV", 'indicateur;annee;valeur_territoire\n"A;2019;3', /Ligne \d+ : le CSV est mal formé/],
    ["an empty file", "indicateur;annee;valeur_territoire\n", /aucune ligne/],
  ])("refuses %s with its line and reason, and imports nothing", async (_, file, message) => {
    const space = await server.createSpace();
    const response = await upload(space, file, "text/csv");
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(message);
    expect(await indicatorsOf(space)).toEqual([]);
  });

  it("names a refused cell by its code, line and column, with its problem for interfaces to word", async () => {
    const space = await server.createSpace();
    const response = await upload(space, "indicateur;annee;valeur_territoire\nA;2019;3\nB;2019;beaucoup", "text/csv");
    expect(await response.json()).toEqual({
      error:
        "Ligne 3, colonne « valeur_territoire » : valeur_territoire doit être un nombre (virgule ou point décimal).",
      code: "importCellInvalid",
      params: {
        line: 3,
        column: "valeur_territoire",
        detail: "valeur_territoire doit être un nombre (virgule ou point décimal).",
      },
      problems: [expect.objectContaining({ code: "cellNotNumber", path: [] })],
    });
  });

  it("reads a CSV saved by French Excel (Windows-1252, declared as application/vnd.ms-excel)", async () => {
    const space = await server.createSpace();
    const latin1 = Uint8Array.from("indicateur;annee;valeur_territoire\nFamilles nombreuses à Prades;2019;17\n", (ch) =>
      ch.charCodeAt(0),
    );
    expect((await upload(space, latin1, "application/vnd.ms-excel")).status).toBe(201);
    expect((await indicatorsOf(space)).map((indicator) => indicator.label)).toEqual(["Familles nombreuses à Prades"]);
  });

  it("refuses an unreadable workbook and an unknown file type", async () => {
    const space = await server.createSpace();
    const broken = await upload(space, new Uint8Array([1, 2, 3, 4]), XLSX);
    expect(((await broken.json()) as { error: string }).error).toMatch(/XLSX lisible/);
    const pdf = await upload(space, "%PDF-1.4", "application/pdf");
    expect(pdf.status).toBe(400);
    expect(await pdf.json()).toEqual({ error: expect.stringMatching(/CSV .* ou XLSX/), code: "importFileType" });
    expect(await indicatorsOf(space)).toEqual([]);
  });
});

describe("cards citing an indicator", () => {
  it("show the corrected figure as soon as the indicator is corrected", async () => {
    const space = await server.createSpace();
    await upload(space, EXAMPLE, "text/csv");
    const single = (await indicatorsOf(space)).find(
      (indicator) => indicator.label === "Familles monoparentales",
    ) as IndicatorView;
    const board = await connectClient(server.wsUrl, space.boards[2]?.documentName as string, space.facilitatorSecret);
    addCard(
      board.doc,
      "c",
      {
        kind: "constat",
        title: "Beaucoup de parents seuls",
        authorId: FACILITATOR_PARTICIPANT_ID,
        authorName: "Anne",
        authorRole: "facilitator",
      },
      1,
    );
    citeOnCard(board.doc, "c", citationOf(single), 1);
    await waitFor(
      () => board.provider.unsyncedChanges,
      (n) => n === 0,
    );
    const corrected = await server.request("PATCH", `/api/spaces/${space.id}/indicators/${single.id}`, {
      token: space.facilitatorSecret,
      body: { values: { territoire: 31 }, source: "Caf 66, chiffres corrigés" },
    });
    expect(corrected.status).toBe(200);
    await waitFor(
      () => cardById(board.doc, "c")?.citation,
      (citation) => citedFigure(citation)?.values.territoire === 31,
    );
    expect(cardById(board.doc, "c")?.citation).toMatchObject({
      source: "Caf 66, chiffres corrigés",
      values: { territoire: 31, departement: 33, france: 24 },
    });
    const partner = await server.join(space, "partner", "Samia");
    expect(
      (
        await server.request("PATCH", `/api/spaces/${space.id}/indicators/${single.id}`, {
          token: partner.participantToken,
          body: { values: { territoire: 1 } },
        })
      ).status,
    ).toBe(403);
    board.provider.destroy();
  });

  it("comes ready in the demo space, built on the example data", async () => {
    const response = await server.request("POST", "/api/demo");
    expect(response.status).toBe(201);
    const demo = (await response.json()) as CreatedSpaceView;
    expect(demo.name).toMatch(/Exemple/);
    expect(await indicatorsOf(demo)).toHaveLength(9);
    const parentalite = demo.boards.find((board) => board.theme === "Parentalité");
    const client = await connectClient(server.wsUrl, parentalite?.documentName as string, demo.facilitatorSecret);
    const cited = listCards(client.doc).filter((card) => card.citation);
    const figures = cited.map((card) => citedFigure(card.citation));
    expect(figures.map((figure) => [figure?.label, figure?.values.territoire])).toEqual(
      expect.arrayContaining([
        ["Familles monoparentales", 30],
        ["Familles nombreuses", 17],
      ]),
    );
    expect(cited.every((card) => card.source.startsWith("Présentation CTG du 9 juin 2021"))).toBe(true);
    expect(
      listCards(client.doc).filter((card) => !card.citation && card.source.startsWith("Exemple illustratif")),
    ).not.toEqual([]);
    client.provider.destroy();
    const dependence = (await indicatorsOf(demo)).find((indicator) => indicator.label.includes("prestations légales"));
    expect(dependence).toMatchObject({
      label: "Allocataires dépendants à 50 % ou plus des prestations légales",
      theme: "Accès aux droits / Jeunes adultes",
    });
    expect(dependence?.source).toContain("France métropolitaine");
  });
});
