import { describe, expect, it } from "vitest";
import { formatNumber, parseFrenchNumber } from "../src/plan/validation.ts";

describe("numbers as French people type them", () => {
  it("read spaces, non-breaking spaces, euros and a decimal comma", () => {
    expect(parseFrenchNumber("12 500")).toBe(12500);
    expect(parseFrenchNumber("12\u202f500,50 €")).toBe(12500.5);
    expect(parseFrenchNumber("")).toBeNull();
    expect(parseFrenchNumber("douze")).toBeNaN();
  });

  it("are shown back grouped, with a comma, and read again to the same value", () => {
    for (const value of [0, 3.5, 1234567.89]) expect(parseFrenchNumber(formatNumber(value))).toBe(value);
    expect(formatNumber(null)).toBe("");
  });
});
