import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CreatedJoinCodeView, CreatedSpaceView, JoinedView, JoinPreview, LiveJoinCodeView } from "@atelier/shared";
import { afterEach, describe, expect, it } from "vitest";
import { hashSecret, newId } from "../src/spaces/secrets.ts";
import { json } from "./support/http-json.ts";
import { openTestStore } from "./support/storage.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";
import { useTestServer } from "./support/use-test-server.ts";

const HOUR = 3_600_000;
const server = useTestServer();

async function invite(space: CreatedSpaceView, body: Record<string, unknown>, on: TestServer = server) {
  const response = await on.request("POST", `/api/spaces/${space.id}/invitations`, {
    token: space.facilitatorSecret,
    body,
  });
  return json<{ id: string; token: string }>(response, 201);
}

const createCode = (space: CreatedSpaceView, body: Record<string, unknown>, token = space.facilitatorSecret) =>
  server.request("POST", `/api/spaces/${space.id}/join-codes`, { token, body });

async function codeFor(space: CreatedSpaceView, body: Record<string, unknown>, on: TestServer = server) {
  const response = await on.request("POST", `/api/spaces/${space.id}/join-codes`, {
    token: space.facilitatorSecret,
    body,
  });
  return json<CreatedJoinCodeView>(response, 201);
}

/** As a habitant types it from the projector: lower case, without the dash. */
const typed = (code: string) => code.replace("-", "").toLowerCase();

const preview = (body: Record<string, unknown>, on: TestServer = server) =>
  on.request("POST", "/api/join/preview", { body });
const joinWith = (body: Record<string, unknown>, on: TestServer = server) => on.request("POST", "/api/join", { body });

/** A refusal's status, reason (for habitants) or code (for facilitators), and French message. */
async function refusal(response: Response) {
  const { error, reason, code } = (await response.json()) as { error: string; reason?: string; code?: string };
  return { status: response.status, reason, code, error };
}

const liveCodes = (space: CreatedSpaceView, token = space.facilitatorSecret) =>
  server.request("GET", `/api/spaces/${space.id}/join-codes`, { token });

describe("short codes for the projector", () => {
  it("open the invitation they stand for: same preview, same rights, same uses", async () => {
    const space = await server.createSpace();
    const [first, second] = space.boards;
    const link = await invite(space, {
      role: "habitant",
      label: "Réunion publique de Prades",
      boardIds: [first?.id, second?.id],
      kinds: ["besoin"],
      moderated: true,
      maxUses: 3,
    });
    const created = await codeFor(space, { token: link.token });
    expect(created.code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(created).toMatchObject({ invitationId: link.id, withdrawn: false });
    expect(created.expiresAt - created.createdAt).toBe(12 * HOUR);

    expect(await json<JoinPreview>(await preview({ code: typed(created.code) }))).toEqual(
      await json<JoinPreview>(await preview({ token: link.token })),
    );
    const byToken = await json<JoinedView>(await joinWith({ token: link.token, displayName: "Par le lien" }), 201);
    const byCode = await json<JoinedView>(
      await joinWith({ code: typed(created.code), displayName: "Par le code" }),
      201,
    );
    const rights = ({ spaceId, role, boardIds, kinds, moderated }: JoinedView) => ({
      spaceId,
      role,
      boardIds,
      kinds,
      moderated,
    });
    expect(rights(byCode)).toEqual(rights(byToken));
    expect(rights(byCode)).toEqual({
      spaceId: space.id,
      role: "habitant",
      boardIds: [first?.id, second?.id],
      kinds: ["besoin"],
      moderated: true,
    });
    const me = await server.request("GET", `/api/spaces/${space.id}/me`, { token: byCode.participantToken });
    expect(await json<{ displayName: string; role: string }>(me)).toMatchObject({
      displayName: "Par le code",
      role: "habitant",
    });
    // The code counts against the link's uses: three, whichever way people came in.
    await json(await joinWith({ code: created.code, displayName: "Troisième" }), 201);
    expect(await refusal(await joinWith({ code: created.code, displayName: "Quatrième" }))).toEqual({
      status: 410,
      reason: "usedUp",
      code: "codeUsedUp",
      error: "Ce code a déjà servi autant de fois que prévu.",
    });
    const invitations = await server.request("GET", `/api/spaces/${space.id}/invitations`, {
      token: space.facilitatorSecret,
    });
    expect((await json<{ uses: number }[]>(invitations)).map((entry) => entry.uses)).toEqual([3]);
  });

  it("refuses wrong, malformed, withdrawn and expired codes, and codes of a revoked link", async () => {
    const space = await server.createSpace();
    const link = await invite(space, { role: "habitant", label: "Atelier" });
    const created = await codeFor(space, { token: link.token });

    const unknown = created.code.startsWith("2222") ? "3333-3333" : "2222-2222";
    for (const response of [await preview({ code: unknown }), await joinWith({ code: unknown, displayName: "A" })]) {
      expect(await refusal(response)).toEqual({
        status: 404,
        reason: "unknown",
        code: "codeUnknown",
        error: "Ce code n'existe pas : vérifiez les caractères affichés à l'écran.",
      });
    }
    // Letters read one for another are never in a code: such a typing slip is refused before any look-up.
    const malformed = await refusal(await preview({ code: "K7MX-42QO" }));
    expect(malformed.status).toBe(400);
    expect(malformed.error).toMatch(/8 caractères/);
    expect((await preview({ token: link.token, code: created.code })).status).toBe(400);
    expect((await preview({})).status).toBe(400);

    const withdrawn = await server.request("DELETE", `/api/spaces/${space.id}/join-codes/${created.id}`, {
      token: space.facilitatorSecret,
    });
    expect(await json<{ withdrawn: boolean }>(withdrawn)).toMatchObject({ id: created.id, withdrawn: true });
    expect(await refusal(await joinWith({ code: created.code, displayName: "Trop tard" }))).toEqual({
      status: 410,
      reason: "revoked",
      code: "codeRevoked",
      error: "Ce code a été retiré par l'animateur.",
    });
    // The link itself still works: only the code was withdrawn.
    expect((await preview({ token: link.token })).status).toBe(200);

    const revokedLink = await invite(space, { role: "habitant", label: "Bientôt révoqué" });
    const ofRevoked = await codeFor(space, { token: revokedLink.token });
    await server.request("DELETE", `/api/spaces/${space.id}/invitations/${revokedLink.id}`, {
      token: space.facilitatorSecret,
    });
    expect((await refusal(await preview({ code: ofRevoked.code }))).reason).toBe("revoked");

    // Never after its invitation: a link ending in 1.5 s gives a code ending then, whatever hours were asked.
    const ending = Date.now() + 1500;
    const shortLink = await invite(space, { role: "habitant", label: "Courte", expiresAt: ending });
    const short = await codeFor(space, { token: shortLink.token, hours: 24 });
    expect(short.expiresAt).toBe(ending);
    expect((await preview({ code: short.code })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, ending - Date.now() + 50));
    expect(await refusal(await joinWith({ code: short.code, displayName: "En retard" }))).toEqual({
      status: 410,
      reason: "expired",
      code: "codeExpired",
      error: "Ce code a expiré : demandez le nouveau code à l'animateur.",
    });
    const hours = await codeFor(space, { token: link.token, hours: 2 });
    expect(hours.expiresAt - hours.createdAt).toBe(2 * HOUR);
  });

  it("are made by the space's facilitators only, for a live link of that space", async () => {
    const space = await server.createSpace();
    const other = await server.createSpace("Autre territoire");
    const link = await invite(space, { role: "habitant", label: "Atelier" });
    const partner = await server.join(space, "partner", "Samia");
    const habitant = await server.join(space, "habitant", "Léa");

    for (const token of [partner.participantToken, habitant.participantToken]) {
      expect((await createCode(space, { token: link.token }, token)).status).toBe(403);
    }
    expect((await createCode(space, { token: link.token }, "pas-un-jeton")).status).toBe(401);
    const foreign = await refusal(await createCode(other, { token: link.token }, other.facilitatorSecret));
    expect(foreign).toEqual({
      status: 404,
      code: "linkNotOfSpace",
      error: "Ce lien n'est pas un lien d'invitation de cet espace.",
    });
    expect((await createCode(space, { token: space.facilitatorSecret })).status).toBe(404);
    expect((await createCode(space, { token: link.token, hours: 100 })).status).toBe(400);

    const expired = await invite(space, { role: "habitant", label: "Hier", expiresAt: Date.now() - 1 });
    // The link's reason as a code, so that an English facilitator screen words it in English.
    expect(await refusal(await createCode(space, { token: expired.token }))).toEqual({
      status: 410,
      code: "linkExpired",
      error: "Ce lien d'invitation a expiré.",
    });
    const once = await invite(space, { role: "habitant", label: "Une fois", maxUses: 1 });
    await json(await joinWith({ token: once.token, displayName: "Seul" }), 201);
    expect(await refusal(await createCode(space, { token: once.token }))).toMatchObject({
      status: 410,
      code: "linkUsedUp",
    });
    const revoked = await invite(space, { role: "habitant", label: "Révoqué" });
    await server.request("DELETE", `/api/spaces/${space.id}/invitations/${revoked.id}`, {
      token: space.facilitatorSecret,
    });
    expect(await refusal(await createCode(space, { token: revoked.token }))).toMatchObject({
      status: 410,
      code: "linkRevoked",
    });

    const created = await codeFor(space, { token: link.token });
    const withdraw = (token: string, spaceId = space.id) =>
      server.request("DELETE", `/api/spaces/${spaceId}/join-codes/${created.id}`, { token });
    expect((await withdraw(partner.participantToken)).status).toBe(403);
    expect((await withdraw(other.facilitatorSecret, other.id)).status).toBe(404);
    expect((await preview({ code: created.code })).status).toBe(200);
  });

  it("are listed to the space's facilitators on any device, live ones only and without their characters", async () => {
    const space = await server.createSpace();
    const other = await server.createSpace("Autre territoire");
    const workshop = await invite(space, { role: "habitant", label: "Atelier" });
    const committee = await invite(space, { role: "partner", label: "Comité" });
    const closing = await invite(space, { role: "habitant", label: "Bientôt révoqué" });
    const first = await codeFor(space, { token: workshop.token });
    const second = await codeFor(space, { token: committee.token, hours: 2 });
    const withdrawn = await codeFor(space, { token: workshop.token });
    await codeFor(space, { token: closing.token });
    await server.request("DELETE", `/api/spaces/${space.id}/join-codes/${withdrawn.id}`, {
      token: space.facilitatorSecret,
    });
    await server.request("DELETE", `/api/spaces/${space.id}/invitations/${closing.id}`, {
      token: space.facilitatorSecret,
    });

    const listed = ({ code: _, ...view }: CreatedJoinCodeView, label: string, role: string) => ({
      ...view,
      label,
      role,
    });
    expect(await json<LiveJoinCodeView[]>(await liveCodes(space))).toEqual([
      listed(first, "Atelier", "habitant"),
      listed(second, "Comité", "partner"),
    ]);
    expect(await json<LiveJoinCodeView[]>(await liveCodes(other, other.facilitatorSecret))).toEqual([]);
    const partner = await server.join(space, "partner", "Samia");
    expect((await liveCodes(space, partner.participantToken)).status).toBe(403);
    expect((await liveCodes(space, "pas-un-jeton")).status).toBe(401);
  });

  it("forget codes a week after they expired: until then the join page says they expired", async () => {
    const space = await server.createSpace();
    const link = await invite(space, { role: "habitant", label: "Atelier" });
    const DAY = 24 * HOUR;
    const store = await openTestStore(server.dataDir);
    try {
      for (const [code, expiredFor] of [
        ["ZZZZ2222", 8 * DAY],
        ["ZZZZ3333", 6 * DAY],
      ] as const) {
        const expiresAt = Date.now() - expiredFor;
        await store.joinCodes.create({
          id: newId(),
          spaceId: space.id,
          invitationId: link.id,
          codeHash: hashSecret(code),
          expiresAt,
          withdrawnAt: null,
          createdAt: expiresAt - HOUR,
        });
      }
    } finally {
      await store.close();
    }
    expect((await refusal(await preview({ code: "ZZZZ2222" }))).reason).toBe("expired");
    // Making a code forgets those long expired, in every space.
    await codeFor(space, { token: link.token });
    expect((await refusal(await preview({ code: "ZZZZ2222" }))).reason).toBe("unknown");
    expect((await refusal(await preview({ code: "ZZZZ3333" }))).reason).toBe("expired");
    expect(await json<LiveJoinCodeView[]>(await liveCodes(space))).toHaveLength(1);
  });

  it("keeps only the code's hash", async () => {
    const space = await server.createSpace();
    const link = await invite(space, { role: "habitant", label: "Atelier" });
    const created = await codeFor(space, { token: link.token });
    const bare = created.code.replace("-", "");

    const store = await openTestStore(server.dataDir);
    try {
      expect(await store.joinCodes.findByCodeHash(hashSecret(bare))).toMatchObject({
        id: created.id,
        spaceId: space.id,
        invitationId: link.id,
        expiresAt: created.expiresAt,
      });
    } finally {
      await store.close();
    }
    // The SQLite file and its write-ahead log, read as bytes: the hash is there, neither form of the code is.
    const files = readdirSync(server.dataDir, { recursive: true, withFileTypes: true }).filter((file) => file.isFile());
    const contents = files.map((file) => readFileSync(join(file.parentPath, file.name)).toString("latin1"));
    expect(contents.some((content) => content.includes(hashSecret(bare)))).toBe(!process.env.ATELIER_TEST_DATABASE_URL);
    for (const content of contents) {
      expect(content.includes(bare)).toBe(false);
      expect(content.includes(created.code)).toBe(false);
    }
  });
});

describe("guessing codes", () => {
  let throttled: TestServer | undefined;
  afterEach(() => throttled?.close());

  it("is throttled per address: wrong codes count, right ones and links do not", async () => {
    throttled = await startTestServer(undefined, { JOIN_CODE_FAILURES_PER_HOUR: "3" });
    const space = await throttled.createSpace();
    const link = await invite(space, { role: "habitant", label: "Atelier" }, throttled);
    const { code } = await codeFor(space, { token: link.token }, throttled);
    const wrong = code.startsWith("2222") ? "3333-3333" : "2222-2222";

    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await preview({ code }, throttled)).status);
    statuses.push((await preview({ code: wrong }, throttled)).status);
    statuses.push((await joinWith({ code: wrong, displayName: "A" }, throttled)).status);
    statuses.push((await joinWith({ code, displayName: "B" }, throttled)).status);
    statuses.push((await preview({ code: wrong }, throttled)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 404, 404, 201, 404]);

    const blocked = await refusal(await joinWith({ code, displayName: "C" }, throttled));
    expect(blocked).toEqual({
      status: 429,
      code: "tooManyWrongCodes",
      error:
        "Trop de codes erronés depuis cette adresse : réessayez dans une heure, ou ouvrez le lien d'invitation complet.",
    });
    expect((await joinWith({ token: link.token, displayName: "Par le lien" }, throttled)).status).toBe(201);
  });
});
