import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  addAxis,
  addObjective,
  createFiche,
  ficheById,
  listAxes,
  listObjectives,
  removePlanItem,
  updateFiche,
} from "../src/plan-document.ts";

/** Two axes; the first with two objectives, a fiche under each objective and one directly under the axis. */
function plan() {
  const doc = new Y.Doc();
  addAxis(doc, "a1", { title: "Soutenir la parentalité" });
  addAxis(doc, "a2", { title: "Accès aux droits" });
  addObjective(doc, "o1", { axisId: "a1", title: "Lieux d'accueil enfants-parents" });
  addObjective(doc, "o2", { axisId: "a1", title: "Médiation familiale" });
  for (const [id, objectiveId] of [
    ["f1", "o1"],
    ["f2", "o2"],
    ["f3", null],
  ] as const) {
    createFiche(doc, id, { title: `Fiche ${id}`, axisId: "a1", themes: [] }, 1);
    updateFiche(doc, id, { objectiveId }, 2);
  }
  createFiche(doc, "f4", { title: "Fiche f4", axisId: "a2", themes: [] }, 1);
  return doc;
}

const placeOf = (doc: Y.Doc, id: string) => {
  const fiche = ficheById(doc, id);
  return fiche && { axisId: fiche.axisId, objectiveId: fiche.objectiveId };
};

describe("removing part of the plan's structure", () => {
  it("removes an objective and keeps its fiches under the axis", () => {
    const doc = plan();
    expect(removePlanItem(doc, "objective", "o1")).toBe(true);
    expect(listObjectives(doc).map((objective) => objective.id)).toEqual(["o2"]);
    expect(placeOf(doc, "f1")).toEqual({ axisId: "a1", objectiveId: null });
    expect(placeOf(doc, "f2")).toEqual({ axisId: "a1", objectiveId: "o2" });
  });

  it("removes an axis with its objectives and keeps every fiche, without an axis", () => {
    const doc = plan();
    expect(removePlanItem(doc, "axis", "a1")).toBe(true);
    expect(listAxes(doc).map((axis) => axis.id)).toEqual(["a2"]);
    expect(listObjectives(doc)).toEqual([]);
    for (const id of ["f1", "f2", "f3"]) expect(placeOf(doc, id)).toEqual({ axisId: null, objectiveId: null });
    expect(placeOf(doc, "f4")).toEqual({ axisId: "a2", objectiveId: null });
  });

  it("answers false for an item that is no longer there, changing nothing", () => {
    const doc = plan();
    const before = Y.encodeStateVector(doc);
    expect(removePlanItem(doc, "axis", "missing")).toBe(false);
    expect(removePlanItem(doc, "objective", "a1")).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});
