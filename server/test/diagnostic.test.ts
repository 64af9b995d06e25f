import {
  addCard,
  type CreatedSpaceView,
  citationOf,
  citeOnCard,
  closeVote,
  type Diagnostic,
  FACILITATOR_PARTICIPANT_ID,
  groupCards,
  type IndicatorView,
  moveCard,
  openVote,
  placeVote,
  setCardStatus,
  writeBodyText,
} from "@atelier/shared";
import { describe, expect, it } from "vitest";
import { type CollabClient, connectClient, waitFor } from "./support/collab-client.ts";
import { docxText } from "./support/docx-text.ts";
import { useTestServer } from "./support/use-test-server.ts";

const server = useTestServer();

const author = { authorId: FACILITATOR_PARTICIPANT_ID, authorName: "Anne", authorRole: "facilitator" } as const;

/** Two years of one figure for Parentalité, one for Petite enfance, and a general one. */
const FIGURES = [
  "indicateur;theme;annee;valeur_territoire;valeur_departement;valeur_france;unite;source",
  "Familles monoparentales;Parentalité;2017;27;32;24;%;Caf 66",
  "Familles monoparentales;Parentalité;2019;30;33;24;%;Caf 66",
  "Enfants de moins de 3 ans;Petite enfance;2019;512;;;enfants;Insee",
  "Allocataires;Général;2019;4077;;;allocataires;Caf 66",
].join("\n");

async function settled(client: CollabClient) {
  await waitFor(
    () => client.provider.unsyncedChanges,
    (n) => n === 0,
  );
}

function get(space: CreatedSpaceView, path: string, token = space.facilitatorSecret) {
  return server.request("GET", `/api/spaces/${space.id}${path}`, { token });
}

/** French figures group thousands with a narrow no-break space ("20 391"): read here as plain spaces. */
const diagnosticText = async (response: Response) => (await docxText(response)).replace(/[\u00a0\u202f]/g, " ");

/** Petite enfance and Parentalité written on, cited and voted through real clients; Parentalité's figures imported. */
async function workshop() {
  const space = await server.createSpace();
  const [petiteEnfance, , parentalite, , archived] = space.boards;
  if (!petiteEnfance || !parentalite || !archived) throw new Error("missing default boards");
  const token = space.facilitatorSecret;
  expect(
    (
      await server.request("PATCH", `/api/spaces/${space.id}`, {
        token,
        body: {
          territory: {
            epci: { siren: "200049187", name: "CC Conflent-Canigou", population: 20391 },
            communes: [
              { insee: "66149", name: "Prades", population: 6180 },
              { insee: "66222", name: "Vernet-les-Bains" },
            ],
          },
        },
      })
    ).status,
  ).toBe(200);
  expect(
    (
      await server.request("PATCH", `/api/spaces/${space.id}/boards/${archived.id}`, {
        token,
        body: { archived: true },
      })
    ).status,
  ).toBe(200);
  const laep = await server.request("POST", `/api/spaces/${space.id}/services`, {
    token,
    body: { kind: "laep", name: "Lieu d'accueil enfants-parents de Prades", communeInsee: "66149", cafFunded: true },
  });
  expect(laep.status).toBe(201);
  const imported = await fetch(`${server.url}/api/spaces/${space.id}/indicators/import`, {
    method: "POST",
    headers: { "content-type": "text/csv", authorization: `Bearer ${token}` },
    body: FIGURES,
  });
  expect(imported.status).toBe(201);
  const indicators = (await (await get(space, "/indicators")).json()) as IndicatorView[];
  const single = indicators.find((one) => one.label === "Familles monoparentales" && one.year === 2019);
  if (!single) throw new Error("figure not imported");

  const partner = await server.join(space, "partner", "Samia");
  const board = await connectClient(server.wsUrl, parentalite.documentName, token);
  addCard(board.doc, "c1", { kind: "constat", title: "Près d'une famille sur trois élève seule", ...author }, 1);
  addCard(board.doc, "c2", { kind: "besoin", title: "Des lieux de répit pour les parents", ...author }, 1);
  addCard(board.doc, "c3", { kind: "piste", title: "Un café des parents itinérant", ...author }, 1);
  addCard(board.doc, "c4", { kind: "ressource", title: "Le LAEP de Prades", ...author }, 1);
  const workshopNotes = { source: "Atelier du 3 mai", ...author };
  addCard(board.doc, "c5", { kind: "piste", title: "Un relais parents-écoles", ...workshopNotes }, 1);
  groupCards(board.doc, "c1", "c2", { id: "k", name: "Familles seules face aux difficultés", color: "vert" });
  moveCard(board.doc, "c5", "k", Number.POSITIVE_INFINITY);
  writeBodyText(board.doc, "c5", "Avec les écoles de Prades");
  writeBodyText(board.doc, "c1", "Surtout dans les villages de montagne");
  citeOnCard(board.doc, "c1", citationOf(single), 2);
  openVote(board.doc, 3);
  placeVote(board.doc, FACILITATOR_PARTICIPANT_ID, "c3", "f1");
  placeVote(board.doc, FACILITATOR_PARTICIPANT_ID, "c3", "f2");
  await settled(board);
  const partnerBoard = await connectClient(server.wsUrl, parentalite.documentName, partner.participantToken);
  expect(placeVote(partnerBoard.doc, partner.participantId, "c3", "p1")).toBeNull();
  expect(placeVote(partnerBoard.doc, partner.participantId, "c2", "p2")).toBeNull();
  await settled(partnerBoard);
  await waitFor(
    () => board.doc.getMap("votes").size,
    (n) => n === 4,
  );
  closeVote(board.doc);
  setCardStatus(board.doc, "c3", "agreed", 3);
  await settled(board);
  const promoted = await server.request("POST", `/api/spaces/${space.id}/plan/promotions`, {
    token,
    body: { boardId: parentalite.id, cardIds: ["c3"], target: { axisId: null, title: "Un café des parents" } },
  });
  expect(promoted.status).toBe(201);

  const small = await connectClient(server.wsUrl, petiteEnfance.documentName, token);
  addCard(small.doc, "p1", { kind: "besoin", title: "Des places en horaires atypiques", ...author }, 1);
  // Agreed without a vote: a priority all the same, with no votes to tell.
  setCardStatus(small.doc, "p1", "agreed", 1);
  await settled(small);
  for (const client of [board, partnerBoard, small]) client.provider.destroy();
  return { space, petiteEnfance, parentalite, archived, partner };
}

describe("the diagnostic partagé", () => {
  it("gathers each active board's figures, findings and votes, and is validated by the COPIL's decision", async () => {
    const { space, petiteEnfance, parentalite, archived } = await workshop();

    const draft = (await (await get(space, "/diagnostic")).json()) as Diagnostic;
    expect(draft.validation).toBeNull();
    expect(draft.themes.map((theme) => theme.boardId)).not.toContain(archived.id);
    expect(draft.themes.map((theme) => theme.theme)).toEqual(
      space.boards.filter((board) => board.id !== archived.id).map((board) => board.theme),
    );
    expect(draft.general.map((one) => one.label)).toEqual(["Allocataires"]);
    const parentality = draft.themes.find((theme) => theme.boardId === parentalite.id);
    expect(parentality?.indicators).toEqual([
      expect.objectContaining({
        label: "Familles monoparentales",
        evolution: { fromYear: 2017, toYear: 2019, from: 27, to: 30, change: 3 },
      }),
    ]);
    expect(parentality?.findings.clusters).toEqual([
      {
        id: "k",
        name: "Familles seules face aux difficultés",
        findings: [
          expect.objectContaining({
            id: "c1",
            body: "Surtout dans les villages de montagne",
            // No source of its own: its figure's, said once.
            source: "Caf 66",
            citation: expect.objectContaining({ label: "Familles monoparentales", year: 2019 }),
          }),
          expect.objectContaining({ id: "c2", kind: "besoin" }),
        ],
      },
    ]);
    expect(parentality?.findings.unclustered.map((finding) => finding.id)).toEqual(["c4"]);
    expect(parentality?.services.map((service) => [service.name, service.communeName])).toEqual([
      ["Lieu d'accueil enfants-parents de Prades", "Prades"],
    ]);
    expect(draft.themes.find((theme) => theme.boardId === petiteEnfance.id)?.services).toEqual([]);
    expect(parentality?.priorities).toEqual({
      cards: [
        { id: "c3", kind: "piste", title: "Un café des parents itinérant", votes: 3, retained: true },
        { id: "c2", kind: "besoin", title: "Des lieux de répit pour les parents", votes: 1, retained: false },
      ],
      clusters: [{ id: "k", name: "Familles seules face aux difficultés", votes: 1 }],
      voters: 2,
    });
    // Every piste the group proposed, voted or not, the clustered one first as the board shows them; c3 is in the plan.
    expect(parentality?.pistes).toEqual([
      expect.objectContaining({
        id: "c5",
        body: "Avec les écoles de Prades",
        source: "Atelier du 3 mai",
        retained: false,
        promoted: false,
        cluster: "Familles seules face aux difficultés",
      }),
      expect.objectContaining({ id: "c3", retained: true, promoted: true, cluster: null }),
    ]);
    expect(draft.themes.find((theme) => theme.boardId === petiteEnfance.id)?.indicators[0]?.label).toBe(
      "Enfants de moins de 3 ans",
    );

    const meeting = await server.request("POST", `/api/spaces/${space.id}/meetings`, {
      token: space.facilitatorSecret,
      body: {
        kind: "copil",
        date: "2021-10-30",
        title: "COPIL de validation du diagnostic",
        decisions: [{ kind: "validation-diagnostic", text: "Le diagnostic partagé est validé." }],
      },
    });
    expect(meeting.status).toBe(201);
    const validated = (await (await get(space, "/diagnostic")).json()) as Diagnostic;
    expect(validated.validation).toEqual({
      on: "2021-10-30",
      meetingKind: "copil",
      meetingTitle: "COPIL de validation du diagnostic",
    });

    const response = await get(space, "/diagnostic.docx");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/wordprocessingml/);
    expect(response.headers.get("content-disposition")).toContain("diagnostic-partage-ctg-2021-2025.docx");
    const text = await diagnosticText(response);
    for (const expected of [
      "Diagnostic partagé",
      "Convention territoriale globale — CdC Conflent-Canigou",
      "Validé par le COPIL du 30/10/2021",
      "CC Conflent-Canigou (20 391 habitants)",
      "Prades",
      "Parentalité",
      "Petite enfance",
      "Familles seules face aux difficultés",
      "Près d'une famille sur trois élève seule",
      "Chiffre cité : Familles monoparentales (2019) : 30 % (département 33 %, France 24 %)Source : Caf 66",
      "27 % → 30 % (+3 points, 2017-2019)",
      "Un café des parents itinérant",
      "Priorités votées et retenues2 participant(s) ont voté.CarteTypeVotesRetenueUn café des parents itinérantPiste d'action3Oui",
      "Priorités retenuesCarteTypeDes places en horaires atypiquesBesoin",
      "Familles seules face aux difficultés : 1 vote(s)",
      "Des places en horaires atypiques",
      "Offre existante",
      "Lieu d'accueil enfants-parents de Prades",
      "LAEP (lieu d'accueil enfants-parents)",
      "Pistes d'action proposéesUn relais parents-écolesRegroupement : Familles seules face aux difficultés" +
        "Avec les écoles de PradesSource : Atelier du 3 maiUn café des parents itinérant (au plan d'actions)",
      "Aucune piste d'action n'a été proposée sur ce tableau.",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain(archived.theme);
    expect(text).not.toContain("Projet soumis au COPIL");
    expect(text).not.toMatch(/Priorités retenuesCarteTypeVotes/);
  });

  it("compares a cited figure only with the levels it has, and leaves the bracket out when it has none", async () => {
    const demo = (await (await server.request("POST", "/api/demo")).json()) as CreatedSpaceView;
    const indicators = (await (await get(demo, "/indicators")).json()) as IndicatorView[];
    const single = indicators.find((indicator) => indicator.label === "Familles monoparentales");
    const corrected = await server.request("PATCH", `/api/spaces/${demo.id}/indicators/${single?.id}`, {
      token: demo.facilitatorSecret,
      body: { values: { departement: null } },
    });
    expect(corrected.status).toBe(200);
    const text = await diagnosticText(await get(demo, "/diagnostic.docx"));
    // The demo's Caf coverage has no département nor France figure.
    expect(text).toContain(
      "Chiffre cité : Part de la population couverte par la Caf (2019) : 42 %Source : Présentation CTG",
    );
    expect(text).toContain("Chiffre cité : Familles monoparentales (2019) : 30 % (France 24 %)Source");
    expect(text).toContain("Chiffre cité : Familles nombreuses (2019) : 17 % (département 15 %, France 18 %)");
    expect(text).not.toMatch(/(département|France) —/);
  });

  it("gives an Évolution column only to figures over several years, and says when one has a single year", async () => {
    const space = await server.createSpace();
    const imported = await fetch(`${server.url}/api/spaces/${space.id}/indicators/import`, {
      method: "POST",
      headers: { "content-type": "text/csv", authorization: `Bearer ${space.facilitatorSecret}` },
      body: [
        "indicateur;theme;annee;valeur_territoire;valeur_departement;valeur_france;unite;source",
        "Familles monoparentales;Parentalité;2017;27;32;24;%;Caf 66",
        "Familles monoparentales;Parentalité;2019;30;33;24;%;Caf 66",
        // A figure that is itself an evolution, imported for one year: it has no evolution of its own to show.
        "Évolution du nombre d'allocataires 2014-2019;Parentalité;2019;13;22;17;%;Caf 66",
        "Allocataires;Général;2019;4077;;;allocataires;Caf 66",
      ].join("\n"),
    });
    expect(imported.status).toBe(201);
    const text = await diagnosticText(await get(space, "/diagnostic.docx"));
    // The general portrait's figures have one year each: no column of dashes.
    expect(text).toContain(
      "Portrait généralIndicateurTerritoireDépartementFranceAllocataires (2019)4 077 allocataires——Sources",
    );
    // Parentalité has a figure over two years: the column, where the single-year figure says so.
    expect(text).toContain(
      "IndicateurTerritoireDépartementFranceÉvolution" +
        "Évolution du nombre d'allocataires 2014-2019 (2019)13 %22 %17 %Une seule année" +
        "Familles monoparentales (2019)30 %33 %24 %27 % → 30 % (+3 points, 2017-2019)",
    );
  });

  it("is a draft submitted to the COPIL until validated, and is read by partners and observers, not habitants", async () => {
    const space = await server.createSpace();
    expect(await diagnosticText(await get(space, "/diagnostic.docx"))).toContain("Projet soumis au COPIL");
    const partner = await server.join(space, "partner", "Samia");
    const observer = await server.join(space, "observer", "Élu");
    const habitant = await server.join(space, "habitant", "Lou");
    for (const reader of [partner, observer]) {
      expect((await get(space, "/diagnostic", reader.participantToken)).status).toBe(200);
      expect((await get(space, "/diagnostic.docx", reader.participantToken)).status).toBe(200);
    }
    for (const path of ["/diagnostic", "/diagnostic.docx"]) {
      const refused = await get(space, path, habitant.participantToken);
      expect(refused.status).toBe(403);
      expect(await refused.json()).toEqual({ error: expect.any(String), code: "roleNotAllowed" });
      expect((await server.request("GET", `/api/spaces/${space.id}${path}`)).status).toBe(401);
    }
  });
});
