import { describe, expect, it } from "vitest";
import { bilanYearsValidated, periodChangeRefusal } from "../src/period-change.ts";
import { frenchRefusal } from "../src/refusals.ts";
import { SpacePatchSchema } from "../src/space.ts";
import { describeIssues } from "../src/validation.ts";

const CURRENT = { start: 2021, end: 2025 };
const PREVIOUS = { id: "p", name: "CTG 2016-2020", period: { start: 2016, end: 2020 } };
const NEXT = { id: "n", name: "CTG 2027-2031", period: { start: 2027, end: 2031 } };
const UNLINKED = { previous: null, next: null, bilanYears: [] };

describe("a convention's period changed afterwards", () => {
  it("never overlaps the convention before or after it, a gap allowed", () => {
    const holds = { previous: PREVIOUS, next: NEXT, bilanYears: [] };
    expect(periodChangeRefusal(CURRENT, { start: 2021, end: 2026 }, holds)).toBeNull();
    expect(periodChangeRefusal(CURRENT, { start: 2022, end: 2025 }, holds)).toBeNull();
    const early = periodChangeRefusal(CURRENT, { start: 2020, end: 2024 }, holds);
    expect(early).toEqual({ code: "periodOverlapsPrevious", params: { name: "CTG 2016-2020", end: 2020 } });
    expect(frenchRefusal(early?.code ?? "spaceNotFound", early?.params)).toBe(
      "Cette période chevauche la convention précédente, « CTG 2016-2020 », qui court jusqu'en 2020 : commencez-la après.",
    );
    expect(periodChangeRefusal(CURRENT, { start: 2023, end: 2027 }, holds)).toEqual({
      code: "periodOverlapsNext",
      params: { name: "CTG 2027-2031", start: 2027 },
    });
  });

  it("keeps every year of the convention a bilan is kept for, naming those it would leave out", () => {
    const holds = { ...UNLINKED, bilanYears: [2019, 2021, 2022, 2024] };
    expect(periodChangeRefusal(CURRENT, { start: 2023, end: 2023 }, holds)).toEqual({
      code: "periodDropsBilanYears",
      params: { years: [2021, 2022, 2024] },
    });
    expect(periodChangeRefusal(CURRENT, { start: 2021, end: 2024 }, holds)).toBeNull();
    // A year the period already left out (2019) is no concern of this change.
    expect(periodChangeRefusal(CURRENT, { start: 2020, end: 2024 }, holds)).toBeNull();
  });

  it("reads the years meetings validated a bilan of, named or as the meeting's date implies", () => {
    const meetings = [
      { date: "2023-03-10", decisions: [{ kind: "bilan-annuel" as const, text: "Bilan validé." }] },
      { date: "2023-12-01", decisions: [{ kind: "bilan-annuel" as const, text: "Bilan 2021 validé.", year: 2021 }] },
      { date: "2023-12-02", decisions: [{ kind: "libre" as const, text: "Rien." }] },
    ];
    expect(bilanYearsValidated(meetings)).toEqual([2022, 2021]);
  });

  it("is held to a new space's five years and year rules, with their codes", () => {
    expect(SpacePatchSchema.parse({ period: { start: 2022, end: 2026 } })).toEqual({
      period: { start: 2022, end: 2026 },
    });
    const tooLong = SpacePatchSchema.safeParse({ period: { start: 2021, end: 2026 } });
    expect(tooLong.error?.issues.map((issue) => issue.message)).toEqual(["periodTooLong"]);
    expect(describeIssues(tooLong.error as Parameters<typeof describeIssues>[0])).toBe(
      "period : Une convention dure au plus 5 ans : commencée en 2021, elle s'achève au plus tard en 2025.",
    );
    const reversed = SpacePatchSchema.safeParse({ period: { start: 2025, end: 2021 } });
    expect(reversed.error?.issues.map((issue) => issue.message)).toEqual(["periodReversed"]);
  });
});
