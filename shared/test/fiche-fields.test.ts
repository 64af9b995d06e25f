import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  comparePlans,
  describeIssues,
  emptyFicheFields,
  FICHE_DETAIL_FIELDS,
  FICHE_FIELDS,
  type Fiche,
  FichePatchSchema,
  ficheById,
  ficheField,
  ficheFieldText,
  frenchFicheWords,
  listFiches,
  PLAN_LAYOUT,
  planFiches,
  planReport,
  schemaVersionOf,
  updateFiche,
  upgradeDocument,
} from "../src/index.ts";

/** A fiche as plan layouts 1 to 3 stored it: only the fields they knew. */
function olderFiche(doc: Y.Doc, id: string, fields: Record<string, unknown> = {}): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  const stored = {
    title: "Relais petite enfance itinérant",
    axisId: null,
    objectiveId: null,
    order: "a0",
    themes: ["Petite enfance"],
    status: "validee",
    targetPublic: "Assistantes maternelles",
    pilot: "Commune de Prades",
    partners: ["PMI"],
    years: [2022, 2023],
    createdAt: 1,
    updatedAt: 2,
    ...fields,
  };
  doc.transact(() => {
    for (const [key, value] of Object.entries(stored)) map.set(key, value);
    map.set("description", new Y.XmlFragment());
    map.set("sources", new Y.Map());
    map.set("budget", new Y.Map());
    map.set("indicators", new Y.Map());
    planFiches(doc).set(id, map);
  });
  return map;
}

function olderPlan(version: number): Y.Doc {
  const doc = new Y.Doc();
  const fiche = olderFiche(doc, "f1");
  // Layout 2 wrote budget lines with a free-text financer: both migrations run, in turn.
  if (version < 3) (fiche.get("budget") as Y.Map<unknown>).set("l1", { financer: "Caf", amount: 1000, year: 2022 });
  doc.getMap("meta").set("schemaVersion", version);
  // Through an update, as the server loads a stored document.
  const loaded = new Y.Doc();
  Y.applyUpdate(loaded, Y.encodeStateAsUpdate(doc));
  return loaded;
}

const NEW_FIELDS = {
  actionType: null,
  communes: [],
  staffFte: null,
  staffRoles: "",
  startDate: null,
  endDate: null,
  milestones: [],
  policyLinks: [],
  policyOther: "",
  evaluationWhat: "",
  evaluationWho: "",
  evaluationWhen: "",
};

describe("plan layout 4: the fields of a Caf fiche", () => {
  it.each([3, 2])("reads a plan of layout %i whole, its fiches given the new fields' empty values", (version) => {
    const doc = olderPlan(version);
    upgradeDocument(doc, PLAN_LAYOUT);
    expect(schemaVersionOf(doc)).toBe(4);
    const stored = planFiches(doc).get("f1");
    for (const [key, empty] of Object.entries(NEW_FIELDS)) expect(stored?.get(key), key).toEqual(empty);
    expect(ficheById(doc, "f1")).toMatchObject({
      title: "Relais petite enfance itinérant",
      status: "validee",
      pilot: "Commune de Prades",
      partners: ["PMI"],
      years: [2022, 2023],
      ...NEW_FIELDS,
    });
    if (version < 3) expect(ficheById(doc, "f1")?.budget[0]?.financer).toEqual({ kind: "caf", label: "" });
  });

  it("upgrades once, and leaves a value already there as it is", () => {
    const doc = olderPlan(3);
    planFiches(doc).get("f1")?.set("actionType", "maintien");
    upgradeDocument(doc, PLAN_LAYOUT);
    expect(ficheById(doc, "f1")?.actionType).toBe("maintien");
    let updates = 0;
    doc.on("update", () => updates++);
    upgradeDocument(doc, PLAN_LAYOUT);
    expect(updates).toBe(0);
  });

  it("reads a fiche with a bad field, that field at its empty value, instead of losing the fiche", () => {
    const doc = new Y.Doc();
    olderFiche(doc, "f1", { status: "inconnu", communes: ["pas un code"] });
    olderFiche(doc, "f2", { order: "a1", staffFte: "deux" });
    upgradeDocument(doc, PLAN_LAYOUT);
    const fiches = listFiches(doc);
    expect(fiches.map((fiche) => fiche.id)).toEqual(["f1", "f2"]);
    expect(fiches[0]).toMatchObject({ status: "proposee", communes: [], pilot: "Commune de Prades" });
    expect(fiches[1]).toMatchObject({ staffFte: null, title: "Relais petite enfance itinérant" });
    expect(planReport(doc, { start: 2021, end: 2025 }, []).sections.flatMap((section) => section.fiches)).toHaveLength(
      2,
    );
  });

  it("holds the new fields to their rules", () => {
    const accepts = (patch: unknown) => FichePatchSchema.safeParse(patch).success;
    expect(accepts({ staffFte: 1.25 })).toBe(true);
    expect(accepts({ staffFte: 0.1 + 0.2 })).toBe(true);
    expect(accepts({ staffFte: 1.255 })).toBe(false);
    expect(accepts({ staffFte: -1 })).toBe(false);
    expect(accepts({ actionType: "montee-en-qualite" })).toBe(true);
    expect(accepts({ actionType: "autre" })).toBe(false);
    expect(accepts({ communes: ["66149", "2A004"] })).toBe(true);
    expect(accepts({ communes: ["66149", "66149"] })).toBe(false);
    expect(accepts({ communes: ["6614"] })).toBe(false);
    expect(accepts({ startDate: "2024-02-30" })).toBe(false);
    expect(accepts({ milestones: [{ date: "2024-03-15", label: "Ouverture" }] })).toBe(true);
    expect(accepts({ milestones: [{ date: "2024-03-15", label: " " }] })).toBe(false);
    expect(accepts({ policyLinks: ["crte", "autre"], policyOther: "Convention France services" })).toBe(true);
    expect(accepts({ policyLinks: ["crte", "crte"] })).toBe(false);
    expect(describeIssues(FichePatchSchema.safeParse({ staffFte: 1.255 }).error ?? { issues: [] })).toBe(
      "staffFte : Les ETP s'écrivent avec au plus 2 décimales.",
    );
  });

  it("shows every field but the internal ones, the details without the title and place", () => {
    expect(FICHE_FIELDS.map((field) => field.key)).not.toContain("order");
    expect(FICHE_DETAIL_FIELDS.map((field) => field.key)).toEqual(
      Object.keys(emptyFicheFields()).filter(
        (key) => !["title", "axisId", "objectiveId", "order", "createdAt", "updatedAt"].includes(key),
      ),
    );
  });
});

describe("a fiche's fields as text", () => {
  const words = frenchFicheWords({
    axes: [{ id: "a1", title: "Petite enfance" }],
    objectives: [],
    communes: [{ insee: "66149", name: "Prades" }],
  });
  const text = (key: string, value: unknown) => {
    const field = ficheField(key);
    if (!field) throw new Error(key);
    return ficheFieldText(field, value, words);
  };

  it("words codes, numbers, days and communes for the French documents", () => {
    expect(text("actionType", "montee-en-qualite")).toBe("Montée en qualité");
    expect(text("actionType", null)).toBe("");
    expect(text("policyLinks", ["pedt-plan-mercredi", "crte"])).toBe("PEdT / Plan mercredi, CRTE");
    expect(text("communes", ["66149", "66025"])).toBe("Prades, 66025");
    expect(text("staffFte", 1.5)).toBe("1,5");
    expect(text("startDate", "2024-03-15")).toBe("15/03/2024");
    expect(
      text("milestones", [
        { date: "2024-03-15", label: "Ouverture" },
        { date: "2024-09-01", label: "Bilan" },
      ]),
    ).toBe("15/03/2024 : Ouverture ; 01/09/2024 : Bilan");
    expect(text("axisId", "a1")).toBe("Petite enfance");
    expect(text("status", "validee")).toBe("Validée en COPIL");
  });
});

describe("comparing versions of the plan", () => {
  it("names changed fields by their codes, with their values, and reads an older version's fiche whole", () => {
    const doc = olderPlan(3);
    // A version kept as JSON before layout 4: its fiches have none of the new fields.
    const before = JSON.parse(JSON.stringify(listFiches(doc))) as Fiche[];
    for (const fiche of before) for (const key of Object.keys(NEW_FIELDS)) delete (fiche as never)[key];
    upgradeDocument(doc, PLAN_LAYOUT);
    expect(comparePlans(before, listFiches(doc)).changed).toEqual([]);

    updateFiche(
      doc,
      "f1",
      {
        actionType: "creation",
        communes: ["66149"],
        milestones: [{ date: "2024-03-15", label: "Ouverture" }],
        pilot: "Caf",
      },
      3,
    );
    const [change] = comparePlans(before, listFiches(doc)).changed;
    expect(change?.fields).toEqual([
      { field: "actionType", before: null, after: "creation" },
      { field: "pilot", before: "Commune de Prades", after: "Caf" },
      { field: "communes", before: [], after: ["66149"] },
      { field: "milestones", before: [], after: [{ date: "2024-03-15", label: "Ouverture" }] },
    ]);
  });
});
