import { describe, expect, it } from "vitest";
import { ApiError } from "../src/api/request.ts";
import { joinCodeFailureText } from "../src/board/presentation/join-code-refusal.ts";
import { en } from "../src/i18n/en.ts";

describe("a short code refused to a facilitator", () => {
  it("is worded in the screen's language when the pasted link is dead or not of this space", () => {
    const refused = (status: number, error: string, code?: string) =>
      new ApiError(error, status, code === undefined ? { error } : { error, code });
    expect(joinCodeFailureText(refused(410, "Ce lien d'invitation a expiré.", "expired"), en)).toBe(
      "This invitation link has expired.",
    );
    expect(joinCodeFailureText(refused(410, "…", "usedUp"), en)).toBe(en.boardDetails.join.closed.usedUp);
    expect(
      joinCodeFailureText(refused(404, "Ce lien n'est pas un lien d'invitation de cet espace.", "unknown"), en),
    ).toBe(en.joinCode.notInvitation);
  });

  it("keeps the server's words for any other failure", () => {
    const other = new ApiError("Code introuvable dans cet espace.", 404, {
      error: "Code introuvable dans cet espace.",
    });
    expect(joinCodeFailureText(other, en)).toBe("Code introuvable dans cet espace.");
    expect(joinCodeFailureText(new ApiError("Trop de requêtes.", 429, { error: "x", code: "tooMany" }), en)).toBe(
      "Trop de requêtes.",
    );
  });
});
