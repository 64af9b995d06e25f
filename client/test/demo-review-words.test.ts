import { describe, expect, it } from "vitest";
import { en } from "../src/i18n/en.ts";
import { fr } from "../src/i18n/fr.ts";

describe("words a reader could take for a fact that is not one", () => {
  it("says the places are not given when no service has its capacity, rather than that there are none", () => {
    expect(fr.territoryServices.total(6, 0)).toBe("6 services · places non renseignées");
    expect(fr.territoryServices.total(1, 24)).toBe("1 service · 24 places recensées");
    expect(fr.territoryServices.total(2, 1)).toBe("2 services · 1 place recensée");
    expect(en.territoryServices.total(6, 0)).toBe("6 services · places not given");
    expect(en.territoryServices.total(1, 24)).toBe("1 service · 24 places listed");
  });

  it("tells habitants a past year has no published bilan, not that the action was left unreported", () => {
    expect(fr.publicPage.year(2023, fr.publicPage.progress["non-renseignee"])).toBe("2023 : pas de bilan publié");
    expect(en.publicPage.year(2023, en.publicPage.progress["non-renseignee"])).toBe("2023: no report published");
  });
});
