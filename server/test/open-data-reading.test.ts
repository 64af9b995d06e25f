import type { Territory } from "@atelier/shared";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { communeCode, departementCode, placeOfCode } from "../src/indicators/geo-codes.ts";
import { readImportFile } from "../src/indicators/import-reading.ts";
import { inseeVariable } from "../src/indicators/insee-variables.ts";
import { recogniseLayout } from "../src/indicators/open-data-layout.ts";
import { referenceDateOf } from "../src/indicators/reference-year.ts";

// The pure parts of an open-data import, without a server: reference dates, place codes, layouts.

describe("a reference date", () => {
  it.each([
    ["31/12/2019", 2019],
    ["31-12-2019", 2019],
    ["2019-12-31", 2019],
    ["2019-12-31T00:00:00", 2019],
    ["2019", 2019],
    [2019, 2019],
    ["201912", 2019],
    [" 12/2020 ", 2020],
    // 31 December 2019 as Excel stores a date.
    [43830, 2019],
  ])("reads %j as %i", (cell, year) => {
    expect(referenceDateOf(cell)?.year).toBe(year);
  });

  it.each([["31/13/2019"], [""], ["hier"], ["1900"], [null], [12]])("refuses %j", (cell) => {
    expect(referenceDateOf(cell)).toBeUndefined();
  });

  it("orders the months of a year, a bare year last", () => {
    const [june, december, year] = ["201906", "31/12/2019", "2019"].map((cell) => referenceDateOf(cell)?.period ?? 0);
    expect(june).toBeLessThan(december ?? 0);
    expect(december).toBe(year);
  });
});

describe("a place's code", () => {
  it("puts back the zero a spreadsheet drops, and knows Corsica and overseas", () => {
    expect(communeCode(1001)).toBe("01001");
    expect(communeCode("2a004")).toBe("2A004");
    expect(departementCode(1)).toBe("01");
    expect(departementCode("2B")).toBe("2B");
    expect(departementCode("971")).toBe("971");
    expect(departementCode("20")).toBeUndefined();
    expect(departementCode("99")).toBeUndefined();
  });

  it.each([
    ["200049187", { level: "epci", code: "200049187" }],
    ["66149", { level: "commune", code: "66149" }],
    ["66", { level: "departement", code: "66" }],
    ["FM", { level: "france", variant: "metropole" }],
    ["France entière", { level: "france", variant: "entiere" }],
    ["XXXXX", { level: "none" }],
    ["", { level: "none" }],
  ])("%j is %j", (cell, place) => {
    expect(placeOfCode(cell)).toEqual(place);
  });
});

describe("a header", () => {
  it.each([
    [["indicateur", "annee", "valeur_territoire"], "template"],
    [["Indicateur", "Année", "Couleur"], "template"],
    [["NOMEPCI", "NUMEPCI", "DEPSEPCI", "DTREF", "NB_Allocataires"], "open-data"],
    [["numcomdo", "nomcom", "dtreffre", "indfoy_ndur"], "open-data"],
    [["CODGEO", "LIBGEO", "P20_POP"], "open-data"],
    [["Code commune", "Année", "Places"], "unknown"],
    // A Caf file without its reference date: the year is only in its name, so the facilitator gives it.
    [["Communes", "Codes_Insee", "NB_Allocataires"], "unknown"],
  ])("%j is recognised as %s", (header, kind) => {
    expect(recogniseLayout(header).kind).toBe(kind);
  });

  it("of the Caf's names the figures, the known ones by the dictionary, the others by their own name", () => {
    const recognised = recogniseLayout(["NUMCOM", "NOMCOM", "NUMREG", "DTREF", "NB_Enfants_0_2_ans", "NB_Nouveau"]);
    if (recognised.kind !== "open-data") throw new Error("not recognised");
    const { measures, unknownColumns, layout } = recognised.plan;
    expect(layout).toBe("caf");
    expect(measures.map(({ measure, strict }) => [measure.label, measure.theme, strict])).toEqual([
      ["Enfants de 0 à 2 ans couverts par la Caf", "Petite enfance", true],
      ["NB_Nouveau", "", false],
    ]);
    expect(unknownColumns).toEqual(["NUMREG"]);
  });

  it("of the Insee's gives each variable its year", () => {
    expect(inseeVariable("p19_pop")).toMatchObject({ year: 2019, measure: { label: "Population" } });
    expect(inseeVariable("c20_ne24f4p")?.year).toBe(2020);
    expect(inseeVariable("p20_pop65p")).toBeUndefined();
  });
});

describe("an Insee workbook with lines of title above its header", () => {
  it("is read from its header on", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("COM");
    sheet.addRow(["Couples - Familles - Ménages en 2020"]);
    sheet.addRow(["Source : Insee, RP2020 exploitation complémentaire"]);
    sheet.addRow([]);
    sheet.addRow(["Code géographique", "Libellé géographique", "Familles"]);
    sheet.addRow(["CODGEO", "LIBGEO", "C20_FAM"]);
    sheet.addRow(["66149", "Prades", 1700.6]);
    sheet.addRow(["66223", "Vernet-les-Bains", 380]);
    const reading = await readImportFile({
      bytes: new Uint8Array(await book.xlsx.writeBuffer()),
      format: "xlsx",
      territory: { epci: null, communes: [{ insee: "66149", name: "Prades" }] },
      mapping: null,
    });
    expect(reading).toMatchObject({
      ok: true,
      kind: "open-data",
      figures: [{ label: "Familles", year: 2020, values: { territoire: 1701 } }],
      summary: { layout: "insee", ignored: [{ reason: "other-territory", rows: 1 }] },
    });
  });
});

const CONFLENT_EPCI = { epci: { siren: "200049187", name: "CC Conflent-Canigou" }, communes: [] };
const readCsv = (lines: string[], territory: Territory = CONFLENT_EPCI) =>
  readImportFile({ bytes: new TextEncoder().encode(lines.join("\n")), format: "csv", territory, mapping: null });

describe("a Caf CSV with a line of title above its header", () => {
  it.each([
    ["without a delimiter", "Allocataires par commune"],
    ["with fewer fields", "Allocataires par commune;2020"],
    ["with as many fields", "Allocataires par commune;;;"],
  ])("%s is read from its header on, with its line numbers", async (_, title) => {
    const header = "NUMCOM;NUMEPCI;DTREF;NB_Allocataires";
    const reading = await readCsv([
      title,
      header,
      "66149;200049187;31/12/2020;1000",
      "66223;200049187;31/12/2020;douze",
    ]);
    expect(reading).toMatchObject({ ok: false, error: expect.stringMatching(/^Ligne 4, colonne « NB_Allocataires »/) });
    const read = await readCsv([title, header, "66149;200049187;31/12/2020;1000", "66223;200049187;31/12/2020;300"]);
    expect(read).toMatchObject({ ok: true, kind: "open-data", figures: [{ label: "Allocataires" }] });
    expect(read.ok && read.kind === "open-data" && read.figures[0]?.values.territoire).toBe(1300);
  });

  it("keeps reading a comma-separated file whose title names no delimiter", async () => {
    const read = await readCsv(["Titre", "NUMCOM,NUMEPCI,DTREF,NB_Allocataires", "66149,200049187,2020,1000"]);
    expect(read).toMatchObject({ ok: true, figures: [{ values: { territoire: 1000 } }] });
  });
});

describe("an open-data file with a row twice", () => {
  it.each([
    ["a commune", "NUMCOM;NUMEPCI;DTREF;NB_Allocataires", "66149;200049187;31/12/2020;1000", "la commune 66149"],
    ["the EPCI", "NUMEPCI;DTREF;NB_Allocataires", "200049187;31/12/2020;1000", "l'EPCI 200049187"],
  ])("for %s is refused, naming the second line: its figures would count twice", async (_, header, row, what) => {
    const read = await readCsv([header, row, row]);
    const message = `Ligne 3 : ${what} a déjà une ligne à la même date de référence`;
    expect(read).toMatchObject({ ok: false, error: expect.stringContaining(message) });
    expect(read.ok ? "" : read.error).toContain("(ligne 2)");
  });

  it("at another date is a series, not a duplicate", async () => {
    const read = await readCsv([
      "NUMCOM;NUMEPCI;DTREF;NB_Allocataires",
      "66149;200049187;31/12/2020;1000",
      "66149;200049187;31/12/2021;1100",
    ]);
    expect(read).toMatchObject({ ok: true, summary: { kept: { years: [2020, 2021] } } });
  });
});
