import { describe, expect, it } from "vitest";
import { en } from "../src/i18n/en.ts";
import { fr } from "../src/i18n/fr.ts";

describe("what an import of figures says it did", () => {
  it("in French: imported when all are new, updated when a file is sent again, both when it mixes them", () => {
    const { imported } = fr.indicators.import;
    expect(imported(9, 0)).toBe("9 indicateurs importés.");
    expect(imported(1, 0)).toBe("1 indicateur importé.");
    expect(imported(0, 9)).toBe("9 chiffres mis à jour.");
    expect(imported(0, 1)).toBe("1 chiffre mis à jour.");
    expect(imported(3, 6)).toBe("3 chiffres ajoutés, 6 mis à jour.");
    expect(imported(1, 1)).toBe("1 chiffre ajouté, 1 mis à jour.");
  });

  it("in English, the same way", () => {
    const { imported } = en.indicators.import;
    expect(imported(9, 0)).toBe("9 indicators imported.");
    expect(imported(1, 0)).toBe("1 indicator imported.");
    expect(imported(0, 9)).toBe("9 figures updated.");
    expect(imported(0, 1)).toBe("1 figure updated.");
    expect(imported(3, 6)).toBe("3 figures added, 6 updated.");
    expect(imported(1, 1)).toBe("1 figure added, 1 updated.");
  });
});
