import { describe, expect, it } from "vitest";
import { forParty, ofName } from "../src/plan/territory-complement.ts";

describe("ofName", () => {
  it("takes the article an EPCI's kind calls for, elided before a vowel", () => {
    expect(ofName("Communauté de communes Conflent-Canigou")).toBe("de la Communauté de communes Conflent-Canigou");
    expect(ofName("Métropole Européenne de Lille")).toBe("de la Métropole Européenne de Lille");
    expect(ofName("Agglomération du Grand Narbonne")).toBe("de l'Agglomération du Grand Narbonne");
    expect(ofName("Syndicat intercommunal du Haut-Conflent")).toBe("du Syndicat intercommunal du Haut-Conflent");
    expect(ofName("Grand Annecy")).toBe("du Grand Annecy");
  });

  it("contracts a commune's own article and elides before a vowel", () => {
    expect(ofName("Prades")).toBe("de Prades");
    expect(ofName("Le Vernet")).toBe("du Vernet");
    expect(ofName("Les Angles")).toBe("des Angles");
    expect(ofName("La Llagonne")).toBe("de La Llagonne");
    expect(ofName("Ille-sur-Têt")).toBe("d'Ille-sur-Têt");
    expect(ofName("Égat")).toBe("d'Égat");
  });
});

describe("forParty", () => {
  it("names each signatory with the article its kind takes, and a commune named alone as a commune", () => {
    expect(forParty({ kind: "caf", name: "Caf des Pyrénées-Orientales" })).toBe("Pour la Caf des Pyrénées-Orientales");
    expect(forParty({ kind: "epci", name: "Communauté de communes Conflent-Canigou" })).toBe(
      "Pour la Communauté de communes Conflent-Canigou",
    );
    expect(forParty({ kind: "epci", name: "CdC Conflent-Canigou" })).toBe("Pour la CdC Conflent-Canigou");
    expect(forParty({ kind: "departement", name: "Département des Pyrénées-Orientales" })).toBe(
      "Pour le Département des Pyrénées-Orientales",
    );
    expect(forParty({ kind: "etat", name: "État" })).toBe("Pour l'État");
    expect(forParty({ kind: "france-travail", name: "France Travail" })).toBe("Pour France Travail");
    expect(forParty({ kind: "commune", name: "Prades" })).toBe("Pour la commune de Prades");
    expect(forParty({ kind: "commune", name: "Le Vernet" })).toBe("Pour la commune du Vernet");
    expect(forParty({ kind: "commune", name: "Ville de Prades" })).toBe("Pour la Ville de Prades");
    // A commune whose own name starts like an institution's word, joined by a hyphen.
    expect(forParty({ kind: "commune", name: "Ville-la-Grand" })).toBe("Pour la commune de Ville-la-Grand");
    expect(ofName("Ville-d'Avray")).toBe("de Ville-d'Avray");
  });
});
