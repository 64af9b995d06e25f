import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addCard } from "../src/board-document.ts";
import { readBoardSettings } from "../src/board-settings.ts";
import { closeVote, enterPhase, openVote, placeVote, tallyVotes } from "../src/board-votes.ts";

function board() {
  const doc = new Y.Doc();
  addCard(
    doc,
    "a",
    { kind: "besoin", title: "Crèche", authorId: "p-1", authorName: "Camille", authorRole: "partner" },
    1,
  );
  return doc;
}

describe("phases drive the vote", () => {
  it("opens the vote on entering Voter with the last budget, and closes it on entering Décider", () => {
    const doc = board();
    openVote(doc, 5);
    closeVote(doc);
    enterPhase(doc, "contribute");
    expect(readBoardSettings(doc).vote.status).toBe("closed");
    // A fresh board: no vote yet, the budget is the default one.
    const fresh = board();
    enterPhase(fresh, "vote");
    expect(readBoardSettings(fresh)).toMatchObject({ phase: "vote", vote: { status: "open", budget: 3, round: 1 } });
    expect(placeVote(fresh, "p-2", "a", "v1")).toBeNull();
    enterPhase(fresh, "decide");
    expect(readBoardSettings(fresh)).toMatchObject({ phase: "decide", vote: { status: "closed" } });
    expect(tallyVotes(fresh).cards).toEqual([{ cardId: "a", votes: 1 }]);
  });

  it("takes a closed vote up again on coming back to Voter, in the same round: its ballots stay and count", () => {
    const doc = board();
    enterPhase(doc, "vote");
    placeVote(doc, "p-2", "a", "v1");
    enterPhase(doc, "decide");
    enterPhase(doc, "contribute");
    enterPhase(doc, "vote");
    expect(readBoardSettings(doc).vote).toMatchObject({ status: "open", round: 1 });
    expect(placeVote(doc, "p-2", "a", "v2")).toBeNull();
    enterPhase(doc, "decide");
    expect(tallyVotes(doc).cards).toEqual([{ cardId: "a", votes: 2 }]);
  });
});
