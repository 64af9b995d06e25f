import { describe, expect, it } from "vitest";
import { ofName } from "../src/plan/territory-complement.ts";

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
