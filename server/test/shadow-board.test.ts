import { type Actor, addCard, openVote, placeVote, updateCard } from "@atelier/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { ShadowBoard } from "../src/collab/shadow-board.ts";

const PARTNER: Actor = { role: "partner", participantId: "samia" };
/** These boards cite no figure: the space has no indicator. */
const NO_FIGURES = () => false;

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

/** The update a tab opened on the board in the given state sends when the actor votes there. */
function voteFrom(state: Uint8Array, actor: Actor, voteId: string): Uint8Array {
  const tab = new Y.Doc();
  Y.applyUpdate(tab, state);
  const updates: Uint8Array[] = [];
  tab.on("update", (update: Uint8Array) => updates.push(update));
  expect(placeVote(tab, actor.participantId, "card", voteId)).toBeNull();
  return Y.mergeUpdates(updates);
}

describe("the write guard's shadow copy of a board", () => {
  it("keeps an accepted update once the board has it from the connection, without applying it again", () => {
    const real = board();
    const opened = Y.encodeStateAsUpdate(real);
    const shadow = new ShadowBoard(real);
    const firstTab = {};
    const first = voteFrom(opened, PARTNER, "first");
    expect(shadow.judge(first, PARTNER, firstTab, NO_FIGURES)).toBeNull();
    Y.applyUpdate(real, first, { source: "connection", connection: firstTab });
    shadow.settle(firstTab);
    // The budget of one is spent: a vote from another tab, opened before the first vote, is over it.
    expect(shadow.judge(voteFrom(opened, PARTNER, "second"), PARTNER, {}, NO_FIGURES)).toEqual({
      code: "writeBudgetSpent",
      params: { maximum: 1 },
    });
  });

  it("forgets an accepted update the board never received, which then counts for nothing", () => {
    const real = board();
    const shadow = new ShadowBoard(real);
    const lockedOut = {};
    expect(
      shadow.judge(voteFrom(Y.encodeStateAsUpdate(real), PARTNER, "dropped"), PARTNER, lockedOut, NO_FIGURES),
    ).toBeNull();
    // Hocuspocus dropped it (the connection turned read-only): once the message is handled, the copy is the board's.
    shadow.settle(lockedOut);
    expect(shadow.judge(voteFrom(Y.encodeStateAsUpdate(real), PARTNER, "kept"), PARTNER, {}, NO_FIGURES)).toBeNull();
  });

  it("judges on the board as it is after letting go of a copy that followed more than its own size", () => {
    const real = board();
    const opened = Y.encodeStateAsUpdate(real);
    const shadow = new ShadowBoard(real);
    const karim: Actor = { role: "partner", participantId: "karim" };
    const karimsTab = {};
    const karimsVote = voteFrom(opened, karim, "karim");
    expect(shadow.judge(karimsVote, karim, karimsTab, NO_FIGURES)).toBeNull();
    Y.applyUpdate(real, karimsVote, { source: "connection", connection: karimsTab });
    shadow.settle(karimsTab);
    // Karim then retitles his card from another instance, many times: more bytes than the whole board.
    const elsewhere = new Y.Doc();
    Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(real));
    elsewhere.on("update", (update: Uint8Array) => Y.applyUpdate(real, update, "redis"));
    for (let i = 0; i < 100; i++) updateCard(elsewhere, "card", { title: `Un lieu pour les parents, version ${i}` }, i);
    expect(Y.encodeStateAsUpdate(real).byteLength).toBeLessThan(100 * 30);
    // Samia votes on another instance, then from a tab here opened before: her budget of one is spent.
    Y.applyUpdate(real, voteFrom(opened, PARTNER, "elsewhere"), "redis");
    expect(shadow.judge(voteFrom(opened, PARTNER, "here"), PARTNER, {}, NO_FIGURES)).toEqual({
      code: "writeBudgetSpent",
      params: { maximum: 1 },
    });
  });
});
