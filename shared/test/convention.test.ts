import { describe, expect, it } from "vitest";
import { numberAvenants, resolveSignatories } from "../src/convention.ts";
import type { Party } from "../src/parties.ts";
import { frenchRefusal } from "../src/refusals.ts";

const version = (id: string, createdAt: number) => ({ id, label: `Version ${id}`, meetingId: null, createdAt });

describe("numberAvenants", () => {
  it("numbers the versions frozen after the signed one, in order, whatever order they are listed in", () => {
    const versions = [version("c", 30), version("a", 10), version("d", 30), version("b", 20)];
    expect(numberAvenants(versions, "b").map(({ number, versionId }) => [number, versionId])).toEqual([
      [1, "c"],
      [2, "d"],
    ]);
  });

  it("has none while nothing is signed", () => {
    expect(numberAvenants([version("a", 10)], null)).toEqual([]);
  });
});

describe("resolveSignatories", () => {
  const parties: Party[] = [
    { kind: "caf", name: "Caf des Pyrénées-Orientales" },
    { kind: "epci", name: "CdC Conflent-Canigou" },
  ];

  it("takes positions and names (case and accents aside), in the order of the list", () => {
    const resolved = resolveSignatories(parties, ["cdc conflent-canigou", 0]);
    expect(resolved).toEqual({ ok: true, parties });
  });

  it("refuses an unknown party and one named twice, with the refusal's code and what its wording quotes", () => {
    expect(resolveSignatories(parties, [2])).toEqual({
      ok: false,
      code: "signatoryNumberUnknown",
      params: { index: 2, count: 2 },
    });
    expect(resolveSignatories(parties, ["MSA"])).toEqual({
      ok: false,
      code: "signatoryNameUnknown",
      params: { name: "MSA" },
    });
    const twice = resolveSignatories(parties, [1, "CdC Conflent-Canigou"]);
    expect(twice).toMatchObject({ ok: false, code: "signatoryTwice" });
    expect(twice.ok ? "" : frenchRefusal(twice.code, twice.params)).toMatch(/deux fois/);
  });
});
