import {
  addCard,
  boardLayoutView,
  type CreatedSpaceView,
  cardById,
  createCluster,
  FACILITATOR_PARTICIPANT_ID,
  listCards,
  moveCard,
  openVote,
  placeVote,
  type Role,
  readBoardSettings,
  setCardStatus,
  setLocked,
  tallyVotes,
  updateCard,
} from "@atelier/shared";
import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { type CollabClient, connectClient, waitFor } from "./support/collab-client.ts";
import { waitForStored } from "./support/stored-document.ts";
import { useTestServer } from "./support/use-test-server.ts";

const server = useTestServer();

interface Scene {
  space: CreatedSpaceView;
  boardId: string;
  documentName: string;
  facilitator: CollabClient;
  actor: CollabClient;
  token: string;
  participantId: string;
  role: Role;
}

/**
 * Waits until the server has handled everything the actor sent so far: it handles one connection's messages in
 * order, so once the actor's next awareness change reaches the facilitator (or the server closed the connection
 * over a refused update), its earlier updates were judged.
 */
async function handled(scene: Scene) {
  // A field the server's presence guard keeps: the card one is editing, here a marker no card has.
  const marker = `repere-${Math.random()}`;
  scene.actor.provider.setAwarenessField("editing", marker);
  const states = () => [...(scene.facilitator.provider.awareness?.getStates().values() ?? [])];
  await waitFor(
    () => scene.actor.closeReasons.length > 0 || states().some((state) => state.editing === marker),
    (seen) => seen,
  );
  await waitFor(
    () => scene.facilitator.provider.unsyncedChanges,
    (pending) => pending === 0,
  );
}

/** The stored board once it holds the setup (and, when allowed, the action): what a restart would load. */
function stored(scene: Scene, accept: (doc: Y.Doc) => boolean = () => true): Promise<Y.Doc> {
  return waitForStored(server.dataDir, scene.documentName, (doc) => listCards(doc).length > 0 && accept(doc));
}

async function scene(role: Role): Promise<Scene> {
  const space = await server.createSpace();
  const board = space.boards[0];
  if (!board) throw new Error("no board");
  const joined = role === "facilitator" ? undefined : await server.join(space, role, `Personne ${role}`);
  const token = joined?.participantToken ?? space.facilitatorSecret;
  const facilitator = await connectClient(server.wsUrl, board.documentName, space.facilitatorSecret);
  addCard(
    facilitator.doc,
    "c1",
    {
      kind: "constat",
      title: "Constat de départ",
      authorId: FACILITATOR_PARTICIPANT_ID,
      authorName: "Anne",
      authorRole: "facilitator",
    },
    1,
  );
  createCluster(facilitator.doc, "k1", { name: "Garde", color: "vert" });
  openVote(facilitator.doc, 3);
  const actor = await connectClient(server.wsUrl, board.documentName, token);
  await waitFor(
    () => listCards(actor.doc).length,
    (n) => n === 1,
  );
  return {
    space,
    boardId: board.id,
    documentName: board.documentName,
    facilitator,
    actor,
    token,
    participantId: joined?.participantId ?? FACILITATOR_PARTICIPANT_ID,
    role,
  };
}

type Attempt = (scene: Scene) => Promise<number | null>;

/** Each action as the role would try it: over WebSocket, or over HTTP where that is the role's way to write. */
const ACTIONS: Record<string, { attempt: Attempt; applied: (doc: Y.Doc) => boolean }> = {
  read: {
    attempt: async () => null,
    applied: (doc) => listCards(doc).length === 1,
  },
  "add card": {
    attempt: async (s) => {
      if (s.role === "habitant" || s.role === "observer") {
        const response = await server.request("POST", `/api/spaces/${s.space.id}/boards/${s.boardId}/contributions`, {
          token: s.token,
          body: { kind: "besoin", title: "Nouvelle idée" },
        });
        return response.status;
      }
      addCard(
        s.actor.doc,
        "new",
        { kind: "besoin", title: "Nouvelle idée", authorId: s.participantId, authorName: "X", authorRole: s.role },
        2,
      );
      return null;
    },
    applied: (doc) => listCards(doc).some((card) => card.title === "Nouvelle idée"),
  },
  "edit others' card": {
    attempt: async (s) => {
      updateCard(s.actor.doc, "c1", { title: "Réécrit" }, 2);
      return null;
    },
    applied: (doc) => cardById(doc, "c1")?.title === "Réécrit",
  },
  move: {
    attempt: async (s) => {
      moveCard(s.actor.doc, "c1", "k1", 0);
      return null;
    },
    applied: (doc) => boardLayoutView(doc).clusters[0]?.cards.length === 1,
  },
  vote: {
    attempt: async (s) => {
      if (s.role === "habitant" || s.role === "observer") {
        const response = await server.request("POST", `/api/spaces/${s.space.id}/boards/${s.boardId}/votes`, {
          token: s.token,
          body: { cardId: "c1" },
        });
        return response.status;
      }
      placeVote(s.actor.doc, s.participantId, "c1", "v1");
      return null;
    },
    applied: (doc) => tallyVotes(doc).cards[0]?.votes === 1,
  },
  "lock board": {
    attempt: async (s) => {
      setLocked(s.actor.doc, true);
      return null;
    },
    applied: (doc) => readBoardSettings(doc).locked,
  },
  "mark agreed": {
    attempt: async (s) => {
      setCardStatus(s.actor.doc, "c1", "agreed", 2);
      return null;
    },
    applied: (doc) => cardById(doc, "c1")?.status === "agreed",
  },
  invite: {
    attempt: async (s) =>
      (
        await server.request("POST", `/api/spaces/${s.space.id}/invitations`, {
          token: s.token,
          body: { role: "partner", label: "Encore un" },
        })
      ).status,
    applied: () => true,
  },
  revoke: {
    attempt: async (s) => {
      const created = await server.request("POST", `/api/spaces/${s.space.id}/invitations`, {
        token: s.space.facilitatorSecret,
        body: { role: "observer", label: "À révoquer" },
      });
      const first = (await created.json()) as { id: string };
      return (
        await server.request("DELETE", `/api/spaces/${s.space.id}/invitations/${first?.id ?? "none"}`, {
          token: s.token,
        })
      ).status;
    },
    applied: () => true,
  },
};

const ALLOWED: Record<Role, string[]> = {
  facilitator: [
    "read",
    "add card",
    "edit others' card",
    "move",
    "vote",
    "lock board",
    "mark agreed",
    "invite",
    "revoke",
  ],
  partner: ["read", "add card", "edit others' card", "move", "vote"],
  habitant: ["read", "add card", "vote"],
  observer: ["read"],
};

const cases = (Object.keys(ALLOWED) as Role[]).flatMap((role) =>
  Object.keys(ACTIONS).map((action) => [role, action, ALLOWED[role].includes(action)] as const),
);

describe("what each role may do, enforced by the server", () => {
  it.each(cases)("%s → %s: allowed %s", async (role, action, allowed) => {
    const s = await scene(role);
    const { attempt, applied } = ACTIONS[action] as (typeof ACTIONS)[string];
    try {
      const status = await attempt(s);
      if (status !== null) expect(status < 300).toBe(allowed);
      if (["invite", "revoke"].includes(action)) {
        if (!allowed) expect(status).toBe(s.role === "facilitator" ? 200 : 403);
        return;
      }
      if (allowed) {
        await waitFor(
          () => applied(s.facilitator.doc),
          (done) => done,
        );
        await handled(s);
        expect(applied(await stored(s, applied))).toBe(true);
      } else {
        await handled(s);
        expect(applied(s.facilitator.doc)).toBe(false);
        expect(applied(await stored(s))).toBe(false);
        // Nothing else moved either: the stored board is the one the facilitator made.
        expect(listCards(await stored(s)).map((card) => [card.id, card.title, card.status, card.cluster])).toEqual([
          ["c1", "Constat de départ", "draft", null],
        ]);
      }
    } finally {
      s.actor.provider.destroy();
      s.facilitator.provider.destroy();
    }
  });
});
