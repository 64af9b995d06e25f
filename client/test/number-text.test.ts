import type { IndicatorView } from "@atelier/shared";
import { describe, expect, it } from "vitest";
import { readNumber, writeNumber } from "../src/forms/number-text.ts";
import { fr } from "../src/i18n/fr.ts";
import { frenchSpacing, withFrenchSpacing } from "../src/i18n/french-spacing.ts";
import { fieldsOf, reviewCorrection } from "../src/indicators/correction.ts";

// No language was chosen in this process: the interface is French, as it is for a first visit.
const misread = { ok: false, error: withFrenchSpacing(fr).numbers.misread };
const read = (text: string) => readNumber(text);

describe("numbers in French fields", () => {
  it("read spaces of any kind between thousands, and a decimal comma or point", () => {
    expect(read("125 000")).toEqual({ ok: true, value: 125_000 });
    expect(read("125\u00a0000")).toEqual({ ok: true, value: 125_000 });
    expect(read("1\u202f234\u202f567,89")).toEqual({ ok: true, value: 1_234_567.89 });
    expect(read("4,5")).toEqual({ ok: true, value: 4.5 });
    expect(read("4.5")).toEqual({ ok: true, value: 4.5 });
    expect(read("0.125")).toEqual({ ok: true, value: 0.125 });
    expect(read("125,000")).toEqual({ ok: true, value: 125 });
    expect(read(" 12 500,50 € ")).toEqual({ ok: true, value: 12_500.5 });
    expect(read("42 %")).toEqual({ ok: true, value: 42 });
    expect(read("-3,5")).toEqual({ ok: true, value: -3.5 });
    expect(read("125000")).toEqual({ ok: true, value: 125_000 });
  });

  it("read an empty field as no value", () => {
    expect(read("")).toEqual({ ok: true, value: null });
    expect(read("  ")).toEqual({ ok: true, value: null });
  });

  it("refuse what is not a number written the French way, saying how to write one", () => {
    // "125.000" is 125 000 to some: refused, as "125,000" is not, nor "0.125".
    for (const text of [
      "douze",
      "12 50",
      "1 2345",
      "12,34,5",
      "1.234,5",
      "1,2,3",
      ",",
      "-",
      "1e5",
      "12 500 000,5,",
      "125.000",
      "1.500",
    ]) {
      expect(read(text), text).toEqual(misread);
    }
  });

  it("are written grouped with narrow no-break spaces, with a decimal comma, cents in full for euros", () => {
    expect(writeNumber(125_000)).toBe("125\u202f000");
    expect(writeNumber(1234.5)).toBe("1\u202f234,5");
    expect(writeNumber(15_000.5, "euros")).toBe("15\u202f000,50");
    expect(writeNumber(71_240, "euros")).toBe("71\u202f240");
    expect(writeNumber(null)).toBe("");
  });

  it("read back to the value they were written from, so that saving a field untouched changes nothing", () => {
    for (const value of [0, 3.5, 0.125, 71_240, 120_000, 1_234_567.89, -42.25, 0.1 + 0.2, 1e-7, 1e21]) {
      expect(read(writeNumber(value)), String(value)).toEqual({ ok: true, value });
      expect(read(writeNumber(value, "euros")), String(value)).toEqual({ ok: true, value });
    }
  });
});

const indicator: IndicatorView = {
  id: "allocataires",
  label: "Allocataires",
  theme: "Général",
  year: 2022,
  unit: "",
  source: "Caf des Pyrénées-Orientales",
  values: { territoire: 4077.5, departement: 12.125, france: null },
};

describe("the correction of an indicator, in French", () => {
  it("starts from the figures written the French way, and changes nothing when sent as it is", () => {
    const fields = fieldsOf(indicator);
    expect(fields).toMatchObject({ territoire: "4\u202f077,5", departement: "12,125", france: "" });
    expect(reviewCorrection(indicator, fields)).toEqual({ ok: true, correction: {}, changes: [] });
  });

  it("quotes the source in French quotation marks, and refuses a misread figure beside its field", () => {
    const changed = reviewCorrection(indicator, { ...fieldsOf(indicator), source: "Insee" });
    expect(changed).toMatchObject({
      ok: true,
      changes: [frenchSpacing("Source : « Caf des Pyrénées-Orientales » → « Insee »")],
    });
    expect(reviewCorrection(indicator, { ...fieldsOf(indicator), france: "12,34,5" })).toEqual({
      ok: false,
      errors: { france: misread.error },
    });
  });
});
