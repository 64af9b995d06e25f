import { type CreatedSpaceView, closeVote, openVote, PARTICIPATION_REFUSALS, setLocked } from "@atelier/shared";
import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { waitFor } from "./support/collab-client.ts";
import { startTestServer } from "./support/test-server.ts";
import { useCollabClients } from "./support/use-collab-clients.ts";
import { useTestServer } from "./support/use-test-server.ts";

const server = useTestServer({ PARTICIPANT_RATE_PER_MINUTE: "10", LINK_RATE_PER_MINUTE: "1000" });
const collab = useCollabClients(server);

/** A refusal's status and body: the French `error` people read, and the `code` interfaces word themselves. */
async function refusal(response: Response) {
  return { status: response.status, body: (await response.json()) as { error: string; code?: string } };
}

/** What the facilitator changes on the board's document, once the server has it. */
async function onBoard(space: CreatedSpaceView, boardIndex: number, change: (doc: Y.Doc) => void) {
  const facilitator = await collab(space.boards[boardIndex]?.documentName as string, space.facilitatorSecret);
  change(facilitator.doc);
  await waitFor(
    () => facilitator.provider.unsyncedChanges,
    (n) => n === 0,
  );
}

describe("habitants' refusals over HTTP", () => {
  it("carry a stable code beside the French message, for every refusal of contribute, withdraw, vote and unvote", async () => {
    const space = await server.createSpace();
    const [first, second, third] = space.boards;
    const lou = await server.join(space, "habitant", "Lou", {
      boardIds: [String(first?.id), String(third?.id)],
      kinds: ["besoin"],
    });
    const max = await server.join(space, "habitant", "Max");
    const as = (token: string) => (method: string, board: string | undefined, path: string, body?: unknown) =>
      server.request(method, `/api/spaces/${space.id}/boards/${board}${path}`, { token, body });
    const louSends = as(lou.participantToken);
    const maxSends = as(max.participantToken);
    const idea = { kind: "besoin", title: "Une ludothèque" };
    const { cardId } = (await (await maxSends("POST", first?.id, "/contributions", idea)).json()) as {
      cardId: string;
    };

    const seen: Record<string, { status: number; body: { error: string; code?: string } }> = {};
    const record = async (response: Response) => {
      const answer = await refusal(response);
      seen[answer.body.code ?? `no code: ${answer.body.error}`] = answer;
    };
    await record(await louSends("POST", "pas-un-tableau", "/contributions", idea));
    await record(await louSends("POST", second?.id, "/contributions", idea));
    await record(await louSends("POST", first?.id, "/contributions", { kind: "piste", title: "Hors type" }));
    await record(await louSends("DELETE", first?.id, "/contributions/pas-une-carte"));
    await record(await louSends("DELETE", first?.id, `/contributions/${cardId}`));
    await record(await louSends("POST", first?.id, "/votes", { cardId }));
    await onBoard(space, 0, (doc) => openVote(doc, 1));
    await record(await louSends("POST", first?.id, "/votes", { cardId: "pas-une-carte" }));
    await record(await louSends("DELETE", first?.id, `/votes/${cardId}`));
    expect((await louSends("POST", first?.id, "/votes", { cardId })).status).toBe(201);
    await record(await louSends("POST", first?.id, "/votes", { cardId }));
    await onBoard(space, 0, (doc) => setLocked(doc, true));
    await record(await louSends("POST", first?.id, "/contributions", idea));
    await server.request("PATCH", `/api/spaces/${space.id}/boards/${third?.id}`, {
      token: space.facilitatorSecret,
      body: { archived: true },
    });
    await record(await louSends("POST", third?.id, "/contributions", idea));
    // Lou has sent ten throttled requests this minute (withdrawals are not): the eleventh is refused, with its code.
    await record(await louSends("POST", first?.id, "/contributions", idea));

    expect(
      Object.fromEntries(Object.entries(seen).map(([code, { status, body }]) => [code, [status, body.error]])),
    ).toEqual({
      boardUnknown: [404, "Ce tableau n'existe pas dans cet espace CTG."],
      boardNotOpened: [403, "Votre lien d'invitation n'ouvre pas ce tableau."],
      kindNotAllowed: [403, "Ce lien ne permet pas d'ajouter des cartes de type « piste »."],
      contributionGone: [404, "Cette contribution n'existe pas ou a déjà été retirée."],
      notYourContribution: [403, "Vous ne pouvez retirer que vos propres contributions."],
      closed: [409, "Aucun vote n'est ouvert sur ce tableau."],
      cardGone: [409, "Cette carte n'existe plus."],
      noVoteToRemove: [409, "Vous n'avez pas de vote à retirer sur cette carte, ou le vote est clos."],
      budgetSpent: [409, "Vous avez utilisé tous vos votes."],
      boardLocked: [423, "Le tableau est verrouillé par l'animateur : les contributions sont fermées pour l'instant."],
      boardArchived: [409, "Ce tableau est archivé : il ne reçoit plus de contributions."],
      tooManyFromYou: [429, "Trop de contributions de votre part en une minute : patientez un instant."],
    });
    // Every code the server sends is one the shared list defines (so that interfaces have words for it).
    for (const code of Object.keys(seen)) expect(PARTICIPATION_REFUSALS).toContain(code);

    // Once the vote is closed, Max's vote is refused with the vote's own code.
    await onBoard(space, 0, (doc) => closeVote(doc));
    const late = await refusal(await maxSends("POST", first?.id, "/votes", { cardId }));
    expect([late.status, late.body.code]).toEqual([409, "closed"]);
  });

  it("code the link's throttle apart from the participant's", async () => {
    const throttled = await startTestServer(undefined, { LINK_RATE_PER_MINUTE: "2" });
    try {
      const space = await throttled.createSpace();
      const board = space.boards[0];
      const invitation = (await (
        await throttled.request("POST", `/api/spaces/${space.id}/invitations`, {
          token: space.facilitatorSecret,
          body: { role: "habitant", label: "Projecteur" },
        })
      ).json()) as { token: string };
      const codes = [];
      for (const name of ["Lou", "Max", "Zoé"]) {
        const joined = (await (
          await throttled.request("POST", "/api/join", { body: { token: invitation.token, displayName: name } })
        ).json()) as { participantToken: string };
        const response = await throttled.request("POST", `/api/spaces/${space.id}/boards/${board?.id}/contributions`, {
          token: joined.participantToken,
          body: { kind: "besoin", title: `Idée de ${name}` },
        });
        codes.push([response.status, ((await response.json()) as { code?: string }).code]);
      }
      expect(codes).toEqual([
        [201, undefined],
        [201, undefined],
        [429, "tooManyFromLink"],
      ]);
      // Unrelated refusals carry their own code, not the throttle's.
      const unknown = await throttled.request("GET", `/api/spaces/${space.id}/pas-une-route`);
      expect(((await unknown.json()) as { code?: string }).code).toBe("unknownEndpoint");
    } finally {
      await throttled.close();
    }
  });
});
