import { type Actor, addCard, openVote, placeVote } from "@atelier/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { ShadowBoard } from "../src/collab/shadow-board.ts";

const PARTNER: Actor = { role: "partner", participantId: "samia" };

/** A board with one card and a vote of one per participant open. */
function board(): Y.Doc {
  const doc = new Y.Doc();
  addCard(
    doc,
    "card",
    {
      kind: "besoin",
      title: "Un lieu pour les parents",
      authorId: "karim",
      authorName: "Karim",
      authorRole: "partner",
    },
    1,
  );
  openVote(doc, 1);
  return doc;
}

/** The update a tab opened on the board in the given state sends when Samia votes there. */
function voteFromTab(state: Uint8Array, voteId: string): Uint8Array {
  const tab = new Y.Doc();
  Y.applyUpdate(tab, state);
  const updates: Uint8Array[] = [];
  tab.on("update", (update: Uint8Array) => updates.push(update));
  expect(placeVote(tab, PARTNER.participantId, "card", voteId)).toBeNull();
  return Y.mergeUpdates(updates);
}

describe("the write guard's shadow copy of a board", () => {
  it("keeps an accepted update once the board has it from the connection, without applying it again", () => {
    const real = board();
    const opened = Y.encodeStateAsUpdate(real);
    const shadow = new ShadowBoard(real);
    const firstTab = {};
    const first = voteFromTab(opened, "first");
    expect(shadow.judge(first, PARTNER, firstTab)).toBeNull();
    Y.applyUpdate(real, first, { source: "connection", connection: firstTab });
    shadow.settle(firstTab);
    // The budget of one is spent: a vote from another tab, opened before the first vote, is over it.
    expect(shadow.judge(voteFromTab(opened, "second"), PARTNER, {})).toMatch(/vos 1 votes/);
  });

  it("forgets an accepted update the board never received, which then counts for nothing", () => {
    const real = board();
    const shadow = new ShadowBoard(real);
    const lockedOut = {};
    expect(shadow.judge(voteFromTab(Y.encodeStateAsUpdate(real), "dropped"), PARTNER, lockedOut)).toBeNull();
    // Hocuspocus dropped it (the connection turned read-only): once the message is handled, the copy is the board's.
    shadow.settle(lockedOut);
    expect(shadow.judge(voteFromTab(Y.encodeStateAsUpdate(real), "kept"), PARTNER, {})).toBeNull();
  });
});
