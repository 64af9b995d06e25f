import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CAF_DISPOSITIFS,
  FINANCER_KINDS,
  type FinancedLine,
  financerKey,
  financingTotals,
  formatEuros,
  NATURES,
} from "../src/index.ts";

const YEARS = [2021, 2022, 2023, 2024, 2025];
const AXES = ["a1", "a2", "a3"];

/** Any line a plan may hold: amounts in whole cents up to ten million euros, some years outside the period. */
const line: fc.Arbitrary<FinancedLine> = fc
  .record({
    kind: fc.constantFrom(...FINANCER_KINDS),
    label: fc.constantFrom("", "Prades", "prades", "Vinça", "Région Occitanie"),
    nature: fc.constantFrom(...NATURES, null),
    dispositif: fc.constantFrom(...CAF_DISPOSITIFS, null),
    year: fc.constantFrom(...YEARS, 2026),
    cents: fc.integer({ min: 0, max: 1_000_000_000 }),
    axisId: fc.constantFrom(...AXES, "removed-axis", null),
  })
  .map(({ kind, label, nature, dispositif, year, cents, axisId }) => ({
    financer: { kind, label: kind === "autre" && label === "" ? "Fondation" : label },
    nature,
    dispositif: kind === "caf" ? dispositif : null,
    year,
    amount: cents / 100,
    axisId,
  }));

/** The plain sum, in cents, of the lines that pass a test. */
const plainCents = (lines: FinancedLine[], keep: (line: FinancedLine) => boolean) =>
  lines.filter(keep).reduce((sum, one) => sum + Math.round(one.amount * 100), 0);
const cents = (euros: number | undefined) => Math.round((euros ?? 0) * 100);

describe("financing totals", () => {
  it("add up, per year, financer, nature, Caf dispositif and axis, to the plain sum of the lines, cents kept", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        const totals = financingTotals(lines, YEARS, AXES);
        const all = plainCents(lines, () => true);
        expect(cents(totals.total)).toBe(all);
        // Exactly the whole cents over 100: no float drift from adding euros one after the other.
        expect(totals.total).toBe(all / 100);
        for (const year of [...YEARS, 2026]) {
          expect(cents(totals.byYear[String(year)])).toBe(plainCents(lines, (one) => one.year === year));
        }
        for (const rows of [totals.byFinancer, totals.byNature, totals.byAxis]) {
          expect(rows.reduce((sum, row) => sum + cents(row.total), 0)).toBe(all);
        }
        for (const row of totals.byFinancer) {
          expect(cents(row.total)).toBe(plainCents(lines, (one) => financerKey(one.financer) === row.key));
          for (const [year, amount] of Object.entries(row.byYear)) {
            const expected = plainCents(
              lines,
              (one) => financerKey(one.financer) === row.key && String(one.year) === year,
            );
            expect(cents(amount)).toBe(expected);
          }
        }
        for (const row of totals.byNature) {
          expect(cents(row.total)).toBe(plainCents(lines, (one) => one.nature === row.key));
        }
        for (const row of totals.byDispositif) {
          const caf = (one: FinancedLine) => one.financer.kind === "caf" && one.dispositif === row.key;
          expect(cents(row.total)).toBe(plainCents(lines, caf));
        }
        expect(totals.byDispositif.reduce((sum, row) => sum + cents(row.total), 0)).toBe(
          plainCents(lines, (one) => one.financer.kind === "caf"),
        );
        for (const row of totals.byAxis) {
          const onAxis = (one: FinancedLine) =>
            row.key === null ? one.axisId === null || !AXES.includes(one.axisId) : one.axisId === row.key;
          expect(cents(row.total)).toBe(plainCents(lines, onAxis));
        }
      }),
    );
  });

  it("keeps every year of the period, even without money, and lists axes in the plan's order", () => {
    const totals = financingTotals(
      [
        {
          financer: { kind: "epci", label: "" },
          nature: "investissement",
          dispositif: null,
          year: 2023,
          amount: 1,
          axisId: "a3",
        },
        { financer: { kind: "caf", label: "" }, nature: null, dispositif: null, year: 2021, amount: 2, axisId: "a1" },
      ],
      YEARS,
      AXES,
    );
    expect(Object.keys(totals.byYear)).toEqual(["2021", "2022", "2023", "2024", "2025"]);
    expect(totals.byAxis.map((row) => row.key)).toEqual(["a1", "a3"]);
    expect(totals.byNature.map((row) => row.key)).toEqual(["investissement", null]);
  });

  it("sums 0.10 and 0.20 to 0.30 and 15 000.50 stays 15 000,50 €", () => {
    const at = (amount: number): FinancedLine => ({
      financer: { kind: "caf", label: "" },
      nature: "fonctionnement",
      dispositif: "bonus-territoire-ctg",
      year: 2022,
      amount,
      axisId: null,
    });
    expect(financingTotals([at(0.1), at(0.2)], YEARS, []).total).toBe(0.3);
    const total = financingTotals([at(15_000.5)], YEARS, []).total;
    expect(formatEuros(total).replace(/\s/g, " ")).toBe("15 000,50 €");
    expect(formatEuros(total, "en-GB")).toBe("€15,000.50");
    expect(formatEuros(12_500).replace(/\s/g, " ")).toBe("12 500 €");
  });

  it("counts a commune by its name, and the Caf as one whatever its label", () => {
    const totals = financingTotals(
      [
        { kind: "commune", label: "Prades" },
        { kind: "commune", label: "prades " },
        { kind: "commune", label: "Vinça" },
        { kind: "caf", label: "Caf des Pyrénées-Orientales" },
        { kind: "caf", label: "" },
      ].map((financer) => ({
        financer,
        nature: null,
        dispositif: null,
        year: 2022,
        amount: 10,
        axisId: null,
      })) as FinancedLine[],
      YEARS,
      [],
    );
    expect(totals.byFinancer.map((row) => [row.key, row.total])).toEqual([
      ["caf", 20],
      ["commune:prades", 20],
      ["commune:vinça", 10],
    ]);
  });
});
