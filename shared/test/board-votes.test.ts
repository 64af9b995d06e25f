import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { groupCards } from "../src/board-clusters.ts";
import { addCard } from "../src/board-document.ts";
import { readBoardSettings } from "../src/board-settings.ts";
import { ballotOf, closeVote, openVote, placeVote, removeVote, tallyVotes, votesLeft } from "../src/board-votes.ts";

const author = { authorId: "p-1", authorName: "Camille", authorRole: "partner" } as const;

function board() {
  const doc = new Y.Doc();
  for (const id of ["a", "b", "c"]) addCard(doc, id, { kind: "besoin", title: id, ...author }, 1);
  return doc;
}

describe("dot voting", () => {
  it("refuses votes until a vote is open, then holds the budget", () => {
    const doc = board();
    expect(placeVote(doc, "p-1", "a", "v1")).toBe("closed");
    openVote(doc, 2);
    expect(placeVote(doc, "p-1", "a", "v1")).toBeNull();
    expect(placeVote(doc, "p-1", "a", "v2")).toBeNull();
    expect(placeVote(doc, "p-1", "b", "v3")).toBe("budgetSpent");
    expect(votesLeft(doc, "p-1")).toBe(0);
    expect(removeVote(doc, "p-1", "a")).toBe(true);
    expect(placeVote(doc, "p-1", "zzz", "v4")).toBe("cardGone");
    expect(ballotOf(doc, "p-1")).toEqual(["a"]);
  });

  it("tallies cards and clusters, most voted first, and a new round starts from zero", () => {
    const doc = board();
    groupCards(doc, "b", "c", { id: "k", name: "Groupe", color: "vert" });
    openVote(doc, 3);
    placeVote(doc, "p-1", "a", "1");
    placeVote(doc, "p-2", "c", "2");
    placeVote(doc, "p-2", "c", "3");
    placeVote(doc, "p-3", "b", "4");
    closeVote(doc);
    expect(readBoardSettings(doc).vote.status).toBe("closed");
    expect(tallyVotes(doc)).toEqual({
      cards: [
        { cardId: "c", votes: 2 },
        { cardId: "b", votes: 1 },
        { cardId: "a", votes: 1 },
      ],
      clusters: [{ clusterId: "k", votes: 3 }],
      voters: 3,
    });
    expect(removeVote(doc, "p-1", "a")).toBe(false);
    openVote(doc, 1);
    expect(readBoardSettings(doc).vote).toEqual({ status: "open", budget: 1, round: 2 });
    expect(tallyVotes(doc).voters).toBe(0);
  });
});
