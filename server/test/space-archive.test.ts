import {
  type ArchivedBoard,
  type BoardFirstScreen,
  type BoardView,
  boardFirstScreen,
  type Card,
  type CreatedSpaceView,
  cardBody,
  citeOnCard,
  type JoinedView,
  listCards,
  listClusters,
  listFiches,
  type OpenedSatisfactionView,
  type SpaceArchive,
  serviceCitationOf,
  setCardStatus,
  type TerritoryService,
  type YearBilan,
} from "@atelier/shared";
import { beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { importSpaceArchive, readSpaceArchive } from "../src/archive/space-archive-import.ts";
import { hashSecret } from "../src/spaces/secrets.ts";
import { SpaceService } from "../src/spaces/space-service.ts";
import type { SqlExecutor } from "../src/store/sql-database.ts";
import type { SqlStore } from "../src/store/sql-store.ts";
import { connectClient, waitFor } from "./support/collab-client.ts";
import { json } from "./support/http-json.ts";
import { openTestStore } from "./support/storage.ts";
import { freshDataDir } from "./support/test-server.ts";
import { useTestServer } from "./support/use-test-server.ts";

const server = useTestServer();

const get = <T>(space: CreatedSpaceView, path: string) =>
  server
    .request("GET", `/api/spaces/${space.id}${path}`, { token: space.facilitatorSecret })
    .then((r) => json<T>(r, 200));

async function exportArchive(space: CreatedSpaceView, query = ""): Promise<{ text: string; archive: SpaceArchive }> {
  const response = await server.request("GET", `/api/spaces/${space.id}/archive${query}`, {
    token: space.facilitatorSecret,
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-disposition")).toBe(
    'attachment; filename="ctg-exemple-cdc-conflent-canigou-donnees-2019-archive.json"',
  );
  const text = await response.text();
  return { text, archive: JSON.parse(text) as SpaceArchive };
}

const importArchive = (body: string) => server.request("POST", "/api/spaces/import", { rawBody: body });

const decoded = (state: string) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(state, "base64"));
  return doc;
};

/** What a board shows, as a client reads it from its document: cards (with their body's text), clusters. */
const boardContent = (doc: Y.Doc) => ({
  cards: listCards(doc).map((card: Card) => ({ ...card, body: cardBody(doc, card.id)?.toString() })),
  clusters: listClusters(doc),
});

/**
 * Each id of `from` paired with the one at the same place in `to` (both archives list in a stable order), so that
 * two views can be compared once `from`'s ids are written as `to`'s.
 */
function idPairs(from: SpaceArchive, to: SpaceArchive, fromSpace: string, toSpace: string): [string, string][] {
  const lists = (archive: SpaceArchive) => [
    archive.boards,
    archive.meetings,
    archive.planVersions,
    archive.signatures,
    archive.indicators,
    archive.territoryServices,
    archive.demarche.reopenings,
  ];
  const pairs: [string, string][] = [[fromSpace, toSpace]];
  lists(from).forEach((items, list) => {
    const other = lists(to)[list] as { id: string }[];
    expect(other).toHaveLength(items.length);
    for (const [index, item] of items.entries()) pairs.push([item.id, (other[index] as { id: string }).id]);
  });
  return pairs;
}

/**
 * The value with `from`'s ids written as `to`'s, where a whole string is one: ids inside documents (cards, fiches)
 * are kept by an import, even a fiche's that was drawn from its board's id.
 */
function withIds(value: unknown, pairs: [string, string][]): unknown {
  let text = JSON.stringify(value);
  for (const [from, to] of pairs) text = text.replaceAll(`"${from}"`, `"${to}"`);
  return JSON.parse(text);
}

/** The archive as a reader sees it: documents read, the time of export left out. */
function readable(archive: SpaceArchive) {
  const { exportedAt: _, boards, plan, planVersions, ...records } = archive;
  return {
    ...records,
    boards: boards.map(({ state, ...board }) => ({ ...board, content: boardContent(decoded(state)) })),
    plan: listFiches(decoded(plan.state)),
    planVersions: planVersions.map(({ state, ...version }) => ({ ...version, fiches: listFiches(decoded(state)) })),
  };
}

/** The demo space, with what the demo lacks: a habitant's card under a pseudonym, a cited service, answers. */
async function richDemo() {
  const demo = await json<CreatedSpaceView>(await server.request("POST", "/api/demo"), 201);
  const [board] = demo.boards as [BoardView];
  const habitant = await server.join(demo, "habitant", "Camille Pseudo");
  await json(
    await server.request("POST", `/api/spaces/${demo.id}/boards/${board.id}/contributions`, {
      token: habitant.participantToken,
      body: { kind: "besoin", title: "Une halte-garderie le samedi" },
    }),
    201,
  );
  const service = await json<TerritoryService>(
    await server.request("POST", `/api/spaces/${demo.id}/services`, {
      token: demo.facilitatorSecret,
      body: { kind: "eaje", name: "Crèche Les Pitchouns", capacity: 24 },
    }),
    201,
  );
  const client = await connectClient(server.wsUrl, board.documentName, demo.facilitatorSecret);
  const cited = listCards(client.doc).find((card) => !card.citation) as Card;
  citeOnCard(client.doc, cited.id, serviceCitationOf(service), Date.now());
  setCardStatus(client.doc, cited.id, "agreed", Date.now());
  await waitFor(
    () => client.provider.unsyncedChanges,
    (n) => n === 0,
  );
  client.provider.destroy();
  // A fiche sourced from that card, frozen in a version after the signed one (an avenant).
  const facilitator = (method: string, path: string, body: unknown) =>
    server.request(method, `/api/spaces/${demo.id}${path}`, { token: demo.facilitatorSecret, body });
  const { ficheId } = await json<{ ficheId: string }>(
    await facilitator("POST", "/plan/promotions", {
      boardId: board.id,
      cardIds: [cited.id],
      target: { axisId: null, title: "Accueil des tout-petits" },
    }),
    201,
  );
  await json(await facilitator("POST", "/plan/versions", { label: "Avenant n°1" }), 201);
  // Spending to the cent, which the demo's round amounts do not have: the archive must keep the cents.
  await json(await facilitator("PUT", `/bilan/2022/fiches/${ficheId}`, { progress: "en-cours", spent: 1_250.4 }));
  const opened = await json<OpenedSatisfactionView>(
    await server.request("POST", `/api/spaces/${demo.id}/satisfaction/2022`, { token: demo.facilitatorSecret }),
    201,
  );
  await json(
    await server.request("POST", `/api/satisfaction/${opened.token}/answers`, {
      body: { scores: { gouvernance: 4 }, comment: "Des comités utiles." },
    }),
    201,
  );
  const partner = await server.join(demo, "partner", "Dominique Partenaire");
  return { demo, habitant, partner, satisfactionToken: opened.token };
}

describe("a space's archive", () => {
  let demo: CreatedSpaceView;
  let habitant: JoinedView;
  let partner: JoinedView;
  let satisfactionToken: string;
  let first: { text: string; archive: SpaceArchive };
  let imported: CreatedSpaceView;

  beforeAll(async () => {
    ({ demo, habitant, partner, satisfactionToken } = await richDemo());
    first = await exportArchive(demo);
    imported = await json<CreatedSpaceView>(await importArchive(first.text), 201);
  });

  it("holds no secret, hash, token nor pseudonym unless asked, and only facilitators download it", async () => {
    const { text, archive } = first;
    for (const secret of [
      demo.facilitatorSecret,
      habitant.participantToken,
      partner.participantToken,
      satisfactionToken,
    ]) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(hashSecret(secret));
    }
    expect(archive.participants).toBeUndefined();
    const states = archive.boards.map((board) => Buffer.from(board.state, "base64"));
    expect(states.some((state) => state.includes("Camille Pseudo"))).toBe(false);
    const signed = archive.boards.flatMap((board) => listCards(decoded(board.state)));
    expect(signed.find((card) => card.title === "Une halte-garderie le samedi")?.authorName).toBe("Habitant·e");
    expect(signed.filter((card) => card.authorRole === "facilitator").map((card) => card.authorName)).toContain(
      "Animateur·rice",
    );
    expect(signed.every((card) => card.authorId === "facilitator" || card.authorId.startsWith("auteur-"))).toBe(true);

    const kept = (await exportArchive(demo, "?pseudonyms=1")).archive;
    const keptCards = kept.boards.flatMap((board) => listCards(decoded(board.state)));
    expect(keptCards.find((card) => card.title === "Une halte-garderie le samedi")?.authorName).toBe("Camille Pseudo");
    // The demo's own habitants, joined through its habitant link, are participants too.
    expect(kept.participants?.map((participant) => participant.displayName).sort()).toEqual([
      "Camille Pseudo",
      "Dominique Partenaire",
      "Josette",
      "Léa",
      "Yanis",
    ]);

    const refused = await server.request("GET", `/api/spaces/${demo.id}/archive`, { token: partner.participantToken });
    expect(refused.status).toBe(403);
  });

  it("opens an imported board on its first screen before anyone has opened the board", async () => {
    const index = first.archive.boards.findIndex((board) => listCards(decoded(board.state)).length > 0);
    const board = imported.boards[index];
    const source = first.archive.boards[index];
    if (!board || !source) throw new Error("a board with cards expected");
    const screen = await json<BoardFirstScreen>(
      await server.request("GET", `/api/spaces/${imported.id}/boards/${board.id}/first-screen`, {
        token: imported.facilitatorSecret,
      }),
      200,
    );
    const titles = (shown: BoardFirstScreen) => [
      shown.loose.cards.map((card) => card.title),
      ...shown.clusters.map((lane) => [lane.cluster.name, lane.total, ...lane.cards.map((card) => card.title)]),
    ];
    expect(titles(screen)).toEqual(titles(boardFirstScreen(decoded(source.state))));
    expect(screen.clusters.length + screen.loose.total).toBeGreaterThan(0);
  });

  it("imports into a new space with new ids and the same content, the original untouched", async () => {
    expect(imported.id).not.toBe(demo.id);
    expect(imported.facilitatorSecret).not.toBe(demo.facilitatorSecret);
    expect(imported.name).toBe(demo.name);
    expect(imported.territory).toEqual(demo.territory);
    const oldBoards = new Set(demo.boards.map((board) => board.id));
    expect(imported.boards.map((board) => board.theme)).toEqual(demo.boards.map((board) => board.theme));
    expect(imported.boards.some((board) => oldBoards.has(board.id))).toBe(false);

    const again = (await exportArchive(imported)).archive;
    const pairs = idPairs(first.archive, again, demo.id, imported.id);
    for (const [from, to] of pairs) expect(to).not.toBe(from);

    // Cards by board, with their clusters and citations pointing at the new space's indicators and services.
    const figures = await get<{ id: string; label: string }[]>(imported, "/indicators");
    const services = await get<TerritoryService[]>(imported, "/services");
    for (const [index, board] of imported.boards.entries()) {
      const client = await connectClient(server.wsUrl, board.documentName, imported.facilitatorSecret);
      const source = decoded((first.archive.boards[index] as ArchivedBoard).state);
      expect(boardContent(client.doc)).toEqual(withIds(boardContent(source), pairs));
      for (const { citation } of listCards(client.doc)) {
        if (!citation) continue;
        if ("indicatorId" in citation) expect(figures.map((f) => f.id)).toContain(citation.indicatorId);
        else expect(services.map((s) => s.id)).toContain(citation.serviceId);
      }
      client.provider.destroy();
    }
    const cited = again.boards.flatMap((board) => listCards(decoded(board.state)));
    expect(cited.map((card) => card.citation).filter((citation) => citation && "serviceId" in citation)).toContainEqual(
      expect.objectContaining({ name: "Crèche Les Pitchouns" }),
    );
    expect(cited.filter((card) => card.citation && "indicatorId" in card.citation).length).toBeGreaterThan(3);

    // The plan's fiches, their sources on the new boards.
    const plan = await connectClient(server.wsUrl, imported.plan.documentName, imported.facilitatorSecret);
    const fiches = listFiches(plan.doc);
    plan.provider.destroy();
    expect(fiches).toEqual(withIds(listFiches(decoded(first.archive.plan.state)), pairs));
    const sources = fiches.flatMap((fiche) => fiche.sources);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(imported.boards.map((board) => board.id)).toContain(source.boardId);

    // Versions, compared with the signed one, the signature, meetings, démarche, indicators, bilan, satisfaction.
    const versions = await get<{ id: string; label: string }[]>(imported, "/plan/versions");
    expect(versions.length).toBeGreaterThan(0);
    const originalVersions = await get<{ id: string }[]>(demo, "/plan/versions");
    for (const [index, { id }] of originalVersions.entries()) {
      expect(await get(imported, `/plan/versions/${versions[index]?.id}/compare/signed`)).toEqual(
        await get(demo, `/plan/versions/${id}/compare/signed`),
      );
    }
    for (const path of ["/plan/signature", "/meetings", "/demarche", "/indicators", "/bilan/2022", "/satisfaction"]) {
      const original = await get(demo, path);
      expect(await get(imported, path), path).toEqual(withIds(original, pairs));
    }
    const { signature } = await get<{ signature: { versionId: string } | null }>(imported, "/plan/signature");
    expect(versions.map((version) => version.id)).toContain(signature?.versionId);
    const bilan = await get<YearBilan>(imported, "/bilan/2022");
    expect(bilan.counts["en-cours"]).toBeGreaterThan(0);
    // What the demo's fiches spent in 2022 (152 540 €) and the added fiche's 1 250,40 €, to the cent.
    expect(bilan.budget.spent).toBe(153_790.4);

    // The original is as it was, and a second export of the copy equals the first, but for its ids.
    const originalAgain = (await exportArchive(demo)).archive;
    expect(readable(originalAgain)).toEqual(readable(first.archive));
    expect(readable(again)).toEqual(withIds(readable(first.archive), pairs));
  });

  it("refuses a corrupted or foreign file with a reason, and creates nothing", async () => {
    const spacesBefore = await countSpaces();
    const broken = structuredClone(first.archive);
    (broken.boards[1] as ArchivedBoard).state = Buffer.from(
      "pas un état Yjs, mais assez long pour en avoir l'air",
    ).toString("base64");
    const cases: [string, RegExp][] = [
      ["{ pas du json", /JSON/],
      [JSON.stringify({ hello: "world" }), /format|archive/],
      [JSON.stringify({ ...first.archive, format: "autre-outil" }), /format inconnu/],
      [JSON.stringify({ ...first.archive, version: 99 }), /version/],
      [JSON.stringify(broken), /tableau « Enfance-Jeunesse » est illisible/],
      [
        JSON.stringify({ ...first.archive, signatures: [{ ...first.archive.signatures[0], versionId: "inconnue" }] }),
        /inconnue ne figure pas/,
      ],
    ];
    for (const [body, reason] of cases) {
      const refused = await importArchive(body);
      expect(refused.status, body.slice(0, 40)).toBe(400);
      expect(((await refused.json()) as { error: string }).error).toMatch(reason);
    }
    expect(await countSpaces()).toBe(spacesBefore);
  });
});

/** Rows of a table: the store has no listing of all spaces (nothing in the product needs one), so it is read directly. */
async function countRows(store: SqlStore, table: "spaces" | "document_snapshots"): Promise<number> {
  const { db } = store as unknown as { db: SqlExecutor };
  return Number((await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))?.n);
}

/** Counts the spaces the store holds, read beside the running server. */
async function countSpaces(): Promise<number> {
  const store = await openTestStore(server.dataDir);
  try {
    return await countRows(store, "spaces");
  } finally {
    await store.close();
  }
}

describe("an import the store fails half-way", () => {
  it("is undone: neither the space, its records nor its documents stay", async () => {
    const { text } = await exportArchive(await json<CreatedSpaceView>(await server.request("POST", "/api/demo"), 201));
    const read = readSpaceArchive(text);
    if (!read.ok) throw new Error(read.error);
    const store = await openTestStore(freshDataDir());
    try {
      // The signatures are written last: the space, its records and its documents are there when it fails.
      const failing = new Proxy(store, {
        get: (target, key, receiver) =>
          key === "signatures"
            ? { sign: () => Promise.reject(new Error("disque plein")) }
            : Reflect.get(target, key, receiver),
      });
      await expect(importSpaceArchive(failing, new SpaceService(failing), read.value)).rejects.toThrow("disque plein");
      expect(await countRows(store, "spaces")).toBe(0);
      expect(await countRows(store, "document_snapshots")).toBe(0);
    } finally {
      await store.close();
    }
  });
});
