import { describe, expect, it } from "vitest";
import { draftOf, mappingOf, offeredMeasures } from "../src/indicators/import-mapping-draft.ts";

const COLUMNS = [
  { name: "Code commune", samples: ["66149"] },
  { name: "Année", samples: ["2022"] },
  { name: "Places en crèche", samples: ["24"] },
  { name: "Commentaire", samples: ["ouverte en 2021"] },
];

describe("the import's mapping step", () => {
  it("starts from the server's suggestion, with the file's name as the source", () => {
    const draft = draftOf(
      COLUMNS,
      {
        territoryColumn: "Code commune",
        year: { column: "Année" },
        measures: [{ column: "Places en crèche", label: "Places en crèche", unit: "places", theme: "Petite enfance" }],
      },
      "pmi-2022.csv",
    );
    expect(offeredMeasures(draft).map((measure) => [measure.column, measure.include])).toEqual([
      ["Places en crèche", true],
      ["Commentaire", false],
    ]);
    expect(mappingOf(draft)).toEqual({
      ok: true,
      mapping: {
        territoryColumn: "Code commune",
        year: { column: "Année" },
        measures: [{ column: "Places en crèche", label: "Places en crèche", unit: "places", theme: "Petite enfance" }],
        source: "pmi-2022.csv",
      },
    });
  });

  it("points at the first thing to correct", () => {
    const blank = draftOf(COLUMNS, undefined, "f.csv");
    expect(mappingOf(blank)).toMatchObject({ ok: false, field: "territoryColumn" });
    const located = { ...blank, territoryColumn: "Code commune", fixedYear: "22" };
    expect(mappingOf(located)).toMatchObject({ ok: false, problem: "badYear" });
    const dated = { ...located, fixedYear: "2022" };
    expect(mappingOf(dated)).toMatchObject({ ok: false, problem: "noMeasure" });
    const unnamed = {
      ...dated,
      measures: dated.measures.map((measure) =>
        measure.column === "Commentaire" ? { ...measure, include: true, label: " " } : measure,
      ),
    };
    expect(mappingOf(unnamed)).toEqual({ ok: false, field: "label:Commentaire", problem: "noLabel" });
  });
});
