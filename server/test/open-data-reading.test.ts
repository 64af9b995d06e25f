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
