import type { CreatedSpaceView, JoinPreview } from "@atelier/shared";
import { describe, expect, it } from "vitest";
import { useTestServer } from "./support/use-test-server.ts";

const server = useTestServer({ JOIN_LINK_RATE_PER_MINUTE: "3" });

async function invite(space: CreatedSpaceView, body: Record<string, unknown>) {
  const response = await server.request("POST", `/api/spaces/${space.id}/invitations`, {
    token: space.facilitatorSecret,
    body,
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; token: string };
}

const preview = (token: unknown) => server.request("POST", "/api/join/preview", { body: { token } });

/** The preview's fields, or a refusal's. */
type Answer = JoinPreview & { error: string; reason: string };

async function answerOf(response: Response) {
  return { status: response.status, body: (await response.json()) as Answer };
}

describe("POST /api/join/preview", () => {
  it("names the space, the boards the link opens and the role, without using the link", async () => {
    const space = await server.createSpace("CdC Conflent-Canigou");
    const [first, second] = space.boards;
    const restricted = await invite(space, {
      role: "partner",
      label: "Comité du 12 mars",
      boardIds: [first?.id],
      maxUses: 1,
    });
    expect(await answerOf(await preview(restricted.token))).toEqual({
      status: 200,
      body: {
        spaceName: "CdC Conflent-Canigou",
        role: "partner",
        label: "Comité du 12 mars",
        boards: [{ id: first?.id, theme: first?.theme }],
      },
    });
    // Looking is not joining: the single use is still there.
    const joined = await server.request("POST", "/api/join", {
      body: { token: restricted.token, displayName: "Samia" },
    });
    expect(joined.status).toBe(201);

    await server.request("PATCH", `/api/spaces/${space.id}/boards/${second?.id}`, {
      token: space.facilitatorSecret,
      body: { archived: true },
    });
    const everyBoard = await invite(space, { role: "habitant", label: "Réunion publique de Prades" });
    const { body } = await answerOf(await preview(everyBoard.token));
    expect(body.role).toBe("habitant");
    expect(body.boards.map((board) => board.id)).toEqual(
      space.boards.filter((board) => board.id !== second?.id).map((board) => board.id),
    );
  });

  it("tells at once that a link is unknown, revoked, expired or used up, as a code and in French", async () => {
    const space = await server.createSpace();
    const revoked = await invite(space, { role: "partner", label: "Révoqué" });
    await server.request("DELETE", `/api/spaces/${space.id}/invitations/${revoked.id}`, {
      token: space.facilitatorSecret,
    });
    const expired = await invite(space, { role: "habitant", label: "Hier", expiresAt: Date.now() - 1 });
    const usedUp = await invite(space, { role: "habitant", label: "Une fois", maxUses: 1 });
    await server.request("POST", "/api/join", { body: { token: usedUp.token, displayName: "Premier" } });

    expect(await answerOf(await preview("pas-un-vrai-lien"))).toEqual({
      status: 404,
      body: { error: "Ce lien d'invitation n'existe pas.", code: "linkUnknown", reason: "unknown" },
    });
    expect(await answerOf(await preview(revoked.token))).toEqual({
      status: 410,
      body: { error: "Ce lien d'invitation a été révoqué par l'animateur.", code: "linkRevoked", reason: "revoked" },
    });
    expect((await answerOf(await preview(expired.token))).body.reason).toBe("expired");
    expect((await answerOf(await preview(usedUp.token))).body.reason).toBe("usedUp");
    // Joining through a dead link carries the same code.
    const refused = await server.request("POST", "/api/join", { body: { token: usedUp.token, displayName: "Second" } });
    expect(await answerOf(refused)).toEqual({
      status: 410,
      body: {
        error: "Ce lien d'invitation a déjà servi autant de fois que prévu.",
        code: "linkUsedUp",
        reason: "usedUp",
      },
    });
    expect((await preview(42)).status).toBe(400);
  });

  it("is throttled per link like joins, but counted apart, so that looking first never blocks joining", async () => {
    const space = await server.createSpace();
    const link = await invite(space, { role: "habitant", label: "QR code" });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await preview(link.token)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect((await answerOf(await preview(link.token))).body.error).toMatch(/par ce lien/);
    const joined = await server.request("POST", "/api/join", { body: { token: link.token, displayName: "Habitant" } });
    expect(joined.status).toBe(201);
  });
});
