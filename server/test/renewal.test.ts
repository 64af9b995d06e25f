import {
  type BoardView,
  type CreatedSpaceView,
  type IndicatorView,
  type InvitationView,
  listCards,
  listFiches,
  type Meeting,
  type ParticipantView,
  type RefusalCode,
  type RefusalParams,
  type SpaceArchive,
  type SpaceView,
  type TerritoryService,
} from "@atelier/shared";
import { beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { SpaceRecord } from "../src/store/space-store.ts";
import { errorOf, json } from "./support/http-json.ts";
import { openTestStore } from "./support/storage.ts";
import { freshDataDir } from "./support/test-server.ts";
import { useTestServer } from "./support/use-test-server.ts";

const server = useTestServer();

const NEXT = { name: "CTG Conflent-Canigou 2026-2030", period: { start: 2026, end: 2030 } };

const as = (space: CreatedSpaceView) => ({
  get: <T>(path: string, token = space.facilitatorSecret) =>
    server.request("GET", `/api/spaces/${space.id}${path}`, { token }).then((response) => json<T>(response)),
  send: (method: string, path: string, body?: unknown, token: string | undefined = space.facilitatorSecret) =>
    server.request(method, `/api/spaces/${space.id}${path}`, { token, body }),
});

/** As the space's facilitator unless another token is given ("" for none). */
const renew = (space: CreatedSpaceView, body: unknown = NEXT, token = space.facilitatorSecret) =>
  as(space).send("POST", "/renewal", body, token);

async function refusalOf(response: Response, status: number) {
  const body = await json<{ error: string; code: RefusalCode; params?: RefusalParams }>(response, status);
  return body;
}

const decoded = (state: string) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(state, "base64"));
  return doc;
};

/** Everything a space holds, as its archive carries it. */
async function archiveOf(space: CreatedSpaceView): Promise<SpaceArchive> {
  const response = await as(space).send("GET", "/archive?pseudonyms=1");
  expect(response.status).toBe(200);
  return JSON.parse(await response.text()) as SpaceArchive;
}

/** A figure or a service as it reads, whatever space it is stored in. */
const figure = ({ id: _, ...rest }: IndicatorView) => rest;
const service = ({ id: _, updatedAt: __, ...rest }: TerritoryService) => rest;
const theme = ({ theme, description, archived }: BoardView) => ({ theme, description, archived });

describe("preparing the next convention", () => {
  let demo: CreatedSpaceView;
  let next: CreatedSpaceView;
  let archivedTheme: string;

  beforeAll(async () => {
    demo = await json<CreatedSpaceView>(await server.request("POST", "/api/demo"), 201);
    // The facilitator let one default theme go and added one of the territory's own.
    const dropped = demo.boards[1] as BoardView;
    archivedTheme = dropped.theme;
    await json(await as(demo).send("PATCH", `/boards/${dropped.id}`, { archived: true }));
    await json(
      await as(demo).send("POST", "/boards", { theme: "Mobilité", description: "Se déplacer sans voiture" }),
      201,
    );
    // Its communes, which the demo leaves out, and the day each party signed the convention.
    const communes = [
      { insee: "66149", name: "Prades", population: 6_203 },
      { insee: "66223", name: "Vernet-les-Bains", population: 1_390 },
    ];
    const parties = demo.parties.map((party) => ({ ...party, signedOn: "2021-12-14" }));
    expect(parties.length).toBeGreaterThan(1);
    await json(await as(demo).send("PATCH", "", { territory: { communes }, parties }));
    // A partner joined the demo: participants and invitations stay with it.
    await server.join(demo, "partner", "Camille Roux");
    next = await json<CreatedSpaceView>(await renew(demo), 201);
  });

  it("answers a new space with its own facilitator secret, shown once", async () => {
    expect(next.id).not.toBe(demo.id);
    expect(next.facilitatorSecret).toBeTruthy();
    expect(next.facilitatorSecret).not.toBe(demo.facilitatorSecret);
    expect(next).toMatchObject({ name: NEXT.name, period: NEXT.period });
    const fetched = await as(next).get<SpaceView>("");
    expect(fetched).not.toHaveProperty("facilitatorSecret");
    expect(fetched).toEqual(Object.fromEntries(Object.entries(next).filter(([key]) => key !== "facilitatorSecret")));
    // The previous secret does not open the new space.
    expect((await as(next).send("GET", "/participants", undefined, demo.facilitatorSecret)).status).toBe(401);
  });

  it("carries over the territory, the signatories (none signed yet) and the active thematic groups, empty", async () => {
    const previous = await as(demo).get<SpaceView>("");
    expect(previous.territory.epci).not.toBeNull();
    expect(previous.territory.communes).toHaveLength(2);
    expect(next.territory).toEqual(previous.territory);
    expect(previous.parties.every((party) => party.signedOn === "2021-12-14")).toBe(true);
    expect(next.parties).toEqual(previous.parties.map(({ signedOn: _, ...party }) => party));
    expect(next.parties.some((party) => party.signedOn)).toBe(false);

    const active = previous.boards.filter((board) => !board.archived);
    expect(next.boards.map(theme)).toEqual(active.map(theme));
    expect(next.boards.map((board) => board.theme)).toContain("Mobilité");
    expect(next.boards.map((board) => board.theme)).not.toContain(archivedTheme);
    const previousIds = new Set(previous.boards.map((board) => board.id));
    expect(next.boards.some((board) => previousIds.has(board.id))).toBe(false);
    for (const board of next.boards) expect(board.documentName).toBe(`space/${next.id}/board/${board.id}`);
  });

  it("copies the imported figures and the services of the territory under new ids", async () => {
    const figures = await as(demo).get<IndicatorView[]>("/indicators");
    const copied = await as(next).get<IndicatorView[]>("/indicators");
    expect(figures.length).toBeGreaterThan(0);
    expect(copied.map(figure)).toEqual(figures.map(figure));
    const figureIds = new Set(figures.map((indicator) => indicator.id));
    expect(copied.some((indicator) => figureIds.has(indicator.id))).toBe(false);

    const services = await as(demo).get<TerritoryService[]>("/services");
    const carried = await as(next).get<TerritoryService[]>("/services");
    expect(services.length).toBeGreaterThan(0);
    expect(carried.map(service)).toEqual(services.map(service));
    const serviceIds = new Set(services.map((existing) => existing.id));
    expect(carried.some((existing) => serviceIds.has(existing.id))).toBe(false);
  });

  it("leaves the cards, the plan, the meetings, the bilans, the participants and the invitations behind", async () => {
    const [before, after] = [await archiveOf(demo), await archiveOf(next)];
    // The demo had each of them, so their absence is the renewal's doing.
    expect(before.boards.flatMap((board) => listCards(decoded(board.state))).length).toBeGreaterThan(0);
    expect(listFiches(decoded(before.plan.state)).length).toBeGreaterThan(0);
    expect(before.meetings.length).toBeGreaterThan(0);
    expect(before.bilan.entries.length).toBeGreaterThan(0);
    expect(before.signatures.length).toBeGreaterThan(0);

    expect(after.boards.map((board) => listCards(decoded(board.state)))).toEqual(after.boards.map(() => []));
    expect(listFiches(decoded(after.plan.state))).toEqual([]);
    expect(after).toMatchObject({
      planVersions: [],
      signatures: [],
      meetings: [],
      demarche: { planning: {}, reopenings: [] },
      bilan: { entries: [], impacts: [] },
      satisfaction: [],
    });
    expect(await as(next).get<Meeting[]>("/meetings")).toEqual([]);
    expect(await as(next).get<ParticipantView[]>("/participants")).toEqual([]);
    expect(await as(next).get<InvitationView[]>("/invitations")).toEqual([]);
    expect((await as(demo).get<ParticipantView[]>("/participants")).length).toBeGreaterThan(0);
  });

  it("links the two conventions, for those who may read the plan", async () => {
    expect(next.previous).toEqual({ id: demo.id, name: demo.name, period: demo.period });
    expect(next.next).toBeNull();
    expect((await as(next).get<SpaceView>("")).previous).toEqual(next.previous);
    const previous = await as(demo).get<SpaceView>("");
    expect(previous.previous).toBeNull();
    expect(previous.next).toEqual({ id: next.id, name: NEXT.name, period: NEXT.period });

    const partner = await server.join(demo, "partner", "Louise Martin");
    expect((await as(demo).get<SpaceView>("", partner.participantToken)).next).toEqual(previous.next);
    // Anyone with the space's id reads its boards, not where the other convention is.
    const anonymous = await json<SpaceView>(await server.request("GET", `/api/spaces/${demo.id}`));
    expect(anonymous).toMatchObject({ previous: null, next: null, parties: [] });
    const habitant = await server.join(demo, "habitant", "Nour");
    expect(await as(demo).get<SpaceView>("", habitant.participantToken)).toMatchObject({ previous: null, next: null });
  });

  it("refuses a second next convention while the first exists (409), naming it", async () => {
    const again = await refusalOf(await renew(demo, { name: "Encore une", period: { start: 2027, end: 2031 } }), 409);
    expect(again).toEqual({
      error: `Cette convention a déjà sa convention suivante, « ${NEXT.name} » : préparez-la dans son espace.`,
      code: "alreadyRenewed",
      params: { name: NEXT.name },
    });
    // The next convention may itself be followed, in its turn.
    const third = await json<CreatedSpaceView>(
      await renew(next, { name: "CTG 2031-2035", period: { start: 2031, end: 2035 } }),
      201,
    );
    expect(third.previous).toEqual({ id: next.id, name: NEXT.name, period: NEXT.period });
    expect((await as(next).get<SpaceView>("")).next).toMatchObject({ id: third.id });
  });
});

describe("refusals", () => {
  it("is for the space's facilitators only (401 without a token, 403 for a partner)", async () => {
    const space = await server.createSpace();
    const partner = await server.join(space, "partner", "Camille");
    expect(await refusalOf(await renew(space, NEXT, ""), 401)).toMatchObject({ code: "authenticationRequired" });
    expect(await refusalOf(await renew(space, NEXT, partner.participantToken), 403)).toMatchObject({
      code: "facilitatorOnly",
    });
    expect((await as(space).get<SpaceView>("")).next).toBeNull();
  });

  it("refuses a period that does not start after the previous one ends (400), and one over five years", async () => {
    const space = await server.createSpace();
    for (const start of [2021, 2024, 2025]) {
      const overlap = await refusalOf(await renew(space, { name: "Suivante", period: { start, end: start + 4 } }), 400);
      expect(overlap).toEqual({
        error: `La convention suivante commence après la fin de celle-ci, en 2025 : ${start} est trop tôt.`,
        code: "renewalPeriodOverlaps",
        params: { start, end: 2025 },
      });
    }
    expect(await errorOf(await renew(space, { name: "Suivante", period: { start: 2026, end: 2031 } }), 400)).toBe(
      "period : Une convention dure au plus 5 ans : commencée en 2026, elle s'achève au plus tard en 2030.",
    );
    expect(await errorOf(await renew(space, { name: " ", period: { start: 2026, end: 2030 } }), 400)).toMatch(
      /^name : /,
    );
    expect(await errorOf(await renew(space, { period: { start: 2026, end: 2030 } }), 400)).toMatch(/^name : /);
    expect(await errorOf(await renew(space, [2026, 2030]), 400)).toBe(
      "La convention suivante doit être un objet { name, period }.",
    );
    expect((await as(space).get<SpaceView>("")).next).toBeNull();
    // A gap between the two is the partners' choice.
    expect((await renew(space, { name: "Suivante", period: { start: 2027, end: 2031 } })).status).toBe(201);
  });

  it("lets only one of two requests sent at once prepare the next convention", async () => {
    const space = await server.createSpace();
    const answers = await Promise.all([
      renew(space, { name: "Première", period: { start: 2026, end: 2030 } }),
      renew(space, { name: "Seconde", period: { start: 2026, end: 2030 } }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    const created = (await (answers.find((answer) => answer.status === 201) as Response).json()) as CreatedSpaceView;
    expect((await as(space).get<SpaceView>("")).next).toMatchObject({ id: created.id, name: created.name });
  });

  it("is held by the store itself: a second space is not linked as following the same one", async () => {
    const store = await openTestStore(freshDataDir());
    try {
      const record = (id: string, periodStart: number): SpaceRecord => ({
        id,
        name: id,
        periodStart,
        periodEnd: periodStart + 4,
        territory: { epci: null, communes: [] },
        parties: [],
        facilitatorSecretHash: "sans objet",
        createdAt: Date.now(),
      });
      await store.spaces.create(record("ctg-2021", 2021), []);
      const board = { spaceId: "ctg-2026", theme: "Petite enfance", description: "", position: 0, archived: false };
      await store.spaces.create(record("ctg-2026", 2026), [{ ...board, id: "b1", createdAt: 1 }]);
      await store.spaces.create(record("ctg-2026-bis", 2026), []);
      // Both linked at once, as two requests past the service's own check would be.
      const linked = await Promise.all([
        store.spaces.linkFollowing("ctg-2021", "ctg-2026"),
        store.spaces.linkFollowing("ctg-2021", "ctg-2026-bis"),
      ]);
      expect(linked).toEqual([true, false]);
      expect((await store.spaces.conventionLinks("ctg-2026-bis")).previous).toBeNull();
      expect(await store.spaces.conventionLinks("ctg-2021")).toEqual({
        previous: null,
        next: { id: "ctg-2026", name: "ctg-2026", period: { start: 2026, end: 2030 } },
      });
      // Spaces that follow none are never alike.
      await store.spaces.create(record("ctg-autre", 2021), []);
      expect((await store.spaces.conventionLinks("ctg-autre")).previous).toBeNull();
      // Deleting the previous space leaves the next one, unlinked, and the link free again.
      await store.spaces.delete("ctg-2021");
      expect(await store.spaces.conventionLinks("ctg-2026")).toEqual({ previous: null, next: null });
      expect((await store.spaces.listBoards("ctg-2026")).map((b) => b.id)).toEqual(["b1"]);
    } finally {
      await store.close();
    }
  });

  it("answers 404 for a space that does not exist", async () => {
    const space = await server.createSpace();
    const response = await server.request("POST", "/api/spaces/nowhere/renewal", {
      token: space.facilitatorSecret,
      body: NEXT,
    });
    expect(await refusalOf(response, 404)).toMatchObject({ code: "spaceNotFound" });
  });
});
