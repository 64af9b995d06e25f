import {
  addAxis,
  addCard,
  type CreatedSpaceView,
  cardById,
  FACILITATOR_PARTICIPANT_ID,
  ficheDescription,
  type InvitationView,
  type JoinedView,
  listFiches,
  type ParticipantView,
  type PublicPage,
  setBudgetLine,
  setCardStatus,
  setIndicator,
  updateFiche,
} from "@atelier/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { type CollabClient, connectClient, waitFor } from "./support/collab-client.ts";
import { docxText } from "./support/docx-text.ts";
import { json } from "./support/http-json.ts";
import { startTestServer } from "./support/test-server.ts";
import { useTestServer } from "./support/use-test-server.ts";

const server = useTestServer();

const HABITANT_CARD = "Une crèche ouverte tôt le matin";
const HABITANT_BODY = "Je commence à 6 heures à l'hôpital de Prades";
const PARTNER_CARD = "Relancer le relais petite enfance";
const DRAFT_FICHE = "Idée encore en discussion";
const DESCRIPTION = "Ouvrir une crèche de 6 h à 21 h à Prades.";
const facilitator = { authorId: FACILITATOR_PARTICIPANT_ID, authorName: "Anne", authorRole: "facilitator" } as const;

function paragraph(words: string): Y.XmlElement {
  const element = new Y.XmlElement("paragraph");
  const text = new Y.XmlText();
  text.insert(0, words);
  element.insert(0, [text]);
  return element;
}

const settled = (client: CollabClient) =>
  waitFor(
    () => client.provider.unsyncedChanges,
    (n) => n === 0,
  );

const publish = (space: CreatedSpaceView, token = space.facilitatorSecret) =>
  server.request("POST", `/api/spaces/${space.id}/public-page`, { token });
const readPublic = (slug: string) => server.request("GET", `/api/public/${encodeURIComponent(slug)}`);

/**
 * A habitant's contribution and a partner's card, both promoted into one decided fiche with a budget, an indicator
 * and a pilot; a draft fiche beside it; a COPIL with its attendees and a signatory with their representative.
 */
async function workshop() {
  const space = await server.createSpace();
  const board = space.boards[0];
  if (!board) throw new Error("no board");
  const habitant = await server.join(space, "habitant", "Lou Habitante");
  const partner = await server.join(space, "partner", "Paul Partenaire");
  const { cardId } = await json<{ cardId: string }>(
    await server.request("POST", `/api/spaces/${space.id}/boards/${board.id}/contributions`, {
      token: habitant.participantToken,
      body: { kind: "besoin", title: HABITANT_CARD, body: HABITANT_BODY },
    }),
    201,
  );
  const partnerBoard = await connectClient(server.wsUrl, board.documentName, partner.participantToken);
  addCard(
    partnerBoard.doc,
    "partner-card",
    {
      kind: "piste",
      title: PARTNER_CARD,
      authorId: partner.participantId,
      authorName: "Paul Partenaire",
      authorRole: "partner",
    },
    1,
  );
  await settled(partnerBoard);
  partnerBoard.provider.destroy();

  const facilitatorBoard = await connectClient(server.wsUrl, board.documentName, space.facilitatorSecret);
  await waitFor(
    () => cardById(facilitatorBoard.doc, "partner-card"),
    (card) => card !== undefined,
  );
  addCard(facilitatorBoard.doc, "draft-source", { kind: "piste", title: DRAFT_FICHE, ...facilitator }, 1);
  for (const id of [cardId, "partner-card", "draft-source"]) setCardStatus(facilitatorBoard.doc, id, "agreed", 2);
  await settled(facilitatorBoard);
  facilitatorBoard.provider.destroy();

  const plan = await connectClient(server.wsUrl, space.plan.documentName, space.facilitatorSecret);
  addAxis(plan.doc, "axis", { title: "Accueillir les jeunes enfants" });
  await settled(plan);
  const promote = async (cardIds: string[], title: string) =>
    json<{ ficheId: string }>(
      await server.request("POST", `/api/spaces/${space.id}/plan/promotions`, {
        token: space.facilitatorSecret,
        body: { boardId: board.id, cardIds, target: { axisId: "axis", title } },
      }),
      201,
    );
  const { ficheId } = await promote([cardId, "partner-card"], "Crèche en horaires atypiques");
  await promote(["draft-source"], DRAFT_FICHE);
  await waitFor(
    () => listFiches(plan.doc).length,
    (n) => n === 2,
  );
  const decided = { status: "validee" as const, targetPublic: "Parents aux horaires décalés", years: [2023, 2022] };
  updateFiche(plan.doc, ficheId, { ...decided, pilot: "Mme Pilote" }, 3);
  // Validated, the fiche is described in the partners' words, in place of the cards' texts the promotion copied.
  const description = ficheDescription(plan.doc, ficheId);
  description?.delete(0, description.length);
  description?.insert(0, [paragraph(DESCRIPTION)]);
  setBudgetLine(plan.doc, ficheId, "line", {
    financer: { kind: "caf", label: "" },
    nature: "fonctionnement",
    dispositif: "prestation-de-service",
    year: 2022,
    amount: 48213,
  });
  setIndicator(plan.doc, ficheId, "ind", { label: "Places ouvertes", kind: "realisation", unit: "places", target: 12 });
  await settled(plan);
  plan.provider.destroy();

  await json(
    await server.request("POST", `/api/spaces/${space.id}/meetings`, {
      token: space.facilitatorSecret,
      body: {
        kind: "copil",
        date: "2022-03-10",
        title: "COPIL de validation du plan",
        attendees: [{ name: "Marie Signataire", organisation: "Caf 66" }],
        decisions: [{ kind: "validation-plan", text: "Plan validé à l'unanimité." }],
      },
    }),
    201,
  );
  await json(
    await server.request("PATCH", `/api/spaces/${space.id}`, {
      token: space.facilitatorSecret,
      body: {
        territory: { epci: { siren: "200049211", name: "CC Conflent Canigou" } },
        parties: [{ kind: "caf", name: "Caf des Pyrénées-Orientales", representative: { name: "Jean Directeur" } }],
      },
    }),
    200,
  );
  return { space, board, habitant, partner, cardId, ficheId };
}

describe("the public page « Ce que nous avons retenu »", () => {
  it("shows decided fiches with their habitants' card titles, and nothing of names, ids or governance", async () => {
    const { space, board, habitant, partner, cardId, ficheId } = await workshop();
    const { slug } = await json<{ slug: string }>(await publish(space), 201);
    expect(slug).not.toContain(space.id);
    expect(slug.length).toBeGreaterThanOrEqual(22);
    expect(await json(await publish(space), 201)).toEqual({ slug });
    expect(
      await json(
        await server.request("GET", `/api/spaces/${space.id}/public-page`, { token: habitant.participantToken }),
        200,
      ),
    ).toEqual({ slug });

    const response = await readPublic(slug);
    expect(response.headers.get("cache-control")).toMatch(/max-age=\d+/);
    const page = await json<PublicPage>(response, 200);
    expect(page).toEqual({
      name: "CdC Conflent-Canigou",
      territory: "CC Conflent Canigou",
      period: { start: 2021, end: 2025 },
      axes: [
        {
          title: "Accueillir les jeunes enfants",
          fiches: [
            {
              title: "Crèche en horaires atypiques",
              description: DESCRIPTION,
              targetPublic: "Parents aux horaires décalés",
              status: "validee",
              years: [2022, 2023],
              contributions: [HABITANT_CARD],
              // Years over that no bilan speaks of: the page does not say they are still planned.
              yearly: [
                { year: 2022, progress: "non-renseignee" },
                { year: 2023, progress: "non-renseignee" },
              ],
            },
          ],
        },
      ],
    });
    const serialized = JSON.stringify(page);
    const hidden = [
      "Lou Habitante",
      "Paul Partenaire",
      habitant.participantId,
      partner.participantId,
      space.id,
      board.id,
      cardId,
      ficheId,
      "Mme Pilote",
      DRAFT_FICHE,
      PARTNER_CARD,
      HABITANT_BODY,
      "48213",
      "Places ouvertes",
      "COPIL de validation",
      "Marie Signataire",
      "Plan validé",
      "Jean Directeur",
      "Caf des Pyrénées-Orientales",
    ];
    for (const text of hidden) expect(serialized).not.toContain(text);
  });

  it("lets only facilitators publish or unpublish, and answers 404 once unpublished", async () => {
    const space = await server.createSpace();
    const partner: JoinedView = await server.join(space, "partner", "Paul");
    const habitant: JoinedView = await server.join(space, "habitant", "Lou");
    for (const token of [partner.participantToken, habitant.participantToken]) {
      expect((await publish(space, token)).status).toBe(403);
      const refused = await server.request("DELETE", `/api/spaces/${space.id}/public-page`, { token });
      expect(refused.status).toBe(403);
    }
    expect((await server.request("POST", `/api/spaces/${space.id}/public-page`)).status).toBe(401);
    expect(
      await json(
        await server.request("GET", `/api/spaces/${space.id}/public-page`, { token: partner.participantToken }),
        200,
      ),
    ).toEqual({ slug: null });

    const { slug } = await json<{ slug: string }>(await publish(space), 201);
    expect(await json<PublicPage>(await readPublic(slug), 200)).toMatchObject({ axes: [] });
    const unpublished = await server.request("DELETE", `/api/spaces/${space.id}/public-page`, {
      token: space.facilitatorSecret,
    });
    expect(unpublished.status).toBe(204);
    expect(await json<{ error: string }>(await readPublic(slug), 404)).toEqual({
      error: expect.stringMatching(/n'est pas publiée/),
      code: "pageNotPublished",
    });
    expect((await readPublic(space.id)).status).toBe(404);

    const again = await json<{ slug: string }>(await publish(space), 201);
    expect(again.slug).not.toBe(slug);
    expect((await readPublic(slug)).status).toBe(404);
    expect((await readPublic(again.slug)).status).toBe(200);
  });

  it("drops a habitant's contribution once they asked to be forgotten", async () => {
    const { space, habitant } = await workshop();
    const { slug } = await json<{ slug: string }>(await publish(space), 201);
    expect((await json<PublicPage>(await readPublic(slug), 200)).axes[0]?.fiches[0]?.contributions).toEqual([
      HABITANT_CARD,
    ]);
    const erased = await server.request("DELETE", `/api/spaces/${space.id}/me`, { token: habitant.participantToken });
    expect(erased.status).toBeLessThan(300);
    const page = await json<PublicPage>(await readPublic(slug), 200);
    expect(page.axes[0]?.fiches[0]?.contributions).toEqual([]);
    expect(JSON.stringify(page)).not.toContain(HABITANT_BODY);
  });

  it("comes published with the demo: its decided fiches in plain words and their first year", async () => {
    const created = await server.request("POST", "/api/demo");
    expect(created.status).toBe(201);
    const demo = (await created.json()) as CreatedSpaceView;
    const status = await server.request("GET", `/api/spaces/${demo.id}/public-page`, { token: demo.facilitatorSecret });
    const { slug } = (await status.json()) as { slug: string };
    const read = await server.request("GET", `/api/public/${slug}`);
    expect(read.status).toBe(200);
    const page = (await read.json()) as PublicPage;
    expect(page.axes.flatMap((axis) => axis.fiches.map((fiche) => fiche.title))).toHaveLength(4);
    const summer = page.axes.flatMap((axis) => axis.fiches).find((fiche) => fiche.title.includes("itinérant"));
    // Its first summer ran; it runs until 2025: under way, as its badge says.
    expect(summer?.yearly).toContainEqual({ year: 2022, progress: "en-cours" });
    expect(summer?.description).toMatch(/de village en village/);
    // The note on illustrative amounts is for partners, in the plan's financing; habitants read what each action does.
    expect(JSON.stringify(page)).not.toMatch(/illustrati/i);
    const plan = await server.request("GET", `/api/spaces/${demo.id}/plan/export/docx`, {
      token: demo.facilitatorSecret,
    });
    expect(await docxText(plan)).toContain("Les montants des fiches actions sont illustratifs");
  });

  it("shows the demo's habitants' ideas under the fiches they fed, come through a moderated habitant link", async () => {
    const demo = await json<CreatedSpaceView>(await server.request("POST", "/api/demo"), 201);
    const facilitatorToken = { token: demo.facilitatorSecret };
    const { slug } = await json<{ slug: string }>(
      await server.request("GET", `/api/spaces/${demo.id}/public-page`, facilitatorToken),
      200,
    );
    const fiches = (await json<PublicPage>(await readPublic(slug), 200)).axes.flatMap((axis) => axis.fiches);
    const contributions = Object.fromEntries(fiches.map((fiche) => [fiche.title, fiche.contributions]));
    expect(contributions).toMatchObject({
      "Une crèche à vocation d'insertion professionnelle à Prades": ["Une place en crèche plus près d'Olette"],
      "Un accueil de loisirs itinérant l'été": [expect.stringMatching(/Prades .*sans voiture/)],
      "Un espace de vie sociale dans le haut Conflent": [expect.stringMatching(/entre parents/)],
    });
    // The fiches keep the partners' plain words: the habitants' own texts stay on their cards.
    const creche = fiches.find((fiche) => fiche.title.includes("crèche"));
    expect(creche?.description).toMatch(/^Une crèche à Prades .*retour au travail\.$/);
    expect(JSON.stringify(fiches)).not.toMatch(/18 mois|Sahorre|Léa|Yanis/);
    // Taken into the plan before its 2021 signature, as the demo's comités have it, not on the day the demo is made.
    const plan = await connectClient(server.wsUrl, demo.plan.documentName, demo.facilitatorSecret);
    await waitFor(
      () => listFiches(plan.doc).flatMap((fiche) => fiche.sources),
      (sources) => sources.length === 3,
    );
    const promotedOn = listFiches(plan.doc).flatMap((fiche) => fiche.sources.map((source) => source.promotedAt));
    plan.provider.destroy();
    expect(promotedOn.map((time) => new Date(time).toISOString().slice(0, 10))).toEqual([
      "2021-11-15",
      "2021-11-15",
      "2021-11-15",
    ]);

    // They came in as any habitant's do: joined through a moderated habitant link, accepted by the facilitator.
    const invitations = await json<InvitationView[]>(
      await server.request("GET", `/api/spaces/${demo.id}/invitations`, facilitatorToken),
      200,
    );
    expect(invitations).toContainEqual(expect.objectContaining({ role: "habitant", moderated: true, uses: 3 }));
    const participants = await json<ParticipantView[]>(
      await server.request("GET", `/api/spaces/${demo.id}/participants`, facilitatorToken),
      200,
    );
    expect(participants.filter((participant) => participant.role === "habitant")).toHaveLength(3);
    for (const board of demo.boards) {
      const pending = await server.request(
        "GET",
        `/api/spaces/${demo.id}/boards/${board.id}/pending`,
        facilitatorToken,
      );
      expect(await json(pending, 200)).toEqual([]);
    }
  });

  it("limits reads from one address as joins are", async () => {
    const throttled = await startTestServer(undefined, { JOIN_RATE_PER_MINUTE: "2" });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await fetch(`${throttled.url}/api/public/unknown-slug`)).status);
      expect(statuses).toEqual([404, 404, 429]);
    } finally {
      await throttled.close();
    }
  });
});
