import type { IndicatorView } from "@atelier/shared";
import { describe, expect, it, vi } from "vitest";

// This browser chose English before the page loaded: the interface reads its choice at start-up (i18n/language.ts).
vi.hoisted(() => {
  vi.stubGlobal("window", {
    localStorage: { getItem: (key: string) => (key === "atelier:langue" ? "en" : null) },
  });
});

const { readNumber, writeNumber } = await import("../src/forms/number-text.ts");
const { fieldsOf, reviewCorrection } = await import("../src/indicators/correction.ts");
const { en } = await import("../src/i18n/en.ts");

const misread = { ok: false, error: en.numbers.misread };
const read = (text: string) => readNumber(text);

describe("numbers in English fields", () => {
  it("read commas between thousands and a decimal point", () => {
    expect(read("125,000")).toEqual({ ok: true, value: 125_000 });
    expect(read("1,234.5")).toEqual({ ok: true, value: 1234.5 });
    expect(read("1,234,567.89")).toEqual({ ok: true, value: 1_234_567.89 });
    expect(read("0.5")).toEqual({ ok: true, value: 0.5 });
    expect(read(".5")).toEqual({ ok: true, value: 0.5 });
    expect(read("€1,200")).toEqual({ ok: true, value: 1200 });
    expect(read("42%")).toEqual({ ok: true, value: 42 });
    expect(read("-3.5")).toEqual({ ok: true, value: -3.5 });
    expect(read("125000")).toEqual({ ok: true, value: 125_000 });
    // A space never is a decimal point: it may stand between thousands too.
    expect(read("125 000")).toEqual({ ok: true, value: 125_000 });
    expect(read("")).toEqual({ ok: true, value: null });
  });

  it("refuse a comma that could be a decimal one, or a malformed number, rather than guess", () => {
    for (const text of ["1,23", "12,34,5", "4,5", "1,2345", "1.234,5", "12.5.1", "1,234 567", "twelve", "1e5", "."]) {
      expect(read(text), text).toEqual(misread);
    }
  });

  it("are written with commas between thousands and a decimal point, cents in full for euros", () => {
    expect(writeNumber(125_000)).toBe("125,000");
    expect(writeNumber(1234.5)).toBe("1,234.5");
    expect(writeNumber(15_000.5, "euros")).toBe("15,000.50");
    expect(writeNumber(71_240, "euros")).toBe("71,240");
  });

  it("read back to the value they were written from: 71,240 € saved untouched stays 71,240 €, not 71.24 €", () => {
    for (const value of [0, 3.5, 0.125, 71_240, 120_000, 1_234_567.89, -42.25, 0.1 + 0.2, 1e-7, 1e21]) {
      expect(read(writeNumber(value)), String(value)).toEqual({ ok: true, value });
      expect(read(writeNumber(value, "euros")), String(value)).toEqual({ ok: true, value });
    }
  });
});

const indicator: IndicatorView = {
  id: "allocataires",
  label: "Allocataires",
  theme: "General",
  year: 2022,
  unit: "",
  source: "Caf des Pyrénées-Orientales",
  values: { territoire: 4077.5, departement: 12.125, france: null },
};

describe("the correction of an indicator, in English", () => {
  it("starts from the figures written the English way, and changes nothing when sent as it is", () => {
    const fields = fieldsOf(indicator);
    expect(fields).toMatchObject({ territoire: "4,077.5", departement: "12.125", france: "" });
    expect(reviewCorrection(indicator, fields)).toEqual({ ok: true, correction: {}, changes: [] });
  });

  it("quotes the source in English quotation marks", () => {
    const changed = reviewCorrection(indicator, { ...fieldsOf(indicator), territoire: "4,100", source: "Insee" });
    expect(changed).toMatchObject({
      ok: true,
      correction: { values: { territoire: 4100 }, source: "Insee" },
      changes: ["Territory: 4,077.5 → 4,100", "Source: “Caf des Pyrénées-Orientales” → “Insee”"],
    });
  });
});
