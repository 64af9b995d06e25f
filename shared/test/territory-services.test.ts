import { describe, expect, it } from "vitest";
import { CitationSchema, citedKey } from "../src/citation.ts";
import { citesIndicator } from "../src/indicator.ts";
import {
  citesService,
  compareServices,
  SERVICE_KINDS,
  ServiceInputSchema,
  ServicePatchSchema,
  serviceCitationOf,
  serviceTheme,
  summarizeServices,
  type TerritoryService,
} from "../src/territory-services.ts";
import { DEFAULT_THEMES } from "../src/themes.ts";
import { describeIssues } from "../src/validation.ts";

function service(fields: Partial<TerritoryService> & Pick<TerritoryService, "id" | "kind">): TerritoryService {
  return {
    name: fields.id,
    communeInsee: null,
    communeName: null,
    capacity: null,
    manager: "",
    cafFunded: false,
    note: "",
    themeHint: serviceTheme(fields.kind),
    updatedAt: 1,
    ...fields,
  };
}

const PRADES = { communeInsee: "66149", communeName: "Prades" };
const VINCA = { communeInsee: "66230", communeName: "Vinça" };

describe("a service of the territory", () => {
  it("takes what a facilitator gives, with defaults for what is left out", () => {
    expect(ServiceInputSchema.parse({ kind: "eaje", name: " Crèche Les Lutins ", communeInsee: "66 149" })).toEqual({
      kind: "eaje",
      name: "Crèche Les Lutins",
      communeInsee: "66149",
      capacity: null,
      manager: "",
      cafFunded: false,
      note: "",
    });
  });

  it("refuses a bad kind, a bad INSEE code, a capacity that is not whole places, naming each field in French", () => {
    const result = ServiceInputSchema.safeParse({ kind: "creche", name: "", communeInsee: "6614", capacity: 12.5 });
    const message = describeIssues(result.error ?? { issues: [] });
    expect(message).toMatch(/^kind : Le type de service doit être l'un de : eaje, /);
    expect(message).toContain("name : Le nom du service est obligatoire.");
    expect(message).toContain("communeInsee : « 6614 » n'est pas un code INSEE de commune");
    expect(message).toContain("capacity : La capacité doit être un nombre entier de places.");
    expect(
      describeIssues(ServiceInputSchema.safeParse({ kind: "eaje", name: "A", colour: 1 }).error ?? { issues: [] }),
    ).toBe("Champ inconnu : colour.");
  });

  it("changes only what a patch names, and refuses an empty one", () => {
    expect(ServicePatchSchema.parse({ capacity: 24 })).toEqual({ capacity: 24 });
    expect(ServicePatchSchema.parse({ communeInsee: null })).toEqual({ communeInsee: null });
    expect(describeIssues(ServicePatchSchema.safeParse({}).error ?? { issues: [] })).toMatch(/^Rien à modifier/);
  });

  it("belongs to one of the default boards' themes by its kind, an 'autre' to none", () => {
    const themes = DEFAULT_THEMES.map((seed) => seed.theme);
    for (const kind of SERVICE_KINDS.filter((candidate) => candidate !== "autre")) {
      expect(themes, kind).toContain(serviceTheme(kind));
    }
    expect(serviceTheme("eaje")).toBe("Petite enfance");
    expect(serviceTheme("laep")).toBe("Parentalité");
    expect(serviceTheme("france-services")).toBe("Accès aux droits / Jeunes adultes");
    expect(serviceTheme("autre")).toBeNull();
  });
});

describe("the summary of the territory's services", () => {
  it("counts services and places per kind and per commune, the intercommunal ones first", () => {
    const summary = summarizeServices([
      service({ id: "a", kind: "eaje", capacity: 24, ...VINCA }),
      service({ id: "b", kind: "eaje", capacity: 40, ...PRADES }),
      service({ id: "c", kind: "relais-petite-enfance" }),
      service({ id: "d", kind: "alsh", capacity: 80, ...PRADES }),
      service({ id: "e", kind: "micro-creche", ...PRADES }),
    ]);
    expect(summary).toMatchObject({ count: 5, places: 144, withoutCapacity: 2 });
    expect(summary.byKind).toEqual([
      { kind: "eaje", count: 2, places: 64, withoutCapacity: 0 },
      { kind: "micro-creche", count: 1, places: 0, withoutCapacity: 1 },
      { kind: "relais-petite-enfance", count: 1, places: 0, withoutCapacity: 1 },
      { kind: "alsh", count: 1, places: 80, withoutCapacity: 0 },
    ]);
    expect(summary.byCommune).toEqual([
      { communeInsee: null, communeName: null, count: 1, places: 0, withoutCapacity: 1 },
      { ...PRADES, count: 3, places: 120, withoutCapacity: 1 },
      { ...VINCA, count: 1, places: 24, withoutCapacity: 0 },
    ]);
  });

  it("lists services by kind, from early childhood to social life, then by name", () => {
    const listed = [
      service({ id: "evs", kind: "evs" }),
      service({ id: "EAJE n° 10", kind: "eaje" }),
      service({ id: "alsh", kind: "alsh" }),
      service({ id: "EAJE n° 2", kind: "eaje" }),
    ].sort(compareServices);
    expect(listed.map((one) => one.name)).toEqual(["EAJE n° 2", "EAJE n° 10", "alsh", "evs"]);
  });

  it("is empty for a territory without services", () => {
    expect(summarizeServices([])).toEqual({ count: 0, places: 0, withoutCapacity: 0, byKind: [], byCommune: [] });
  });
});

describe("a service cited on a card", () => {
  const creche = service({ id: "s1", kind: "eaje", name: "Crèche Les Lutins", capacity: 24, ...PRADES });

  it("is a citation as a figure is, told apart from one", () => {
    const citation = CitationSchema.parse(serviceCitationOf(creche));
    expect(citation).toEqual({
      serviceId: "s1",
      name: "Crèche Les Lutins",
      kind: "eaje",
      communeInsee: "66149",
      communeName: "Prades",
      capacity: 24,
    });
    expect(citedKey(citation)).toBe("service:s1");
    expect(
      citesIndicator(citation, {
        id: "s1",
        label: "",
        theme: "",
        year: 2019,
        unit: "",
        source: "",
        values: { territoire: 1, departement: null, france: null },
      }),
    ).toBe(false);
  });

  it("is the service only as it stands: an altered capacity, name or commune is not", () => {
    const own = serviceCitationOf(creche);
    expect(citesService(own, creche)).toBe(true);
    expect(citesService({ ...own, capacity: 60 }, creche)).toBe(false);
    expect(citesService({ ...own, name: "Grande crèche" }, creche)).toBe(false);
    expect(citesService({ ...own, ...VINCA }, creche)).toBe(false);
    expect(citesService(own, { ...creche, capacity: 30 })).toBe(false);
  });
});
