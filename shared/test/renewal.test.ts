import { describe, expect, it } from "vitest";
import { frenchRefusal } from "../src/refusals.ts";
import { proposedRenewal, RenewalSchema, renewalName, renewalRefusal } from "../src/renewal.ts";
import { describeIssues } from "../src/validation.ts";

const CONVENTION = { name: "CdC Conflent-Canigou", period: { start: 2021, end: 2025 } };

describe("the next convention", () => {
  it("is proposed for the five years after the previous one, under a name of its own", () => {
    expect(proposedRenewal(CONVENTION)).toEqual({
      name: "CdC Conflent-Canigou 2026-2030",
      period: { start: 2026, end: 2030 },
    });
    // Never past the last year a space may hold.
    expect(proposedRenewal({ name: "X", period: { start: 2093, end: 2097 } }).period).toEqual({
      start: 2098,
      end: 2100,
    });
  });

  it("is named after the previous one, its period's years replaced as they were written", () => {
    const renamed = (name: string) => renewalName({ name, period: CONVENTION.period }, { start: 2026, end: 2030 });
    expect(renamed("CTG Conflent-Canigou 2021-2025")).toBe("CTG Conflent-Canigou 2026-2030");
    expect(renamed("CTG (2021 – 2025) Conflent")).toBe("CTG (2026 – 2030) Conflent");
    expect(renamed("CTG 2021/25")).toBe("CTG 2026/30");
    expect(renamed("Convention de 2021 à 2025")).toBe("Convention de 2026 à 2030");
    // Years of another period, or part of a longer number, are not the convention's: the new years are added.
    expect(renamed("CTG 2020-2024")).toBe("CTG 2020-2024 2026-2030");
    expect(renamed("Dossier 120215-2025")).toBe("Dossier 120215-2025 2026-2030");
    expect(renamed("CdC Conflent-Canigou ")).toBe("CdC Conflent-Canigou 2026-2030");
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
