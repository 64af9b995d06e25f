import { cardBody, listCards, openVote } from "@atelier/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { connectClient, waitFor } from "./support/collab-client.ts";
import { errorOf } from "./support/http-json.ts";
import { useTestServer } from "./support/use-test-server.ts";

const server = useTestServer({ PARTICIPANT_RATE_PER_MINUTE: "5" });

async function invite(spaceId: string, secret: string, body: Record<string, unknown>) {
  const response = await server.request("POST", `/api/spaces/${spaceId}/invitations`, { token: secret, body });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; token: string };
}

describe("invitation links", () => {
  it("lets people join under a name, and tells each token what it grants", async () => {
    const space = await server.createSpace();
    const link = await invite(space.id, space.facilitatorSecret, { role: "partner", label: "Comité opérationnel" });
    const joined = await server.request("POST", "/api/join", {
      body: { token: link.token, displayName: "Samia", organisation: "Caf des Pyrénées-Orientales" },
    });
    expect(joined.status).toBe(201);
    const { participantToken, participantId } = (await joined.json()) as {
      participantToken: string;
      participantId: string;
    };
    const me = await server.request("GET", `/api/spaces/${space.id}/me`, { token: participantToken });
    expect(await me.json()).toEqual({
      spaceId: space.id,
      role: "partner",
      participantId,
      displayName: "Samia",
      organisation: "Caf des Pyrénées-Orientales",
      boardIds: null,
      kinds: null,
      moderated: false,
    });
    const list = (await (
      await server.request("GET", `/api/spaces/${space.id}/invitations`, { token: space.facilitatorSecret })
    ).json()) as { uses: number; token?: string }[];
    expect(list.map((entry) => [entry.uses, entry.token])).toEqual([[1, undefined]]);
  });

  it("refuses expired, revoked, used-up, tampered and foreign tokens over HTTP and WebSocket", async () => {
    const space = await server.createSpace();
    const other = await server.createSpace("Autre territoire");
    const board = space.boards[0]?.documentName as string;
    const expired = await invite(space.id, space.facilitatorSecret, {
      role: "partner",
      label: "Hier",
      expiresAt: Date.now() - 1,
    });
    const once = await invite(space.id, space.facilitatorSecret, { role: "habitant", label: "Une fois", maxUses: 1 });
    const foreign = await server.join(other, "partner", "Ailleurs");
    const revoked = await server.join(space, "partner", "Bientôt révoqué");

    expect(
      await errorOf(
        await server.request("POST", "/api/join", { body: { token: expired.token, displayName: "A" } }),
        410,
      ),
    ).toMatch(/expiré/);
    await server.request("POST", "/api/join", { body: { token: once.token, displayName: "Premier" } });
    expect(
      await errorOf(
        await server.request("POST", "/api/join", { body: { token: once.token, displayName: "Second" } }),
        410,
      ),
    ).toMatch(/autant de fois/);
    expect(
      await errorOf(
        await server.request("POST", "/api/join", { body: { token: `${once.token}x`, displayName: "A" } }),
        404,
      ),
    ).toMatch(/n'existe pas/);

    const list = (await (
      await server.request("GET", `/api/spaces/${space.id}/invitations`, { token: space.facilitatorSecret })
    ).json()) as { id: string; label: string }[];
    const revokedLink = list.find((entry) => entry.label === "Lien partner");
    await server.request("DELETE", `/api/spaces/${space.id}/invitations/${revokedLink?.id}`, {
      token: space.facilitatorSecret,
    });

    for (const token of [
      expired.token,
      revoked.participantToken,
      foreign.participantToken,
      `${space.facilitatorSecret}x`,
    ]) {
      expect(await errorOf(await server.request("GET", `/api/spaces/${space.id}/me`, { token }), 401)).toMatch(
        /invalide, expiré ou révoqué/,
      );
      await expect(connectClient(server.wsUrl, board, token)).rejects.toThrow(/invalide, expiré ou révoqué/);
    }
  });

  it("closes the open connections of a link as soon as it is revoked", async () => {
    const space = await server.createSpace();
    const partner = await server.join(space, "partner", "Samia");
    const client = await connectClient(server.wsUrl, space.boards[0]?.documentName as string, partner.participantToken);
    const [link] = (await (
      await server.request("GET", `/api/spaces/${space.id}/invitations`, { token: space.facilitatorSecret })
    ).json()) as { id: string }[];
    await server.request("DELETE", `/api/spaces/${space.id}/invitations/${link?.id}`, {
      token: space.facilitatorSecret,
    });
    await waitFor(
      () => client.closeReasons,
      (reasons) => reasons.some((reason) => /révoqué/.test(reason)),
    );
    await waitFor(
      () => client.closeCodes,
      (codes) => codes.includes(4401),
    );
    client.provider.destroy();
  });

  it("keeps links to the boards they open", async () => {
    const space = await server.createSpace();
    const [first, second] = space.boards;
    const partner = await server.join(space, "partner", "Samia", { boardIds: [first?.id as string] });
    const open = await connectClient(server.wsUrl, first?.documentName as string, partner.participantToken);
    open.provider.destroy();
    await expect(connectClient(server.wsUrl, second?.documentName as string, partner.participantToken)).rejects.toThrow(
      /n'ouvre pas ce tableau/,
    );
    expect(
      await errorOf(
        await server.request("POST", `/api/spaces/${space.id}/invitations`, {
          token: space.facilitatorSecret,
          body: { role: "partner", label: "x", boardIds: ["inconnu"] },
        }),
        400,
      ),
    ).toMatch(/tableau inconnu/);
  });
});

describe("habitants' contributions over HTTP", () => {
  it("publishes a contribution as inert text, lets its author withdraw it and nobody else", async () => {
    const space = await server.createSpace();
    const board = space.boards[0];
    const habitant = await server.join(space, "habitant", "Lou");
    const neighbour = await server.join(space, "habitant", "Max");
    const facilitator = await connectClient(server.wsUrl, board?.documentName as string, space.facilitatorSecret);
    const path = `/api/spaces/${space.id}/boards/${board?.id}/contributions`;
    const markup = '<img src=x onerror="alert(1)">Crèche <b>fermée</b>';
    const created = await server.request("POST", path, {
      token: habitant.participantToken,
      body: { kind: "besoin", title: markup, body: "Ligne 1\n<script>alert(2)</script>" },
    });
    expect(created.status).toBe(201);
    const { cardId, status } = (await created.json()) as { cardId: string; status: string };
    expect(status).toBe("published");
    await waitFor(
      () => listCards(facilitator.doc).map((card) => [card.title, card.authorName, card.authorRole]),
      (cards) => cards.length === 1,
    );
    expect(listCards(facilitator.doc)[0]).toMatchObject({ title: markup, authorId: habitant.participantId });
    const paragraphs = (cardBody(facilitator.doc, cardId)?.toArray() ?? []) as Y.XmlElement[];
    expect(
      paragraphs.map((paragraph) => [
        paragraph.nodeName,
        paragraph.toArray().map((node) => node instanceof Y.XmlText && node.toJSON()),
      ]),
    ).toEqual([
      ["paragraph", ["Ligne 1"]],
      ["paragraph", ["<script>alert(2)</script>"]],
    ]);
    expect(
      await errorOf(await server.request("DELETE", `${path}/${cardId}`, { token: neighbour.participantToken }), 403),
    ).toMatch(/propres contributions/);
    expect((await server.request("DELETE", `${path}/${cardId}`, { token: habitant.participantToken })).status).toBe(
      204,
    );
    await waitFor(
      () => listCards(facilitator.doc).length,
      (n) => n === 0,
    );
    expect(
      await errorOf(
        await server.request("POST", path, { token: habitant.participantToken, body: { kind: "besoin", title: "" } }),
        400,
      ),
    ).toBe("title : Écrivez votre idée en une phrase.");
    facilitator.provider.destroy();
  });

  it("holds moderated contributions until a facilitator accepts them, and limits card kinds", async () => {
    const space = await server.createSpace();
    const board = space.boards[0];
    const habitant = await server.join(space, "habitant", "Lou", { moderated: true, kinds: ["besoin"] });
    const facilitator = await connectClient(server.wsUrl, board?.documentName as string, space.facilitatorSecret);
    const base = `/api/spaces/${space.id}/boards/${board?.id}`;
    expect(
      await errorOf(
        await server.request("POST", `${base}/contributions`, {
          token: habitant.participantToken,
          body: { kind: "piste", title: "Idée" },
        }),
        403,
      ),
    ).toMatch(/type « piste »/);
    const sent = await server.request("POST", `${base}/contributions`, {
      token: habitant.participantToken,
      body: { kind: "besoin", title: "Un relais assistantes maternelles" },
    });
    expect(await sent.json()).toMatchObject({ status: "pending" });
    const pending = (await (
      await server.request("GET", `${base}/pending`, { token: space.facilitatorSecret })
    ).json()) as { id: string; title: string }[];
    expect(pending.map((entry) => entry.title)).toEqual(["Un relais assistantes maternelles"]);
    expect(listCards(facilitator.doc)).toEqual([]);
    expect(
      await errorOf(await server.request("GET", `${base}/pending`, { token: habitant.participantToken }), 403),
    ).toMatch(/animateur/);
    const accepted = await server.request("POST", `${base}/pending/${pending[0]?.id}/accept`, {
      token: space.facilitatorSecret,
    });
    expect(accepted.status).toBe(201);
    await waitFor(
      () => listCards(facilitator.doc).map((card) => [card.title, card.authorRole]),
      (cards) => cards.length === 1 && cards[0]?.[1] === "habitant",
    );
    expect(
      (await server.request("POST", `${base}/pending/${pending[0]?.id}/accept`, { token: space.facilitatorSecret }))
        .status,
    ).toBe(404);
    facilitator.provider.destroy();
  });

  it("shows a habitant their own contributions awaiting moderation, and no one else's, until settled", async () => {
    const space = await server.createSpace();
    const [first, second] = space.boards;
    const lou = await server.join(space, "habitant", "Lou", { moderated: true, boardIds: [first?.id as string] });
    const max = await server.join(space, "habitant", "Max", { moderated: true });
    const observer = await server.join(space, "observer", "Presse");
    const base = `/api/spaces/${space.id}/boards/${first?.id}`;
    const mine = async (token: string, path = `${base}/contributions/pending`) => {
      const response = await server.request("GET", path, { token });
      expect(response.status).toBe(200);
      return (await response.json()) as { id: string; title: string; authorName: string }[];
    };
    const send = (token: string, title: string) =>
      server.request("POST", `${base}/contributions`, { token, body: { kind: "besoin", title } });

    expect(await mine(lou.participantToken)).toEqual([]);
    await send(lou.participantToken, "Une crèche le samedi");
    await send(lou.participantToken, "Un relais parents");
    await send(max.participantToken, "Une ludothèque");
    const lous = await mine(lou.participantToken);
    expect(lous.map((entry) => [entry.title, entry.authorName])).toEqual([
      ["Une crèche le samedi", "Lou"],
      ["Un relais parents", "Lou"],
    ]);
    // Who asks is the token's business: a participant id in the request changes nothing.
    expect(
      await mine(lou.participantToken, `${base}/contributions/pending?participantId=${max.participantId}`),
    ).toEqual(lous);
    expect((await mine(max.participantToken)).map((entry) => entry.title)).toEqual(["Une ludothèque"]);
    expect(await mine(space.facilitatorSecret)).toEqual([]);

    expect(
      await errorOf(
        await server.request("GET", `${base}/contributions/pending`, { token: observer.participantToken }),
        403,
      ),
    ).toMatch(/rôle/);
    const elsewhere = `/api/spaces/${space.id}/boards/${second?.id}/contributions/pending`;
    expect(await errorOf(await server.request("GET", elsewhere, { token: lou.participantToken }), 403)).toMatch(
      /n'ouvre pas ce tableau/,
    );
    const unknown = `/api/spaces/${space.id}/boards/inconnu/contributions/pending`;
    expect(await errorOf(await server.request("GET", unknown, { token: lou.participantToken }), 404)).toMatch(
      /n'existe pas/,
    );
    expect(await errorOf(await server.request("GET", `${base}/contributions/pending`), 401)).toMatch(
      /Authentification requise/,
    );

    const [accepted, rejected] = lous;
    const settle = (method: string, path: string) => server.request(method, path, { token: space.facilitatorSecret });
    // The card keeps the id its author holds, so that their page can tell it no longer waits.
    expect(await (await settle("POST", `${base}/pending/${accepted?.id}/accept`)).json()).toEqual({
      cardId: accepted?.id,
    });
    expect((await settle("DELETE", `${base}/pending/${rejected?.id}`)).status).toBe(204);
    expect(await mine(lou.participantToken)).toEqual([]);
    expect((await mine(max.participantToken)).map((entry) => entry.title)).toEqual(["Une ludothèque"]);
  });

  it("votes within the budget, and rate-limits a participant who sends too much", async () => {
    const space = await server.createSpace();
    const board = space.boards[0];
    const habitant = await server.join(space, "habitant", "Lou");
    const facilitator = await connectClient(server.wsUrl, board?.documentName as string, space.facilitatorSecret);
    const base = `/api/spaces/${space.id}/boards/${board?.id}`;
    const card = (await (
      await server.request("POST", `${base}/contributions`, {
        token: space.facilitatorSecret,
        body: { kind: "besoin", title: "A" },
      })
    ).json()) as { cardId: string };
    const vote = () =>
      server.request("POST", `${base}/votes`, { token: habitant.participantToken, body: { cardId: card.cardId } });
    expect(await errorOf(await vote(), 409)).toMatch(/Aucun vote/);
    openVote(facilitator.doc, 2);
    await waitFor(
      () => facilitator.provider.unsyncedChanges,
      (n) => n === 0,
    );
    expect(await (await vote()).json()).toEqual({ votesLeft: 1 });
    expect(await (await vote()).json()).toEqual({ votesLeft: 0 });
    expect(await errorOf(await vote(), 409)).toMatch(/tous vos votes/);
    expect(await errorOf(await vote(), 409)).toMatch(/tous vos votes/);
    // Five requests a minute for this server: the sixth is refused.
    expect(await errorOf(await vote(), 429)).toMatch(/patientez/);
    facilitator.provider.destroy();
  });
});

describe("personal data and secrets", () => {
  it("erases a participant on request: name, token, cards and votes, on every board", async () => {
    const space = await server.createSpace();
    const [first, second] = space.boards;
    const lou = await server.join(space, "habitant", "Lou");
    const max = await server.join(space, "habitant", "Max");
    const facilitator = await connectClient(server.wsUrl, first?.documentName as string, space.facilitatorSecret);
    openVote(facilitator.doc, 3);
    await waitFor(
      () => facilitator.provider.unsyncedChanges,
      (n) => n === 0,
    );
    const contribute = async (token: string, boardId: string, title: string) =>
      (
        (await (
          await server.request("POST", `/api/spaces/${space.id}/boards/${boardId}/contributions`, {
            token,
            body: { kind: "constat", title },
          })
        ).json()) as { cardId: string }
      ).cardId;
    const kept = await contribute(max.participantToken, first?.id as string, "De Max");
    await contribute(lou.participantToken, first?.id as string, "De Lou");
    await contribute(lou.participantToken, second?.id as string, "De Lou, ailleurs");
    await server.request("POST", `/api/spaces/${space.id}/boards/${first?.id}/votes`, {
      token: lou.participantToken,
      body: { cardId: kept },
    });
    const watcher = await connectClient(server.wsUrl, first?.documentName as string, lou.participantToken);

    const erased = await server.request("DELETE", `/api/spaces/${space.id}/participants/${lou.participantId}`, {
      token: space.facilitatorSecret,
    });
    expect(await erased.json()).toEqual({ cards: 2, votes: 1 });
    await waitFor(
      () => listCards(facilitator.doc).map((card) => card.title),
      (titles) => titles.join() === "De Max",
    );
    await waitFor(
      () => watcher.closeReasons,
      (reasons) => reasons.some((reason) => /effacée/.test(reason)),
    );
    expect((await server.request("GET", `/api/spaces/${space.id}/me`, { token: lou.participantToken })).status).toBe(
      401,
    );
    const people = (await (
      await server.request("GET", `/api/spaces/${space.id}/participants`, { token: space.facilitatorSecret })
    ).json()) as { displayName: string }[];
    expect(people.map((person) => person.displayName)).toEqual(["Max"]);

    expect(
      await (await server.request("DELETE", `/api/spaces/${space.id}/me`, { token: max.participantToken })).json(),
    ).toEqual({
      cards: 1,
      votes: 0,
    });
    await waitFor(
      () => listCards(facilitator.doc).length,
      (n) => n === 0,
    );
    watcher.provider.destroy();
    facilitator.provider.destroy();
  });

  it("rotates the facilitator secret: the old one stops working at once", async () => {
    const space = await server.createSpace();
    const open = await connectClient(server.wsUrl, space.boards[0]?.documentName as string, space.facilitatorSecret);
    const rotated = await server.request("POST", `/api/spaces/${space.id}/facilitator-secret`, {
      token: space.facilitatorSecret,
    });
    const { facilitatorSecret } = (await rotated.json()) as { facilitatorSecret: string };
    await waitFor(
      () => open.closeReasons,
      (reasons) => reasons.some((reason) => /renouvelé/.test(reason)),
    );
    expect((await server.request("GET", `/api/spaces/${space.id}/me`, { token: space.facilitatorSecret })).status).toBe(
      401,
    );
    expect(
      await (await server.request("GET", `/api/spaces/${space.id}/me`, { token: facilitatorSecret })).json(),
    ).toMatchObject({
      role: "facilitator",
    });
    open.provider.destroy();
  });
});
