import { describe, expect, it } from "vitest";
import { numberAvenants, resolveSignatories } from "../src/convention.ts";
import type { Party } from "../src/parties.ts";

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

  it("refuses an unknown party and one named twice, in French", () => {
    expect(resolveSignatories(parties, [2])).toMatchObject({ ok: false, error: expect.stringMatching(/n'existe pas/) });
    expect(resolveSignatories(parties, ["MSA"])).toMatchObject({ ok: false, error: expect.stringMatching(/MSA/) });
    expect(resolveSignatories(parties, [1, "CdC Conflent-Canigou"])).toMatchObject({
      ok: false,
      error: expect.stringMatching(/deux fois/),
    });
  });
});
