import { describe, expect, it } from "vitest";
import { JoinPreviewSchema, JoinSchema } from "../src/invitation.ts";
import { JoinCodeSchema } from "../src/join-code.ts";
import { formatJoinCode, JOIN_CODE_ALPHABET, joinCodeIn } from "../src/join-code-text.ts";

describe("short codes", () => {
  it("leave out the characters read one for another", () => {
    for (const lookAlike of "01OIL") expect(JOIN_CODE_ALPHABET).not.toContain(lookAlike);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
  });

  it("are read whatever the case, spaces or dash, and shown in two groups of four", () => {
    for (const typed of ["K7MX-42QF", "k7mx42qf", " k7mx 42qf ", "K7M-X42-QF"])
      expect(joinCodeIn(typed)).toBe("K7MX42QF");
    for (const wrong of ["K7MX-42Q", "K7MX-42QF2", "K7MX-42QO", "K7MX-42Q1", "", "K7MX_42QF"])
      expect(joinCodeIn(wrong)).toBeNull();
    expect(formatJoinCode("K7MX42QF")).toBe("K7MX-42QF");
    expect(JoinCodeSchema.parse("k7mx-42qf")).toBe("K7MX42QF");
  });

  it("stand in for the token when joining: one of the two, never both or neither", () => {
    expect(JoinSchema.parse({ code: "k7mx42qf", displayName: "Lina" })).toEqual({
      code: "K7MX42QF",
      displayName: "Lina",
      organisation: "",
    });
    expect(JoinSchema.safeParse({ token: "t", code: "K7MX42QF", displayName: "Lina" }).success).toBe(false);
    expect(JoinSchema.safeParse({ displayName: "Lina" }).success).toBe(false);
    expect(JoinPreviewSchema.safeParse({ token: "t" }).success).toBe(true);
    expect(JoinPreviewSchema.safeParse({ code: "K7MX42QO" }).success).toBe(false);
  });
});
