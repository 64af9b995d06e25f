import {
  type CreatedSpaceView,
  frenchRefusal,
  type ImportAnswer,
  type ImportMapping,
  type ImportRefusal,
  type IndicatorView,
  type Territory,
} from "@atelier/shared";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { useTestServer } from "./support/use-test-server.ts";

// The Caf's and the Insee's open-data files, written here as they are published (data.caf.fr, insee.fr), imported
// into a space whose territory is the Communauté de communes Conflent-Canigou and three of its communes.

const server = useTestServer();

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const CONFLENT: Territory = {
  epci: { siren: "200049187", name: "CC Conflent-Canigou" },
  communes: [
    { insee: "66149", name: "Prades" },
    { insee: "66223", name: "Vernet-les-Bains" },
    { insee: "66125", name: "Olette" },
  ],
};

const OLETTE = { insee: "66125", name: "Olette" };
const VERNET = { insee: "66223", name: "Vernet-les-Bains" };

async function spaceWithTerritory(territory: Territory = CONFLENT): Promise<CreatedSpaceView> {
  const space = await server.createSpace();
  const response = await server.request("PATCH", `/api/spaces/${space.id}`, {
    token: space.facilitatorSecret,
    body: { territory },
  });
  expect(response.status).toBe(200);
  return space;
}

function postFile(space: CreatedSpaceView, body: string | Uint8Array, type = "text/csv", query = "") {
  return fetch(`${server.url}/api/spaces/${space.id}/indicators/import${query}`, {
    method: "POST",
    headers: { "content-type": type, authorization: `Bearer ${space.facilitatorSecret}` },
    body,
  });
}

/** As the browser sends a file and its mapping: a multipart form with `file` and `mapping`. */
function postForm(space: CreatedSpaceView, name: string, body: string, mapping?: unknown, query = "") {
  const form = new FormData();
  form.append("file", new Blob([body], { type: "text/csv" }), name);
  if (mapping !== undefined) form.append("mapping", typeof mapping === "string" ? mapping : JSON.stringify(mapping));
  return fetch(`${server.url}/api/spaces/${space.id}/indicators/import${query}`, {
    method: "POST",
    headers: { authorization: `Bearer ${space.facilitatorSecret}` },
    body: form,
  });
}

async function accepted(response: Response, status = 201): Promise<ImportAnswer> {
  const body = await response.json();
  expect({ status: response.status, body }).toMatchObject({ status });
  return body as ImportAnswer;
}

async function refused(response: Response): Promise<ImportRefusal> {
  expect(response.status).toBe(400);
  return (await response.json()) as ImportRefusal;
}

async function indicatorsOf(space: CreatedSpaceView): Promise<IndicatorView[]> {
  const response = await server.request("GET", `/api/spaces/${space.id}/indicators`, {
    token: space.facilitatorSecret,
  });
  return (await response.json()) as IndicatorView[];
}

function valuesOf(indicators: IndicatorView[], label: string, year: number) {
  const found = indicators.find((indicator) => indicator.label === label && indicator.year === year);
  if (!found) throw new Error(`no « ${label} » for ${year} among ${indicators.map((one) => one.label).join(", ")}`);
  return found.values;
}

/** A CSV as French Excel saves it: Windows-1252 (the accents below are all in its Latin-1 range). */
const windows1252 = (text: string) => Uint8Array.from(text, (character) => character.charCodeAt(0));

const EPCI_FILE = [
  "NOMEPCI;NUMEPCI;DEPSEPCI;DTREF;NB_Allocataires;NB_Pers_par_Foyer_Alloc;ALL_bas_revenu;NB_allocataires_ress",
  "France métropolitaine;;;31/12/2019;12 500 000;nc;3 750 000;12 500 000",
  "Pyrénées-Orientales;;66;31/12/2019;140 000;320 000;56 000;140 000",
  "CC Conflent-Canigou;200049187;66;31/12/2018;3 980;8 500;1 700;3 900",
  "CC Conflent-Canigou;200049187;66;31/12/2019;4 077;8 629;1 720;4 000",
  "CA Perpignan Méditerranée Métropole;200027183;66;31/12/2019;60 000;130 000;s;55 000",
].join("\r\n");

describe("the Caf's EPCI file, as published", () => {
  it("keeps the territory's rows as a series, with the département and France rows, and computes the rate", async () => {
    const space = await spaceWithTerritory();
    const answer = await accepted(await postFile(space, EPCI_FILE));
    expect(answer.summary).toEqual({
      layout: "caf",
      kept: { rows: 2, level: "epci", communes: 0, departement: "66", france: true, years: [2018, 2019] },
      ignored: [
        { reason: "other-territory", rows: 1 },
        { reason: "blank-cell", cells: 1 },
      ],
    });
    const indicators = await indicatorsOf(space);
    expect(answer.imported).toBe(indicators.length);
    expect(valuesOf(indicators, "Allocataires", 2019)).toEqual({
      territoire: 4077,
      departement: 140000,
      france: 12500000,
    });
    expect(valuesOf(indicators, "Allocataires", 2018)).toEqual({ territoire: 3980, departement: null, france: null });
    expect(valuesOf(indicators, "Personnes couvertes par la Caf", 2019)).toEqual({
      territoire: 8629,
      departement: 320000,
      france: null,
    });
    // The share of allocataires with low incomes, as the Caf's key figures give it (43 %, 40 %, 30 % in 2019).
    expect(valuesOf(indicators, "Allocataires à bas revenus", 2019)).toEqual({
      territoire: 43,
      departement: 40,
      france: 30,
    });
    expect(valuesOf(indicators, "Allocataires à bas revenus", 2018).territoire).toBe(43.6);
    const rate = indicators.find((indicator) => indicator.label === "Allocataires à bas revenus");
    expect(rate).toMatchObject({ theme: "Accès aux droits / Jeunes adultes", unit: "%" });
    expect(rate?.source).toMatch(/data\.caf\.fr.*calcul de l'atelier/);
  });

  it("with only an EPCI set, finds its département on its own row (DEPSEPCI)", async () => {
    const space = await spaceWithTerritory({ epci: CONFLENT.epci, communes: [] });
    const answer = await accepted(await postFile(space, EPCI_FILE));
    expect(answer.summary?.kept).toMatchObject({ level: "epci", departement: "66", france: true });
    expect(valuesOf(await indicatorsOf(space), "Allocataires", 2019).departement).toBe(140000);
  });

  it("continues the example data set's series: the same figure is replaced, not duplicated", async () => {
    const space = await spaceWithTerritory();
    const example = await (await fetch(`${server.url}/api/examples/conflent-canigou-2019.csv`)).text();
    await accepted(await postFile(space, example));
    const before = (await indicatorsOf(space)).find(
      (indicator) => indicator.label === "Allocataires à bas revenus" && indicator.year === 2019,
    );
    await accepted(await postFile(space, EPCI_FILE));
    const after = (await indicatorsOf(space)).filter((indicator) => indicator.label === "Allocataires à bas revenus");
    expect(after.map(({ id, year }) => [id === before?.id, year])).toEqual([
      [false, 2018],
      [true, 2019],
    ]);
  });
});

const COMMUNE_FILE = [
  "numcomdo;nomcom;numepci;nomepci;dtreffre;indfoy_ndur;indnbp_ndur;indfoy_ab",
  "66149;Prades;200049187;CC Conflent-Canigou;202012;1 205;2 610;85",
  "66223;Vernet-les-Bains;200049187;CC Conflent-Canigou;202012;310;640;s",
  "66136;Perpignan;200027183;CA Perpignan Méditerranée Métropole;202012;31 000;64 000;2 100",
  "66149;Prades;200049187;CC Conflent-Canigou;202006;1 150;2 500;80",
  "66149;Prades;200049187;CC Conflent-Canigou;202112;1 230;2 650;90",
  "66223;Vernet-les-Bains;200049187;CC Conflent-Canigou;202112;320;655;10",
  "XXXXX;Commune de résidence inconnue;;;202112;5;10;0",
].join("\n");

describe("the Caf's commune file, as published", () => {
  it("adds up the territory's communes (Windows-1252, lower-case names), says which had no row", async () => {
    const space = await spaceWithTerritory();
    const answer = await accepted(await postFile(space, windows1252(COMMUNE_FILE), "application/vnd.ms-excel"));
    expect(answer.summary).toEqual({
      layout: "caf",
      kept: { rows: 4, level: "communes", communes: 2, departement: null, france: false, years: [2020, 2021] },
      ignored: [
        { reason: "other-territory", rows: 1 },
        { reason: "no-territory-code", rows: 1 },
        { reason: "earlier-period", rows: 1 },
        { reason: "blank-cell", cells: 1 },
        { reason: "commune-without-row", communes: [{ insee: "66125", name: "Olette" }] },
        {
          reason: "incomplete-sum",
          years: [
            { year: 2020, communes: [OLETTE, VERNET] },
            { year: 2021, communes: [OLETTE] },
          ],
        },
      ],
    });
    const indicators = await indicatorsOf(space);
    expect(valuesOf(indicators, "Allocataires", 2020).territoire).toBe(1515);
    expect(valuesOf(indicators, "Allocataires", 2021).territoire).toBe(1550);
    expect(valuesOf(indicators, "Personnes couvertes par la Caf", 2021).territoire).toBe(3305);
    expect(valuesOf(indicators, "Foyers percevant l'allocation de base de la Paje", 2020).territoire).toBe(85);
    // Olette has no row: every sum lacks it, and says so; Vernet's secret Paje cell leaves one commune of three.
    expect(indicators.find((indicator) => indicator.label === "Allocataires")?.source).toBe(
      "Caf, données ouvertes (data.caf.fr), somme de 2 communes sur 3 (manquent : Olette)",
    );
    expect(
      indicators.find(({ label, year }) => label.startsWith("Foyers percevant l'allocation de base") && year === 2020)
        ?.source,
    ).toBe("Caf, données ouvertes (data.caf.fr), somme de 1 commune sur 3 (manquent : Olette, Vernet-les-Bains)");
  });

  it("with only an EPCI set, keeps the communes its file says belong to it", async () => {
    const space = await spaceWithTerritory({ epci: CONFLENT.epci, communes: [] });
    const answer = await accepted(await postFile(space, COMMUNE_FILE));
    expect(answer.summary?.kept).toMatchObject({ level: "communes", communes: 2 });
    expect(valuesOf(await indicatorsOf(space), "Allocataires", 2021).territoire).toBe(1550);
  });

  it("reads the same file as an XLSX workbook, its dates typed as dates", async () => {
    const space = await spaceWithTerritory();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Données");
    sheet.addRow(["NUMCOM", "NOMCOM", "NUMEPCI", "DTREF", "NB_Allocataires", "NB_Enfants_0_2_ans"]);
    const december = (year: number) => new Date(Date.UTC(year, 11, 31));
    sheet.addRow(["66149", "Prades", "200049187", december(2020), 1205, 61]);
    sheet.addRow(["66223", "Vernet-les-Bains", "200049187", december(2020), "310", "s"]);
    sheet.addRow(["66125", "Olette", "200049187", december(2020), 95, 4]);
    sheet.addRow(["66136", "Perpignan", "200027183", december(2020), 31000, 2000]);
    const answer = await accepted(await postFile(space, new Uint8Array(await book.xlsx.writeBuffer()), XLSX));
    expect(answer.summary?.kept).toMatchObject({ level: "communes", communes: 3, years: [2020] });
    const indicators = await indicatorsOf(space);
    expect(valuesOf(indicators, "Allocataires", 2020).territoire).toBe(1610);
    // Vernet's secret cell is no zero: the sum of the two others is stored as such, never as the territory's.
    const young = indicators.find(({ label }) => label === "Enfants de 0 à 2 ans couverts par la Caf");
    expect(young).toMatchObject({
      values: { territoire: 65, departement: null, france: null },
      source: "Caf, données ouvertes (data.caf.fr), somme de 2 communes sur 3 (manquent : Vernet-les-Bains)",
    });
    expect(answer.summary?.ignored).toContainEqual({
      reason: "incomplete-sum",
      years: [{ year: 2020, communes: [VERNET] }],
    });
    expect(indicators.find(({ label }) => label === "Allocataires")?.source).toMatch(/somme de 3 communes$/);
    expect(indicators.find((indicator) => indicator.label.startsWith("Enfants de 0"))?.theme).toBe("Petite enfance");
  });
});

const INSEE_FILE = [
  "CODGEO;LIBGEO;P19_POP;P20_POP;P20_POP0002;P20_POP0305;P20_POP0610;P20_POP1117;C20_FAM;C20_FAMMONO;C20_NE24F3;C20_NE24F4P;P20_POP65P",
  "66149;Prades;6100;6050.4;150.2;180;300;420;1700.6;510.2;150;40;1500",
  "66223;Vernet-les-Bains;1380;1370;25;30;60;90;380;110;30;6;500",
  "66125;Olette;380;;;;;;;;;;",
  "66136;Perpignan;119000;119500;4000;5000;9000;12000;32000;11000;4000;1000;25000",
  "66;Pyrénées-Orientales;479000;482000;12000;15000;28000;40000;130000;43000;16000;3500;120000",
  "FRANCE;France;67000000;67400000;2100000;2400000;4100000;5600000;18000000;4300000;2600000;650000;14000000",
].join("\n");

describe("the Insee's census file, keyed by CODGEO", () => {
  it("takes each variable's year from its name, adds up age bands and computes the families' shares", async () => {
    const space = await spaceWithTerritory({ epci: CONFLENT.epci, communes: CONFLENT.communes.slice(0, 2) });
    const answer = await accepted(await postFile(space, INSEE_FILE));
    expect(answer.summary).toMatchObject({
      layout: "insee",
      kept: { rows: 2, level: "communes", communes: 2, departement: "66", france: true, years: [2019, 2020] },
    });
    expect(answer.summary?.ignored).toContainEqual({ reason: "unknown-column", columns: ["P20_POP65P"] });
    const indicators = await indicatorsOf(space);
    expect(valuesOf(indicators, "Population", 2019)).toEqual({
      territoire: 7480,
      departement: 479000,
      france: 67000000,
    });
    expect(valuesOf(indicators, "Population", 2020).territoire).toBe(7420);
    expect(valuesOf(indicators, "Enfants de 0 à 2 ans", 2020).territoire).toBe(175);
    expect(valuesOf(indicators, "Enfants et jeunes de 3 à 17 ans", 2020)).toEqual({
      territoire: 1080,
      departement: 83000,
      france: 12100000,
    });
    expect(valuesOf(indicators, "Part des familles monoparentales", 2020)).toEqual({
      territoire: 29.8,
      departement: 33.1,
      france: 23.9,
    });
    expect(valuesOf(indicators, "Part des familles de 3 enfants ou plus", 2020)).toEqual({
      territoire: 10.9,
      departement: 15,
      france: 18.1,
    });
    expect(indicators.find((indicator) => indicator.label === "Population")).toMatchObject({
      theme: "Général",
      unit: "habitants",
      source: "Insee, recensement, somme de 2 communes",
    });
  });

  it("with a commune's cells blank, says its sums lack it and computes no share from them", async () => {
    const space = await spaceWithTerritory();
    const answer = await accepted(await postFile(space, INSEE_FILE));
    expect(answer.summary?.ignored).toContainEqual({
      reason: "incomplete-sum",
      years: [{ year: 2020, communes: [OLETTE] }],
    });
    const indicators = await indicatorsOf(space);
    const sourceOf = (label: string, year: number) =>
      indicators.find((indicator) => indicator.label === label && indicator.year === year)?.source;
    expect(valuesOf(indicators, "Population", 2019).territoire).toBe(7860);
    expect(sourceOf("Population", 2019)).toBe("Insee, recensement, somme de 3 communes");
    expect(sourceOf("Population", 2020)).toBe("Insee, recensement, somme de 2 communes sur 3 (manquent : Olette)");
    // A sum of partial sums is partial too, and says so; a share of one would be too low, and is not computed.
    expect(valuesOf(indicators, "Enfants et jeunes de 3 à 17 ans", 2020).territoire).toBe(1080);
    expect(sourceOf("Enfants et jeunes de 3 à 17 ans", 2020)).toMatch(
      /somme de 2 communes sur 3 \(manquent : Olette\)/,
    );
    expect(indicators.filter(({ label }) => label.startsWith("Part des familles"))).toEqual([]);
  });
});

describe("a rate whose parts come from two files", () => {
  const TWO_COMMUNES: Territory = { epci: CONFLENT.epci, communes: CONFLENT.communes.slice(0, 2) };
  const CAF = [
    "NUMCOM;NUMEPCI;DTREF;NB_Pers_par_Foyer_Alloc",
    "66149;200049187;31/12/2020;2 600",
    "66223;200049187;31/12/2020;650",
  ].join("\n");
  const insee = (vernet: string) =>
    ["CODGEO;LIBGEO;P20_POP", "66149;Prades;6050", `66223;Vernet-les-Bains;${vernet}`].join("\n");
  const SHARE = "Part de la population couverte par la Caf";

  it.each([
    ["the Caf's file first", [CAF, insee("1370")]],
    ["the Insee's file first", [insee("1370"), CAF]],
  ])("is computed once both are imported, %s", async (_, files) => {
    const space = await spaceWithTerritory(TWO_COMMUNES);
    const [first = "", second = ""] = files;
    await accepted(await postFile(space, first));
    expect((await indicatorsOf(space)).some(({ label }) => label === SHARE)).toBe(false);
    const answer = await accepted(await postFile(space, second));
    const indicators = await indicatorsOf(space);
    expect(answer.imported).toBe(2);
    // 3,250 people covered out of 7,420 inhabitants.
    expect(valuesOf(indicators, SHARE, 2020)).toEqual({ territoire: 43.8, departement: null, france: null });
    expect(indicators.find(({ label }) => label === SHARE)).toMatchObject({
      theme: "Général",
      unit: "%",
      source: expect.stringMatching(
        /^Calcul de l'atelier : Personnes couvertes par la Caf \(Caf.*\) \/ Population \(Insee/,
      ),
    });
  });

  it("is not computed from a partial sum", async () => {
    const space = await spaceWithTerritory(TWO_COMMUNES);
    await accepted(await postFile(space, CAF));
    await accepted(await postFile(space, insee("")));
    expect((await indicatorsOf(space)).some(({ label }) => label === SHARE)).toBe(false);
  });
});

describe("a second file with the département and France", () => {
  const TERRITORY_ONLY = [
    "NUMEPCI;NOMEPCI;DTREF;NB_Allocataires;NB_Enfants",
    "200049187;CC Conflent-Canigou;31/12/2019;4 077;2 950",
  ].join("\n");
  const COMPARISONS = [
    "NUMDEP;NOMDEP;DTREF;NB_Allocataires;NB_Enfants;NB_Pers_par_Foyer_Alloc",
    "66;Pyrénées-Orientales;31/12/2019;140 000;90 000;320 000",
    "11;Aude;31/12/2019;80 000;50 000;180 000",
    ";France métropolitaine;31/12/2019;12 500 000;9 000 000;30 000 000",
  ].join("\n");

  it("fills the comparison levels of the indicators the space has, which a later territory file keeps", async () => {
    const space = await spaceWithTerritory();
    await accepted(await postFile(space, TERRITORY_ONLY));
    const answer = await accepted(await postFile(space, COMPARISONS));
    expect(answer.imported).toBe(2);
    expect(answer.summary?.kept).toEqual({
      rows: 0,
      level: null,
      communes: 0,
      departement: "66",
      france: true,
      years: [2019],
    });
    expect(answer.summary?.ignored).toEqual([
      { reason: "other-territory", rows: 1 },
      { reason: "no-territory-figure", figures: [{ label: "Personnes couvertes par la Caf", year: 2019 }] },
    ]);
    expect(valuesOf(await indicatorsOf(space), "Allocataires", 2019)).toEqual({
      territoire: 4077,
      departement: 140000,
      france: 12500000,
    });
    await accepted(await postFile(space, TERRITORY_ONLY.replace("4 077", "4 080")));
    expect(valuesOf(await indicatorsOf(space), "Allocataires", 2019)).toEqual({
      territoire: 4080,
      departement: 140000,
      france: 12500000,
    });
  });

  it("is refused first, with what to do: nothing to compare its figures with yet", async () => {
    const space = await spaceWithTerritory();
    const { error } = await refused(await postFile(space, COMPARISONS));
    expect(error).toMatch(/importez d'abord les chiffres du territoire/);
    expect(await indicatorsOf(space)).toEqual([]);
  });
});

describe("a territorial file in a space without territory", () => {
  it("is refused, telling the facilitator to set the territory first", async () => {
    const space = await server.createSpace();
    const refusal = await refused(await postFile(space, EPCI_FILE));
    expect(refusal).toEqual({
      error: expect.stringMatching(/^Renseignez d'abord le territoire de l'espace/),
      code: "territory-required",
    });
    expect(await indicatorsOf(space)).toEqual([]);
  });
});

describe("a faulty open-data file", () => {
  it.each([
    [
      "a reference date that is none",
      EPCI_FILE.replace("31/12/2018", "31/13/2018"),
      /^Ligne 4, colonne « DTREF » : « 31\/13\/2018 » n'est pas une date de référence/,
    ],
    [
      "a missing reference date",
      EPCI_FILE.replace("31/12/2018", ""),
      /^Ligne 4, colonne « DTREF » : la date de référence manque/,
    ],
    [
      "a figure that is no number",
      EPCI_FILE.replace("4 077", "beaucoup"),
      /^Ligne 5, colonne « NB_Allocataires » : « beaucoup » n'est pas un nombre/,
    ],
    [
      "no row of the territory",
      EPCI_FILE.split("\r\n")
        .filter((line) => !line.includes("200049187") && !line.startsWith("France") && !line.startsWith("Pyr"))
        .join("\n"),
      /^Aucune ligne de ce fichier ne concerne le territoire de l'espace \(l'EPCI CC Conflent-Canigou \(200049187\), 3 communes\)/,
    ],
    ["a malformed CSV", `${COMMUNE_FILE}\n"66149;Prades`, /^Ligne \d+ : le CSV est mal formé/],
  ])("with %s is refused with its line and reason, and nothing is imported", async (_, file, message) => {
    const space = await spaceWithTerritory();
    expect((await refused(await postFile(space, file))).error).toMatch(message);
    expect(await indicatorsOf(space)).toEqual([]);
  });

  it("names a line's fault by its code, with the line, column and cell it quotes, for interfaces to word", async () => {
    const space = await spaceWithTerritory();
    const notANumber = await refused(await postFile(space, EPCI_FILE.replace("4 077", "beaucoup")));
    expect(notANumber).toMatchObject({
      code: "importNotNumber",
      params: { line: 5, column: "NB_Allocataires", value: "beaucoup" },
    });
    expect(notANumber.error).toBe(frenchRefusal("importNotNumber", notANumber.params));
    expect(await refused(await postFile(space, EPCI_FILE.replace("31/12/2018", "31/13/2018")))).toMatchObject({
      code: "importDateInvalid",
      params: { line: 4, column: "DTREF", value: "31/13/2018" },
    });
  });

  it("with a date on another territory's row that is none is imported all the same: that row is not read", async () => {
    const space = await spaceWithTerritory();
    await accepted(
      await postFile(
        space,
        EPCI_FILE.replace(
          "CA Perpignan Méditerranée Métropole;200027183;66;31/12/2019",
          "CA Perpignan;200027183;66;hier",
        ),
      ),
    );
  });

  it("as a workbook whose figures are merged over several rows is refused", async () => {
    const space = await spaceWithTerritory();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Données");
    sheet.addRow(["NUMCOM", "DTREF", "NB_Allocataires"]);
    sheet.addRow(["66149", "31/12/2020", 1205]);
    sheet.addRow(["66223", "31/12/2020", null]);
    sheet.mergeCells("C2:C3");
    const refusal = await refused(await postFile(space, new Uint8Array(await book.xlsx.writeBuffer()), XLSX));
    expect(refusal.error).toMatch(/cellules fusionnées \(lignes 2 à 3\)/);
  });
});

const OTHER_FILE = [
  "Code commune;Commune;Année;Places en crèche;Assistantes maternelles",
  "66149;Prades;2021;40;35",
  "66223;Vernet-les-Bains;2021;12;8",
  "66136;Perpignan;2021;900;700",
  "66149;Prades;2022;44;33",
  "66223;Vernet-les-Bains;2022;12;s",
].join("\n");

const CRECHES: ImportMapping = {
  territoryColumn: "Code commune",
  year: { column: "Année" },
  measures: [{ column: "Places en crèche", label: "Places en crèche", unit: "places", theme: "Petite enfance" }],
  source: "PMI des Pyrénées-Orientales",
};

describe("any other wide file", () => {
  it("is answered with its columns and a guess of their meaning, then previewed and imported once mapped", async () => {
    const space = await spaceWithTerritory();
    const refusal = await refused(await postFile(space, OTHER_FILE));
    expect(refusal).toMatchObject({
      error: expect.stringMatching(/^Ligne 1 : ce fichier n'est ni le modèle de l'atelier/),
      code: "mapping-required",
      suggestion: {
        territoryColumn: "Code commune",
        year: { column: "Année" },
        measures: [
          { column: "Places en crèche", label: "Places en crèche" },
          { column: "Assistantes maternelles", label: "Assistantes maternelles" },
        ],
      },
    });
    expect(refusal.columns?.[0]).toEqual({ name: "Code commune", samples: ["66149", "66223", "66136"] });

    const preview = await accepted(await postForm(space, "creches.csv", OTHER_FILE, CRECHES, "?preview=1"), 200);
    expect(preview).toEqual({
      imported: 2,
      summary: {
        layout: "mapped",
        kept: { rows: 4, level: "communes", communes: 2, departement: null, france: false, years: [2021, 2022] },
        ignored: [
          { reason: "other-territory", rows: 1 },
          { reason: "unknown-column", columns: ["Commune", "Assistantes maternelles"] },
          { reason: "commune-without-row", communes: [{ insee: "66125", name: "Olette" }] },
          { reason: "incomplete-sum", years: [2021, 2022].map((year) => ({ year, communes: [OLETTE] })) },
        ],
      },
      preview: [2021, 2022].map((year, index) => ({
        label: "Places en crèche",
        theme: "Petite enfance",
        unit: "places",
        year,
        source: "PMI des Pyrénées-Orientales, somme de 2 communes sur 3 (manquent : Olette)",
        values: { territoire: [52, 56][index], departement: null, france: null },
      })),
    });
    expect(await indicatorsOf(space)).toEqual([]);

    const imported = await accepted(await postForm(space, "creches.csv", OTHER_FILE, CRECHES));
    expect(imported.imported).toBe(2);
    expect(valuesOf(await indicatorsOf(space), "Places en crèche", 2022).territoire).toBe(56);
  });

  it("takes a fixed year when it has no date column", async () => {
    const space = await spaceWithTerritory();
    const mapping = {
      ...CRECHES,
      year: { fixed: 2023 },
      measures: [{ column: "assistantes maternelles", label: "Assistantes maternelles agréées" }],
    };
    const file = OTHER_FILE.split("\n")
      .filter((line) => !line.includes("2022"))
      .join("\n");
    await accepted(await postForm(space, "assmat.csv", file, mapping));
    expect(valuesOf(await indicatorsOf(space), "Assistantes maternelles agréées", 2023).territoire).toBe(43);
  });

  it("refuses a mapping that is not JSON, or not a mapping, with a code and the refused fields for interfaces", async () => {
    const space = await spaceWithTerritory();
    expect(await refused(await postForm(space, "creches.csv", OTHER_FILE, "{"))).toEqual({
      error: "La correspondance des colonnes (champ mapping) n'est pas du JSON valide.",
      code: "importMappingNotJson",
    });
    expect(await refused(await postForm(space, "creches.csv", OTHER_FILE, { ...CRECHES, measures: [] }))).toEqual({
      error: expect.stringMatching(/^Correspondance des colonnes : measures : /),
      code: "importMappingInvalid",
      params: { detail: expect.stringMatching(/^measures : Choisissez au moins une colonne/) },
      problems: [expect.objectContaining({ path: ["measures"] })],
    });
  });

  it("refuses a form without its file, and a form it cannot read, with their codes", async () => {
    const space = await spaceWithTerritory();
    const form = new FormData();
    form.append("mapping", JSON.stringify(CRECHES));
    const url = `${server.url}/api/spaces/${space.id}/indicators/import`;
    const authorization = `Bearer ${space.facilitatorSecret}`;
    const withoutFile = await fetch(url, { method: "POST", headers: { authorization }, body: form });
    expect(await refused(withoutFile)).toMatchObject({ code: "importFileMissing" });
    const broken = await fetch(url, {
      method: "POST",
      headers: { authorization, "content-type": "multipart/form-data; boundary=nowhere" },
      body: "--elsewhere\r\nnot a part",
    });
    expect(await refused(broken)).toMatchObject({
      code: "importFormMalformed",
      error: "Le formulaire envoyé est mal formé.",
    });
    expect(await indicatorsOf(space)).toEqual([]);
  });

  it.each([
    ["not JSON", "{", /^La correspondance des colonnes \(champ mapping\) n'est pas du JSON valide/],
    [
      "without a measure",
      { ...CRECHES, measures: [] },
      /^Correspondance des colonnes : measures : Choisissez au moins une colonne à importer/,
    ],
    [
      "naming a column the file does not have",
      { ...CRECHES, territoryColumn: "INSEE" },
      /^Ligne 1 : la colonne « INSEE » choisie pour le code du territoire est absente du fichier/,
    ],
    [
      "reading a column of names as figures",
      { ...CRECHES, measures: [{ column: "Commune", label: "Commune" }] },
      /^Ligne 2, colonne « Commune » : « Prades » n'est pas un nombre/,
    ],
  ])("with a mapping %s is refused, and nothing is imported", async (_, mapping, message) => {
    const space = await spaceWithTerritory();
    expect((await refused(await postForm(space, "creches.csv", OTHER_FILE, mapping))).error).toMatch(message);
    expect(await indicatorsOf(space)).toEqual([]);
  });

  it("in our own template, sent as a form, is imported as before", async () => {
    const space = await server.createSpace();
    const answer = await accepted(
      await postForm(space, "chiffres.csv", "indicateur;annee;valeur_territoire\nFamilles;2019;12\n"),
    );
    expect(answer).toEqual({ imported: 1, added: 1, replaced: 0 });
  });
});

const NATIONAL_HEADER = [
  "numcomdo",
  "nomcom",
  "numepci",
  "dtreffre",
  "indfoy_ndur",
  "indnbp_ndur",
  "indfoy_af",
  "indfoy_apl",
  "indfoy_rsa",
];

/** A national commune file as the Caf publishes it: one row per commune of France (~35,000), then the territory's. */
function nationalCommuneRows(communes: number): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (let index = 0; index < communes; index++) {
    const code = String(1000 + index * 2).padStart(5, "0");
    rows.push([code, `Commune ${index}`, String(200000000 + (index % 1200)), "202212", 1205, 2610, 340, 415, 90]);
  }
  for (const { insee, name } of CONFLENT.communes) rows.push([insee, name, "200049187", "202212", 100, 250, 30, 40, 5]);
  return rows;
}

function nationalCommuneFile(communes: number): string {
  return [NATIONAL_HEADER, ...nationalCommuneRows(communes)].map((row) => row.join(";")).join("\n");
}

/** Imports `body`, asking /api/health again and again meanwhile: the answer, and the health checks' latencies. */
async function importWatchingHealth(space: CreatedSpaceView, body: string | Uint8Array, type: string) {
  const started = performance.now();
  let done = false;
  const importing = postFile(space, body, type).then(async (response) => {
    done = true;
    return { status: response.status, body: (await response.json()) as ImportAnswer };
  });
  const latencies: number[] = [];
  while (!done) {
    const asked = performance.now();
    await (await fetch(`${server.url}/api/health`)).arrayBuffer();
    latencies.push(performance.now() - asked);
  }
  return { ...(await importing), elapsedMs: performance.now() - started, worstHealthMs: Math.max(...latencies) };
}

describe("a national commune file", { retry: 2 }, () => {
  it("of 35,000 rows is read in the worker: the server keeps answering, only the territory's rows are kept", async () => {
    const space = await spaceWithTerritory();
    const file = nationalCommuneFile(35_000);
    const { status, body, elapsedMs, worstHealthMs } = await importWatchingHealth(space, file, "text/csv");
    console.info(
      `national commune CSV (${(file.length / 2 ** 20).toFixed(1)} MiB, 35,003 rows): ${status} in ` +
        `${elapsedMs.toFixed(0)} ms; worst /api/health meanwhile ${worstHealthMs.toFixed(1)} ms`,
    );
    expect(status).toBe(201);
    expect(body.summary?.kept).toMatchObject({ rows: 3, level: "communes", communes: 3 });
    expect(body.summary?.ignored).toContainEqual({ reason: "other-territory", rows: 35_000 });
    expect(worstHealthMs).toBeLessThan(100);
    expect(valuesOf(await indicatorsOf(space), "Allocataires", 2022).territoire).toBe(300);
  });

  it("of 35,000 rows as a workbook fits the workbook's limits too", async () => {
    const space = await spaceWithTerritory();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("s_ben_com_f");
    sheet.addRows([NATIONAL_HEADER, ...nationalCommuneRows(35_000)]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const { status, body, elapsedMs, worstHealthMs } = await importWatchingHealth(space, bytes, XLSX);
    console.info(
      `national commune workbook (${(bytes.byteLength / 2 ** 20).toFixed(1)} MiB): ${status} in ` +
        `${elapsedMs.toFixed(0)} ms; worst /api/health meanwhile ${worstHealthMs.toFixed(1)} ms`,
    );
    expect({ status, error: (body as { error?: string }).error }).toEqual({ status: 201, error: undefined });
    expect(worstHealthMs).toBeLessThan(100);
    expect(valuesOf(await indicatorsOf(space), "Foyers allocataires du RSA", 2022).territoire).toBe(15);
  });

  it("past 20 MiB is refused as too large, and other requests keep their small limit", async () => {
    const space = await spaceWithTerritory();
    const tooLarge = await postFile(space, "x".repeat(20 * 2 ** 20 + 1));
    expect(tooLarge.status).toBe(413);
    expect(((await tooLarge.json()) as { error: string }).error).toMatch(/plus de 20 Mio/);
    const bigJson = await server.request("PATCH", `/api/spaces/${space.id}`, {
      token: space.facilitatorSecret,
      rawBody: JSON.stringify({ name: "x".repeat(300 * 1024) }),
    });
    expect(bigJson.status).toBe(413);
  });
});
