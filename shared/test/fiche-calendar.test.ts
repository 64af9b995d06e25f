import { describe, expect, it } from "vitest";
import { bilanFiches, bilanYearsOf, calendarYears } from "../src/fiche-calendar.ts";

const period = { start: 2021, end: 2025 };
const fiche = (id: string, calendar: { years?: number[]; startDate?: string; endDate?: string } = {}) => ({
  id,
  years: calendar.years ?? [],
  startDate: calendar.startDate ?? null,
  endDate: calendar.endDate ?? null,
});
const entry = (ficheId: string, year: number) => ({ ficheId, year });
/** Which fiches the bilan of `year` holds, each as its id, starred when only a kept entry holds it. */
const held = (fiches: ReturnType<typeof fiche>[], year: number, entries: { ficheId: string; year: number }[] = []) =>
  bilanFiches(fiches, year, period, entries).map(
    ({ fiche, outsideCalendar }) => `${fiche.id}${outsideCalendar ? "*" : ""}`,
  );

describe("the years a year's bilan holds a fiche", () => {
  const creche = fiche("creche", { startDate: "2023-01-02" });
  const summer = fiche("summer", { years: [2022, 2023] });
  const spanning = fiche("spanning", { startDate: "2019-09-01", endDate: "2027-06-30" });
  const undated = fiche("undated");

  it("holds a fiche in the years its calendar covers, within the convention for dates alone", () => {
    expect(bilanYearsOf(creche, period)).toEqual([2023, 2024, 2025]);
    expect(bilanYearsOf(summer, period)).toEqual([2022, 2023]);
    // Dates running past both ends of the convention: every year of it.
    expect(bilanYearsOf(spanning, period)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(bilanYearsOf(fiche("ended", { endDate: "2020-12-31" }), period)).toEqual([]);
  });

  it("holds a fiche without dates nor years in every year of the convention", () => {
    expect(calendarYears(undated, period)).toBeNull();
    expect(bilanYearsOf(undated, period)).toEqual([2021, 2022, 2023, 2024, 2025]);
  });

  it("leaves out of a year's bilan a fiche starting later, and keeps the plan's order", () => {
    const plan = [creche, summer, spanning, undated];
    expect(held(plan, 2022)).toEqual(["summer", "spanning", "undated"]);
    expect(held(plan, 2024)).toEqual(["creche", "spanning", "undated"]);
  });

  it("keeps a fiche whose entry of the year was written before its calendar moved, marked outside it", () => {
    const entries = [entry("creche", 2022), entry("summer", 2021), entry("other", 2022)];
    expect(held([creche, summer, undated], 2022, entries)).toEqual(["creche*", "summer", "undated"]);
    expect(held([creche, summer, undated], 2021, entries)).toEqual(["summer*", "undated"]);
    // An entry of another year keeps nothing in this one.
    expect(held([creche], 2023, [entry("creche", 2022)])).toEqual(["creche"]);
  });
});
