import { describe, expect, it } from "vitest";
import { frenchRefusal } from "../src/refusals.ts";
import { proposedRenewal, RenewalSchema, renewalRefusal } from "../src/renewal.ts";
import { describeIssues } from "../src/validation.ts";

const CONVENTION = { name: "CdC Conflent-Canigou", period: { start: 2021, end: 2025 } };

describe("the next convention", () => {
  it("is proposed under the same name for the five years after the previous one", () => {
    expect(proposedRenewal(CONVENTION)).toEqual({ name: "CdC Conflent-Canigou", period: { start: 2026, end: 2030 } });
    // Never past the last year a space may hold.
    expect(proposedRenewal({ name: "X", period: { start: 2093, end: 2097 } }).period).toEqual({
      start: 2098,
      end: 2100,
    });
  });

  it("starts after the previous one ends, a gap between them allowed", () => {
    expect(renewalRefusal(CONVENTION.period, { start: 2026, end: 2030 })).toBeNull();
    expect(renewalRefusal(CONVENTION.period, { start: 2028, end: 2032 })).toBeNull();
    const overlap = renewalRefusal(CONVENTION.period, { start: 2025, end: 2029 });
    expect(overlap).toEqual({ code: "renewalPeriodOverlaps", params: { start: 2025, end: 2025 } });
    expect(frenchRefusal(overlap?.code ?? "spaceNotFound", overlap?.params)).toBe(
      "La convention suivante commence après la fin de celle-ci, en 2025 : 2025 est trop tôt.",
    );
  });

  it("is held to a new space's name and five years", () => {
    expect(RenewalSchema.parse({ name: " CTG 2026-2030 ", period: { start: 2026, end: 2030 } })).toEqual({
      name: "CTG 2026-2030",
      period: { start: 2026, end: 2030 },
    });
    const tooLong = RenewalSchema.safeParse({ name: "X", period: { start: 2026, end: 2031 } });
    expect(tooLong.success).toBe(false);
    expect(describeIssues(tooLong.error as Parameters<typeof describeIssues>[0])).toBe(
      "period : Une convention dure au plus 5 ans : commencée en 2026, elle s'achève au plus tard en 2030.",
    );
    const notObject = RenewalSchema.safeParse("CTG 2026-2030");
    expect(describeIssues(notObject.error as Parameters<typeof describeIssues>[0])).toBe(
      "La convention suivante doit être un objet { name, period }.",
    );
  });
});
