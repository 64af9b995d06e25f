import { describe, expect, it } from "vitest";
import { boardDocumentName, parseDocumentName, planDocumentName } from "../src/document-names.ts";

describe("document names", () => {
  it("round-trips board and plan names", () => {
    expect(parseDocumentName(boardDocumentName("abc", "b-1"))).toEqual({
      kind: "board",
      spaceId: "abc",
      boardId: "b-1",
    });
    expect(parseDocumentName(planDocumentName("abc"))).toEqual({ kind: "plan", spaceId: "abc" });
  });

  it("rejects names outside the layout", () => {
    for (const name of [
      "",
      "space/abc",
      "space/abc/board/",
      "space/a b/plan",
      "space/abc/plan/x",
      "../space/abc/plan",
    ]) {
      expect(parseDocumentName(name)).toBeUndefined();
    }
  });
});
