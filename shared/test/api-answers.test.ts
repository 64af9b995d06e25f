import { describe, expect, it } from "vitest";
import { pathOf } from "../src/api-answers.ts";

describe("pathOf", () => {
  it("fills each :name of a route's path with its value", () => {
    expect(pathOf("/spaces/:spaceId/bilan/:year/fiches/:ficheId", { spaceId: "s1", year: 2025, ficheId: "f1" })).toBe(
      "/spaces/s1/bilan/2025/fiches/f1",
    );
  });

  it("encodes the values, so an id cannot reach another route", () => {
    expect(pathOf("/spaces/:spaceId/diagnostic.docx", { spaceId: "a/../b ?" })).toBe(
      "/spaces/a%2F..%2Fb%20%3F/diagnostic.docx",
    );
  });
});
