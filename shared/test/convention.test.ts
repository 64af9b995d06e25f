import { describe, expect, it } from "vitest";
import { avenantOwnLabel, numberAvenants, resolveSignatories } from "../src/convention.ts";
import type { Party } from "../src/parties.ts";
import { frenchRefusal } from "../src/refusals.ts";

const version = (id: string, createdAt: number) => ({ id, label: `Version ${id}`, meetingId: null, createdAt });

describe("numberAvenants", () => {
  it("numbers the versions frozen after the signed one, in order, whatever order they are listed in", () => {
    const versions = [version("c", 30), version("a", 10), version("d", 30), version("b", 20)];
    expect(numberAvenants(versions, "b", []).map(({ number, versionId }) => [number, versionId])).toEqual([
      [1, "c"],
      [2, "d"],
    ]);
  });

  it("has none while nothing is signed", () => {
    expect(numberAvenants([version("a", 10)], null, [])).toEqual([]);
  });

  it("dates an avenant by the comité that decided it, not by the day it was frozen", () => {
    const frozenLate = Date.parse("2026-12-05T18:16:00Z");
    const versions = [version("a", 10), { ...version("b", frozenLate), meetingId: "copil" }, version("c", frozenLate)];
    const meetings = [{ id: "copil", date: "2024-06-20" }];
    expect(numberAvenants(versions, "a", meetings).map(({ number, decidedOn }) => [number, decidedOn])).toEqual([
      [1, "2024-06-20"],
      [2, null],
    ]);
  });
});

describe("avenantOwnLabel", () => {
  it("drops a label that only repeats the avenant's numbering, however it is written", () => {
    for (const label of [
      "Avenant n° 1",
      "Avenant n°1",
      "avenant no 2",
      "AVENANT N° 3 :",
      "Avenant 1",
      "Avenant nº 12",
    ]) {
      expect(avenantOwnLabel(label), label).toBeNull();
    }
  });

  it("keeps what a label adds to the numbering", () => {
    expect(avenantOwnLabel("Avenant n° 1 : nouveau pilote de la crèche")).toBe("nouveau pilote de la crèche");
    expect(avenantOwnLabel("Changement de pilote")).toBe("Changement de pilote");
    expect(avenantOwnLabel("Avenant relatif au RPE")).toBe("Avenant relatif au RPE");
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
