import {
  addAxis,
  type BilanEntry,
  type CreatedSpaceView,
  createFiche,
  frenchOutsideCalendar,
  type ImpactLink,
  type IndicatorView,
  setBudgetLine,
  setIndicator,
  setIndicatorValue,
  updateFiche,
  type YearBilan,
} from "@atelier/shared";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { connectClient, waitFor } from "./support/collab-client.ts";
import { docxText } from "./support/docx-text.ts";
import { json } from "./support/http-json.ts";
import { spaceApi } from "./support/space-api.ts";
import { useTestServer } from "./support/use-test-server.ts";

const server = useTestServer();

const FIGURES = [
  "indicateur;theme;annee;valeur_territoire;valeur_departement;valeur_france;unite;source",
  "Taux de couverture EAJE;Petite enfance;2019;18;20;;%;Caf, données d'exemple",
  "Taux de couverture EAJE;Petite enfance;2022;24;21;;%;Caf, données d'exemple",
].join("\n");

/** A space with one axis and two fiches (one with an indicator measured in 2022), territorial figures and a COPIL. */
async function bilanSpace() {
  const space = await server.createSpace();
  const token = space.facilitatorSecret;
  const base = `/api/spaces/${space.id}`;
  const send = spaceApi(server, space);
  const plan = await connectClient(server.wsUrl, space.plan.documentName, token);
  addAxis(plan.doc, "axe1", { title: "Soutenir les familles" });
  createFiche(plan.doc, "f1", { title: "Relais petite enfance", axisId: "axe1", themes: [] }, 1);
  updateFiche(plan.doc, "f1", { pilot: "Commune de Prades" }, 2);
  setIndicator(plan.doc, "f1", "i1", {
    label: "Places d'accueil créées",
    kind: "resultat",
    unit: "places",
    target: 40,
  });
  setIndicatorValue(plan.doc, "f1", "i1", 2022, 45);
  createFiche(plan.doc, "f2", { title: "Ludothèque itinérante", axisId: "axe1", themes: [] }, 3);
  const lines = [
    ["f1", "b1", "caf", 2022, 12_000.5],
    ["f1", "b2", "epci", 2022, 8_000],
    ["f1", "b3", "caf", 2023, 30_000],
    ["f2", "b4", "epci", 2022, 5_000],
  ] as const;
  for (const [ficheId, lineId, kind, year, amount] of lines) {
    const financer = { kind, label: "" };
    setBudgetLine(plan.doc, ficheId, lineId, { financer, nature: "fonctionnement", dispositif: null, year, amount });
  }
  await waitFor(
    () => plan.provider.unsyncedChanges,
    (n) => n === 0,
  );
  plan.provider.destroy();
  const imported = await fetch(`${server.url}${base}/indicators/import`, {
    method: "POST",
    headers: { "content-type": "text/csv", authorization: `Bearer ${token}` },
    body: FIGURES,
  });
  expect(imported.status).toBe(201);
  const figures = await json<IndicatorView[]>(await send("GET", "/indicators"));
  await json(
    await send("POST", "/meetings", {
      kind: "copil",
      date: "2022-12-08",
      title: "COPIL de bilan 2022",
      decisions: [{ kind: "bilan-annuel", text: "Le bilan 2022 est validé, la ludothèque est reportée." }],
    }),
    201,
  );
  return { space, send, figures };
}

/** Edits the space's plan as a facilitator's browser does, once the server holds the change. */
async function editPlan(space: CreatedSpaceView, edit: (doc: Y.Doc) => void) {
  const plan = await connectClient(server.wsUrl, space.plan.documentName, space.facilitatorSecret);
  edit(plan.doc);
  await waitFor(
    () => plan.provider.unsyncedChanges,
    (n) => n === 0,
  );
  plan.provider.destroy();
}

const titles = (bilan: YearBilan) => bilan.axes.flatMap((axis) => axis.fiches.map((fiche) => fiche.title));

describe("the yearly bilan", () => {
  it("stores each fiche's entry of a year, links an indicator to the territory's and assembles the bilan", async () => {
    const { send, figures } = await bilanSpace();
    const entry = await json<BilanEntry>(
      await send("PUT", "/bilan/2022/fiches/f1", {
        progress: "en-cours",
        assessment: "Le relais tourne dans trois communes.",
        difficulties: "Recrutement d'une animatrice difficile.",
        adjustments: "Ouvrir une permanence à Vinça.",
        spent: 18_250.75,
      }),
    );
    expect(entry).toMatchObject({ ficheId: "f1", year: 2022, progress: "en-cours", spent: 18_250.75 });
    await json(await send("PUT", "/bilan/2022/fiches/f2", { progress: "reportee" }));
    // Written again, the entry replaces the earlier one.
    await json(await send("PUT", "/bilan/2022/fiches/f2", { progress: "reorientee", assessment: "Public élargi." }));
    await json(await send("PUT", "/bilan/2023/fiches/f1", { progress: "realisee" }));

    const figure2019 = figures.find((figure) => figure.year === 2019);
    const link: ImpactLink = { ficheId: "f1", indicatorId: "i1", territorialIndicatorId: figure2019?.id ?? "" };
    expect(await json<ImpactLink>(await send("PUT", "/bilan/impacts", link))).toEqual(link);

    const bilan = await json<YearBilan>(await send("GET", "/bilan/2022"));
    expect(bilan.counts).toMatchObject({ "en-cours": 1, reorientee: 1, reportee: 0, "non-renseignee": 0 });
    expect(bilan.axes.map((axis) => axis.axis?.title)).toEqual(["Soutenir les familles"]);
    const [relais, ludotheque] = bilan.axes[0]?.fiches ?? [];
    expect(relais?.entry).toMatchObject({ progress: "en-cours", adjustments: "Ouvrir une permanence à Vinça." });
    expect(ludotheque?.entry).toMatchObject({ progress: "reorientee", assessment: "Public élargi.", spent: null });
    // The plan's budget lines of the year beside what the entries say was spent, stored to the cent.
    expect([relais?.budget, ludotheque?.budget, bilan.budget]).toEqual([
      { planned: 20_000.5, spent: 18_250.75, unreported: 0 },
      { planned: 5_000, spent: null, unreported: 1 },
      { planned: 25_000.5, spent: 18_250.75, unreported: 1 },
    ]);
    const indicator = relais?.indicators[0];
    expect(indicator).toMatchObject({ value: 45, target: 40, reached: true });
    expect(indicator?.impact?.rows).toEqual([
      { year: 2019, fiche: null, territory: 18 },
      { year: 2021, fiche: null, territory: null },
      { year: 2022, fiche: 45, territory: 24 },
      { year: 2023, fiche: null, territory: null },
      { year: 2024, fiche: null, territory: null },
      { year: 2025, fiche: null, territory: null },
    ]);
    expect(bilan.meetings.map((meeting) => meeting.title)).toEqual(["COPIL de bilan 2022"]);
    expect((await json<YearBilan>(await send("GET", "/bilan/2023"))).counts).toMatchObject({
      realisee: 1,
      "non-renseignee": 1,
    });

    expect((await send("DELETE", "/bilan/impacts", { ficheId: "f1", indicatorId: "i1" })).status).toBe(204);
    const unlinked = await json<YearBilan>(await send("GET", "/bilan/2022"));
    expect(unlinked.axes[0]?.fiches[0]?.indicators[0]?.impact).toBeNull();
    expect((await send("DELETE", "/bilan/impacts", { ficheId: "f1", indicatorId: "i1" })).status).toBe(404);
  });

  it("speaks in a year's bilan of the fiches running that year, and keeps an entry written before dates moved", async () => {
    const { space, send } = await bilanSpace();
    await editPlan(space, (doc) => {
      updateFiche(doc, "f1", { years: [2022, 2023] }, 10);
      updateFiche(doc, "f2", { startDate: "2023-01-02" }, 10);
    });
    await json(await send("PUT", "/bilan/2022/fiches/f1", { progress: "realisee", spent: 20_000.5 }));
    // The ludothèque starts in 2023: the bilan 2022 neither lists it, nor counts it, nor adds its 2022 budget line.
    const of2022 = await json<YearBilan>(await send("GET", "/bilan/2022"));
    expect(titles(of2022)).toEqual(["Relais petite enfance"]);
    expect(of2022.counts).toMatchObject({ realisee: 1, "non-renseignee": 0 });
    expect(of2022.budget).toEqual({ planned: 20_000.5, spent: 20_000.5, unreported: 0 });
    const docx2022 = (
      await docxText(new Uint8Array(await (await send("GET", "/bilan/2022/bilan.docx")).arrayBuffer()))
    ).replace(/[\u00a0\u202f]/g, " ");
    for (const expected of [
      "Relais petite enfance",
      "Réalisée1",
      "Non renseignée0",
      "Total20 000,50 €20 000,50 €100 %",
    ]) {
      expect(docx2022).toContain(expected);
    }
    expect(docx2022).not.toContain("Ludothèque itinérante");

    // Its 2023 entry is written, then its start moves to 2024: what was said of 2023 stays, with a word on why.
    await json(await send("PUT", "/bilan/2023/fiches/f2", { progress: "en-cours", assessment: "Un premier camion." }));
    await editPlan(space, (doc) => updateFiche(doc, "f2", { startDate: "2024-01-08" }, 11));
    const of2023 = await json<YearBilan>(await send("GET", "/bilan/2023"));
    const shown = of2023.axes.flatMap((axis) => axis.fiches);
    expect(shown.map((fiche) => [fiche.title, fiche.outsideCalendar, fiche.entry?.progress ?? null])).toEqual([
      ["Relais petite enfance", false, null],
      ["Ludothèque itinérante", true, "en-cours"],
    ]);
    expect(of2023.counts).toMatchObject({ "en-cours": 1, "non-renseignee": 1 });
    const docx2023 = await docxText(new Uint8Array(await (await send("GET", "/bilan/2023/bilan.docx")).arrayBuffer()));
    expect(docx2023).toContain(`Ludothèque itinérante${frenchOutsideCalendar(2023)}`);
    expect(docx2023).not.toContain(frenchOutsideCalendar(2022));
    // The 2024 bilan lists it under its new calendar, without the note, and no longer the relais, ended in 2023.
    const of2024 = await json<YearBilan>(await send("GET", "/bilan/2024"));
    expect(of2024.axes.flatMap((axis) => axis.fiches).map((f) => [f.title, f.outsideCalendar])).toEqual([
      ["Ludothèque itinérante", false],
    ]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await send("GET", "/plan/export/xlsx")).arrayBuffer());
    const rows = workbook.getWorksheet("Bilan")?.getRows(2, 2) ?? [];
    expect(rows.map((row) => [row.getCell(1).value, row.getCell(3).value, row.getCell(10).value])).toEqual([
      [2022, "Relais petite enfance", null],
      [2023, "Ludothèque itinérante", frenchOutsideCalendar(2023)],
    ]);
  });

  it("refuses a year outside the period, an unknown progress and unknown fiches or figures, in French", async () => {
    const { send } = await bilanSpace();
    const error = async (response: Response, status: number) => {
      expect(response.status).toBe(status);
      return ((await response.json()) as { error: string }).error;
    };
    expect(await error(await send("GET", "/bilan/2026"), 400)).toBe(
      "L'année du bilan doit être comprise entre 2021 et 2025, la période de la CTG.",
    );
    expect(await error(await send("PUT", "/bilan/2020/fiches/f1", { progress: "realisee" }), 400)).toMatch(
      /entre 2021 et 2025/,
    );
    expect(await error(await send("PUT", "/bilan/2022/fiches/f1", { progress: "finie" }), 400)).toMatch(
      /^progress : L'avancement doit être l'un de : realisee, en-cours/,
    );
    expect(await error(await send("PUT", "/bilan/2022/fiches/f1", { progress: "realisee", note: "" }), 400)).toMatch(
      /Champ inconnu : note/,
    );
    expect(
      await error(
        await send("PUT", "/bilan/2022/fiches/f1", { progress: "realisee", assessment: "x".repeat(2001) }),
        400,
      ),
    ).toMatch(/^assessment : L'appréciation dépasse 2000 caractères/);
    expect(await error(await send("PUT", "/bilan/2022/fiches/nope", { progress: "realisee" }), 404)).toMatch(
      /n'est pas dans le plan/,
    );
    const link = { ficheId: "f1", indicatorId: "i1", territorialIndicatorId: "inconnu" };
    expect(await error(await send("PUT", "/bilan/impacts", link), 404)).toMatch(/indicateur territorial/);
    expect(await error(await send("PUT", "/bilan/impacts", { ...link, indicatorId: "i9" }), 404)).toMatch(
      /pas dans la fiche/,
    );
    expect(await error(await send("PUT", "/bilan/impacts", { ficheId: "f1" }), 400)).toMatch(/indicatorId/);
  });

  it("lets partners and observers read, not write, and shows habitants nothing", async () => {
    const { space, send } = await bilanSpace();
    const partner = await server.join(space, "partner", "Paul");
    const observer = await server.join(space, "observer", "Odile");
    const habitant = await server.join(space, "habitant", "Léa");
    const entry = { progress: "realisee" };
    const link = { ficheId: "f1", indicatorId: "i1", territorialIndicatorId: "x" };
    for (const reader of [partner, observer]) {
      expect((await send("GET", "/bilan/2022", undefined, reader.participantToken)).status).toBe(200);
      expect((await send("GET", "/bilan/2022/bilan.docx", undefined, reader.participantToken)).status).toBe(200);
      expect((await send("PUT", "/bilan/2022/fiches/f1", entry, reader.participantToken)).status).toBe(403);
      expect((await send("PUT", "/bilan/impacts", link, reader.participantToken)).status).toBe(403);
      expect((await send("DELETE", "/bilan/impacts", link, reader.participantToken)).status).toBe(403);
    }
    for (const path of ["/bilan/2022", "/bilan/2022/bilan.docx"]) {
      expect((await send("GET", path, undefined, habitant.participantToken)).status, path).toBe(403);
    }
    expect((await send("PUT", "/bilan/2022/fiches/f1", entry, habitant.participantToken)).status).toBe(403);
    expect((await send("GET", "/bilan/2022", undefined, "")).status).toBe(401);
  });

  it("writes the bilan annuel as a DOCX with each part, and a Bilan sheet in the follow-up workbook", async () => {
    const { send, figures } = await bilanSpace();
    await json(
      await send("PUT", "/bilan/2022/fiches/f1", {
        progress: "en-cours",
        assessment: "Le relais tourne dans trois communes.",
        difficulties: "Recrutement d'une animatrice difficile.",
        adjustments: "Ouvrir une permanence à Vinça.",
        spent: 18_250.75,
      }),
    );
    await json(
      await send("PUT", "/bilan/impacts", {
        ficheId: "f1",
        indicatorId: "i1",
        territorialIndicatorId: figures[0]?.id,
      }),
    );
    const response = await send("GET", "/bilan/2022/bilan.docx");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/wordprocessingml/);
    expect(response.headers.get("content-disposition")).toContain("bilan-annuel-ctg-2022.docx");
    const docx = new Uint8Array(await response.arrayBuffer());
    // Each page names the document and its number among the pages.
    expect(await docxText(docx, "word/footer1.xml")).toBe(
      "Bilan annuel 2022 — CdC Conflent-Canigou — page PAGE sur NUMPAGES",
    );
    // Amounts are grouped and followed by € with the no-break spaces French typography wants.
    const text = (await docxText(docx)).replace(/[\u00a0\u202f]/g, " ");
    for (const expected of [
      "Bilan annuel 2022",
      "Convention territoriale globale — CdC Conflent-Canigou (2021-2025)",
      "Synthèse de l'avancement",
      "AvancementFiches actions",
      "En cours1",
      "Non renseignée1",
      "Budget 2022 : prévu et réalisé",
      "AxeBudget prévuDépenses réaliséesTaux de réalisation",
      "Soutenir les familles25 000,50 €18 250,75 €73 %",
      "Total25 000,50 €18 250,75 €73 %",
      "Les dépenses d'une fiche dotée d'un budget cette année ne sont pas encore renseignées.",
      "Budget prévu : 20 000,50 €",
      "Dépenses réalisées : 18 250,75 € (91 % du budget prévu)",
      "Soutenir les familles",
      "Relais petite enfance",
      "Pilote : Commune de Prades",
      "Avancement : En cours",
      "Appréciation : Le relais tourne dans trois communes.",
      "Difficultés rencontrées",
      "Recrutement d'une animatrice difficile.",
      "Ajustements proposés",
      "Ouvrir une permanence à Vinça.",
      "Indicateurs et cibles",
      "Places d'accueil créées40 places45 placesOui",
      "Impact : Places d'accueil créées et Taux de couverture EAJE (territoire)",
      "2019—18 %",
      "202245 places24 %",
      "Ludothèque itinérante",
      "Avancement : Non renseignée",
      "Budget prévu : 5 000 €",
      "Dépenses réalisées : non renseignées",
      "Validation du bilan annuel",
      "8 décembre 2022 — COPIL de bilan 2022",
      "Le bilan 2022 est validé, la ludothèque est reportée.",
    ]) {
      expect(text).toContain(expected);
    }

    const workbook = new ExcelJS.Workbook();
    const exported = await send("GET", "/plan/export/xlsx");
    expect(exported.status).toBe(200);
    await workbook.xlsx.load(await exported.arrayBuffer());
    const sheet = workbook.getWorksheet("Bilan");
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      "Année",
      "Axe",
      "Fiche action",
      "Avancement",
      "Appréciation",
      "Difficultés",
      "Ajustements",
      "Budget prévu",
      "Dépenses réalisées",
      "Remarque",
    ]);
    expect(sheet?.getRow(2).values).toEqual([
      undefined,
      2022,
      "Soutenir les familles",
      "Relais petite enfance",
      "En cours",
      "Le relais tourne dans trois communes.",
      "Recrutement d'une animatrice difficile.",
      "Ouvrir une permanence à Vinça.",
      20_000.5,
      18_250.75,
    ]);
    expect(sheet?.getRow(2).getCell(9).numFmt).toContain("€");
    expect(sheet?.rowCount).toBe(2);
  });
});
