import {
  addCard,
  type CreatedSpaceView,
  FACILITATOR_PARTICIPANT_ID,
  type InvitedRole,
  type JoinedView,
  listCards,
} from "@atelier/shared";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type ChildServer, createSpaceOver, spawnServer } from "./support/child-server.ts";
import { type CollabClient, connectClient, waitFor } from "./support/collab-client.ts";
import { freshDataDir } from "./support/test-server.ts";

const FACILITATOR = { authorId: FACILITATOR_PARTICIPANT_ID, authorName: "Anne", authorRole: "facilitator" } as const;
const REDIS = { REDIS_URL: process.env.ATELIER_TEST_REDIS_URL ?? "redis://127.0.0.1:6379" };

const clients: CollabClient[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.provider.destroy();
});

type Instance = Awaited<ReturnType<typeof instance>>;

async function instance(dataDir: string) {
  const child: ChildServer = await spawnServer(dataDir, REDIS);
  const request = (method: string, path: string, token: string | null, body?: unknown) =>
    fetch(`http://127.0.0.1:${child.port}${path}`, {
      method,
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  return { child, request, ws: `ws://127.0.0.1:${child.port}/collab` };
}

async function connect(wsUrl: string, name: string, token: string) {
  const client = await connectClient(wsUrl, name, token);
  clients.push(client);
  return client;
}

/** Invites through one instance, then joins through that link; also returns the link's id. */
async function join(on: Instance, space: CreatedSpaceView, role: InvitedRole, displayName: string) {
  const invited = await on.request("POST", `/api/spaces/${space.id}/invitations`, space.facilitatorSecret, {
    role,
    label: `Lien ${displayName}`,
  });
  const { id, token } = (await invited.json()) as { id: string; token: string };
  const joined = await on.request("POST", "/api/join", null, { token, displayName });
  return { invitationId: id, ...((await joined.json()) as JoinedView) };
}

/** Waits until the instance has applied that many events of the space from another instance (it logs each). */
function eventsApplied(on: Instance, space: CreatedSpaceView, count: number) {
  return waitFor(
    () =>
      on.child
        .output()
        .split("\n")
        .filter((line) => line.includes("space event applied") && line.includes(space.id)).length,
    (applied) => applied >= count,
  );
}

/** Whether a write the client sends is left unacknowledged: the server refused it (a read-only socket). */
async function writeRefused(client: CollabClient, title: string, partner: JoinedView) {
  const reply = new Promise((resolve) => client.provider.on("message", resolve));
  addCard(client.doc, title, { kind: "constat", title, ...authorOf(partner) }, 1);
  await reply;
  return client.provider.unsyncedChanges > 0;
}

/** A card written by one client and seen by another: both sockets still carried it, nothing closed them meanwhile. */
async function roundTrip(from: CollabClient, to: CollabClient, id: string) {
  addCard(from.doc, id, { kind: "constat", title: id, ...FACILITATOR }, 1);
  await waitFor(
    () => listCards(to.doc).map((card) => card.id),
    (ids) => ids.includes(id),
  );
}

function authorOf(partner: JoinedView) {
  return { authorId: partner.participantId, authorName: partner.displayName ?? "", authorRole: "partner" } as const;
}

// Several instances share a database and Redis: this runs in the PostgreSQL project, as scale-out.test.ts does.
describe.runIf(process.env.ATELIER_TEST_DATABASE_URL)("space events over Redis", () => {
  // Two instances over one database and one Redis, for every test (each in a space of its own): they start slowly.
  let a: Instance;
  let b: Instance;
  beforeAll(async () => {
    const dataDir = freshDataDir();
    [a, b] = [await instance(dataDir), await instance(dataDir)];
  }, 60_000);
  afterAll(async () => {
    for (const on of [a, b]) {
      on?.child.process.kill("SIGKILL");
      await on?.child.exited;
    }
  });

  it("archiving on one instance makes the board read-only on the other, and restoring writable again", async () => {
    const space = await createSpaceOver(a.child.port);
    const board = space.boards[1];
    const partner = await join(a, space, "partner", "Karim");
    const onB = await connect(b.ws, board?.documentName as string, partner.participantToken);
    // A second socket that stays silent while archived (the refused write leaves the first one out of step).
    const quietOnB = await connect(b.ws, board?.documentName as string, partner.participantToken);
    const archive = (archived: boolean) =>
      a.request("PATCH", `/api/spaces/${space.id}/boards/${board?.id}`, space.facilitatorSecret, { archived });

    expect((await archive(true)).status).toBe(200);
    await eventsApplied(b, space, 1);
    expect(await writeRefused(onB, "Écrit sur B après l'archivage", partner)).toBe(true);
    const checkOnA = await connect(a.ws, board?.documentName as string, space.facilitatorSecret);
    const checkOnB = await connect(b.ws, board?.documentName as string, space.facilitatorSecret);
    expect([listCards(checkOnA.doc), listCards(checkOnB.doc)]).toEqual([[], []]);

    expect((await archive(false)).status).toBe(200);
    await eventsApplied(b, space, 2);
    addCard(quietOnB.doc, "restored", { kind: "constat", title: "Après la restauration", ...authorOf(partner) }, 1);
    await waitFor(
      () => listCards(checkOnA.doc).map((card) => card.id),
      (ids) => ids.includes("restored"),
    );
  });

  it("revoking a link on one instance closes its sockets on the other with 4401 and the reason, and only them", async () => {
    const space = await createSpaceOver(a.child.port);
    const board = space.boards[0]?.documentName as string;
    const revoked = await join(a, space, "partner", "Samia");
    const kept = await join(a, space, "partner", "Karim");
    const revokedOnB = await connect(b.ws, board, revoked.participantToken);
    const keptOnB = await connect(b.ws, board, kept.participantToken);
    const facilitatorOnB = await connect(b.ws, board, space.facilitatorSecret);

    const response = await a.request(
      "DELETE",
      `/api/spaces/${space.id}/invitations/${revoked.invitationId}`,
      space.facilitatorSecret,
    );
    expect(response.status).toBe(200);
    await waitFor(
      () => revokedOnB.closeCodes,
      (codes) => codes.includes(4401),
    );
    expect(revokedOnB.closeReasons).toContain("Votre lien d'invitation a été révoqué par l'animateur.");
    await eventsApplied(b, space, 1);
    await roundTrip(facilitatorOnB, keptOnB, "after");
    expect([keptOnB.closeCodes, facilitatorOnB.closeCodes]).toEqual([[], []]);
  });

  it("renewing the facilitator secret on one instance closes the old secret's sockets on the other", async () => {
    const space = await createSpaceOver(a.child.port);
    const board = space.boards[0]?.documentName as string;
    const partner = await join(a, space, "partner", "Karim");
    const oldSecretOnB = await connect(b.ws, board, space.facilitatorSecret);
    const partnerOnB = await connect(b.ws, board, partner.participantToken);

    const response = await a.request("POST", `/api/spaces/${space.id}/facilitator-secret`, space.facilitatorSecret);
    expect(response.status).toBe(201);
    const { facilitatorSecret } = (await response.json()) as { facilitatorSecret: string };
    await waitFor(
      () => oldSecretOnB.closeCodes,
      (codes) => codes.includes(4401),
    );
    expect(oldSecretOnB.closeReasons).toContain(
      "Le secret d'animation de cet espace a été renouvelé : utilisez le nouveau lien.",
    );
    await eventsApplied(b, space, 1);
    await roundTrip(await connect(b.ws, board, facilitatorSecret), partnerOnB, "after");
    expect(partnerOnB.closeCodes).toEqual([]);
  });

  it("erasing a participant on one instance closes their sockets on the other, and only theirs", async () => {
    const space = await createSpaceOver(a.child.port);
    const board = space.boards[0]?.documentName as string;
    const erased = await join(a, space, "partner", "Samia");
    const other = await join(a, space, "partner", "Karim");
    const erasedOnB = await connect(b.ws, board, erased.participantToken);
    const plan = await connect(b.ws, space.plan.documentName, erased.participantToken);
    const otherOnB = await connect(b.ws, board, other.participantToken);
    const facilitatorOnB = await connect(b.ws, board, space.facilitatorSecret);

    // Their sockets are closed at once; the answer comes once their cards are erased from every board.
    const response = a.request(
      "DELETE",
      `/api/spaces/${space.id}/participants/${erased.participantId}`,
      space.facilitatorSecret,
    );
    for (const client of [erasedOnB, plan]) {
      await waitFor(
        () => client.closeCodes,
        (codes) => codes.includes(4401),
      );
      expect(client.closeReasons).toContain("Votre participation a été effacée de cet espace.");
    }
    await eventsApplied(b, space, 1);
    await roundTrip(facilitatorOnB, otherOnB, "after");
    expect([otherOnB.closeCodes, facilitatorOnB.closeCodes]).toEqual([[], []]);
    expect((await response).status).toBe(200);
    // Erasing takes every board of the space over on the first instance, through Redis, one after the other.
  }, 40_000);
});
