import { describe, expect, it } from "vitest";
import { CreateSpaceSchema, PeriodSchema } from "../src/space.ts";
import { BoardPatchSchema, DEFAULT_THEMES } from "../src/themes.ts";
import { describeIssues } from "../src/validation.ts";

function refusal(schema: { safeParse(input: unknown): { success: boolean; error?: unknown } }, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error("expected a refusal");
  return describeIssues(result.error as Parameters<typeof describeIssues>[0]);
}

describe("space schema", () => {
  it("accepts a CTG period", () => {
    expect(CreateSpaceSchema.parse({ name: " CdC Conflent-Canigou ", period: { start: 2021, end: 2025 } })).toEqual({
      name: "CdC Conflent-Canigou",
      period: { start: 2021, end: 2025 },
    });
  });

  it("explains what is wrong with a period", () => {
    expect(refusal(CreateSpaceSchema, { name: "X", period: { start: 2025, end: 2021 } })).toBe(
      "period : La fin de la période doit suivre son début.",
    );
    expect(refusal(CreateSpaceSchema, { name: "X", period: { start: 2021.5, end: 2025 } })).toBe(
      "period.start : Une année doit être un nombre entier.",
    );
    expect(refusal(CreateSpaceSchema, { name: "X", period: { start: 2021, end: 2026 } })).toBe(
      "period : Une convention dure au plus 5 ans : commencée en 2021, elle s'achève au plus tard en 2025.",
    );
    expect(refusal(CreateSpaceSchema, { name: "X" })).toMatch(/^period : /);
    expect(refusal(CreateSpaceSchema, null)).toBe("Le corps de la requête doit être un objet { name, period }.");
  });

  it("still reads the longer periods of spaces created before the five-year rule", () => {
    expect(PeriodSchema.parse({ start: 2020, end: 2027 })).toEqual({ start: 2020, end: 2027 });
  });

  it("ships the five default thematic groups", () => {
    expect(DEFAULT_THEMES.map((t) => t.theme)).toEqual([
      "Petite enfance",
      "Enfance-Jeunesse",
      "Parentalité",
      "Accès aux droits / Jeunes adultes",
      "Animation de la vie sociale / Logement",
    ]);
  });

  it("refuses an empty board patch", () => {
    expect(refusal(BoardPatchSchema, {})).toMatch(/Rien à modifier/);
  });
});
