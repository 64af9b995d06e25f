import type { TerritoryService } from "@atelier/shared";
import { describe, expect, it } from "vitest";
import { draftOf, readDraft } from "../src/spaces/services/service-draft.ts";

describe("a service draft", () => {
  it("becomes the API's request: the whole EPCI and an unknown capacity when left empty", () => {
    expect(readDraft({ ...draftOf(), name: " Relais intercommunal " })).toEqual({
      ok: true,
      input: {
        kind: "eaje",
        name: "Relais intercommunal",
        communeInsee: null,
        capacity: null,
        manager: "",
        cafFunded: false,
        note: "",
      },
    });
    expect(readDraft({ ...draftOf(), name: "Crèche", communeInsee: "66149", capacity: " 24 " })).toMatchObject({
      ok: true,
      input: { communeInsee: "66149", capacity: 24 },
    });
  });

  it("names the field at fault: a capacity that is not whole places, a missing name", () => {
    expect(readDraft({ ...draftOf(), name: "Crèche", capacity: "24,5" })).toEqual({
      ok: false,
      errors: { capacity: "Saisissez un nombre entier de places, par exemple 24." },
    });
    expect(readDraft(draftOf())).toEqual({ ok: false, errors: { name: "Le nom du service est obligatoire." } });
  });

  it("starts from the service when it is edited", () => {
    const service: TerritoryService = {
      id: "s1",
      kind: "alsh",
      name: "Accueil de loisirs",
      communeInsee: null,
      communeName: null,
      capacity: 80,
      manager: "CdC",
      cafFunded: true,
      note: "",
      themeHint: "Enfance-Jeunesse",
      updatedAt: 1,
    };
    expect(draftOf(service)).toEqual({
      kind: "alsh",
      name: "Accueil de loisirs",
      communeInsee: "",
      capacity: "80",
      manager: "CdC",
      cafFunded: true,
      note: "",
    });
  });
});
