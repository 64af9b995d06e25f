import { describe, expect, it } from "vitest";
import { MAX_PARTIES, PARTY_KINDS, PartySchema } from "../src/parties.ts";
import { SpacePatchSchema } from "../src/space.ts";
import { CommunesSchema, communesPopulation, InseeCodeSchema, MAX_COMMUNES, SirenSchema } from "../src/territory.ts";
import { describeIssues } from "../src/validation.ts";

function refusal(input: unknown): string {
  const result = SpacePatchSchema.safeParse(input);
  if (result.success) throw new Error("expected a refusal");
  return describeIssues(result.error);
}

describe("territory codes", () => {
  it("accepts INSEE commune codes, Corsica's included, as typed or pasted", () => {
    for (const code of ["01001", "66149", "2A004", "2B033", "97411"]) expect(InseeCodeSchema.parse(code)).toBe(code);
    expect(InseeCodeSchema.parse(" 2a004 ")).toBe("2A004");
  });

  it("refuses what is not an INSEE commune code, quoting it", () => {
    for (const code of ["1234", "ABCDE", "660149", "2C004", "2A04", ""]) {
      expect(InseeCodeSchema.safeParse(code).success, code).toBe(false);
    }
    expect(describeIssues(InseeCodeSchema.safeParse("1234").error ?? { issues: [] })).toMatch(
      /^« 1234 » n'est pas un code INSEE/,
    );
    expect(InseeCodeSchema.safeParse(66149).success).toBe(false);
  });

  it("accepts a SIREN of nine digits, spaces aside", () => {
    expect(SirenSchema.parse("200049187")).toBe("200049187");
    expect(SirenSchema.parse("200 049 187")).toBe("200049187");
    for (const siren of ["12345678", "1234567890", "20004918A", ""]) {
      expect(SirenSchema.safeParse(siren).success, siren).toBe(false);
    }
    expect(describeIssues(SirenSchema.safeParse("12345678").error ?? { issues: [] })).toBe(
      "« 12345678 » n'est pas un SIREN : il faut 9 chiffres.",
    );
  });
});

describe("territory of a space", () => {
  it("takes an EPCI and its communes, each key on its own", () => {
    expect(
      SpacePatchSchema.parse({
        territory: {
          epci: { siren: "200049187", name: " CdC Conflent-Canigou ", population: 20391 },
          communes: [
            { insee: "66149", name: "Prades", population: 6000 },
            { insee: "66223", name: "Vernet-les-Bains" },
          ],
        },
      }),
    ).toEqual({
      territory: {
        epci: { siren: "200049187", name: "CdC Conflent-Canigou", population: 20391 },
        communes: [
          { insee: "66149", name: "Prades", population: 6000 },
          { insee: "66223", name: "Vernet-les-Bains" },
        ],
      },
    });
    expect(SpacePatchSchema.parse({ territory: { epci: null } })).toEqual({ territory: { epci: null } });
    expect(SpacePatchSchema.parse({ territory: { communes: [] } })).toEqual({ territory: { communes: [] } });
  });

  it("names each bad code and where it is", () => {
    expect(
      refusal({
        territory: {
          epci: { siren: "12345678", name: "CdC" },
          communes: [
            { insee: "66149", name: "Prades" },
            { insee: "1234", name: "Codalet" },
            { insee: "ABCDE", name: "Ria" },
          ],
        },
      }),
    ).toBe(
      "territory.epci.siren : « 12345678 » n'est pas un SIREN : il faut 9 chiffres. ; " +
        "territory.communes[1].insee : « 1234 » n'est pas un code INSEE de commune : 5 chiffres, ou 2A / 2B suivi de 3 chiffres en Corse. ; " +
        "territory.communes[2].insee : « ABCDE » n'est pas un code INSEE de commune : 5 chiffres, ou 2A / 2B suivi de 3 chiffres en Corse.",
    );
  });

  it("refuses a commune listed twice, even written differently", () => {
    expect(
      refusal({
        territory: {
          communes: [
            { insee: "2A004", name: "Ajaccio" },
            { insee: "66149", name: "Prades" },
            { insee: "2a004", name: "Ajaccio" },
          ],
        },
      }),
    ).toBe("territory.communes[2].insee : Le code INSEE 2A004 figure déjà plus haut dans la liste.");
  });

  it("refuses bad populations, unknown fields and too many communes", () => {
    expect(refusal({ territory: { communes: [{ insee: "66149", name: "Prades", population: -3 }] } })).toBe(
      "territory.communes[0].population : La population ne peut pas être négative.",
    );
    expect(refusal({ territory: { communes: [{ insee: "66149", name: "Prades", population: 12.5 }] } })).toMatch(
      /nombre entier/,
    );
    expect(refusal({ territory: { region: "Occitanie" } })).toBe("territory : Champ inconnu : region.");
    const communes = Array.from({ length: MAX_COMMUNES + 1 }, (_, index) => ({
      insee: String(10000 + index),
      name: `Commune ${index}`,
    }));
    expect(CommunesSchema.safeParse(communes).success).toBe(false);
    expect(CommunesSchema.safeParse(communes.slice(1)).success).toBe(true);
  });

  it("adds up the communes' inhabitants and counts those without a figure", () => {
    expect(
      communesPopulation([
        { insee: "66149", name: "Prades", population: 6000 },
        { insee: "66223", name: "Vernet-les-Bains", population: 1400 },
        { insee: "66050", name: "Codalet" },
      ]),
    ).toEqual({ total: 7400, unknown: 1 });
  });
});

describe("parties of a convention", () => {
  it("takes every kind of signatory, with a representative and a date of signature when known", () => {
    for (const kind of PARTY_KINDS) expect(PartySchema.safeParse({ kind, name: "Signataire" }).success).toBe(true);
    expect(
      PartySchema.parse({
        kind: "departement",
        name: "Département des Pyrénées-Orientales",
        representative: { name: "Jeanne Martin", title: "Présidente" },
        signedOn: "2021-12-15",
      }),
    ).toMatchObject({ representative: { name: "Jeanne Martin", title: "Présidente" }, signedOn: "2021-12-15" });
  });

  it("names what is wrong with a party", () => {
    expect(
      refusal({
        parties: [
          { kind: "caf", name: "Caf des Pyrénées-Orientales", signedOn: "2021-02-30" },
          { kind: "prefecture", name: " ", representative: { name: "", title: "Maire" } },
        ],
      }),
    ).toBe(
      "parties[0].signedOn : La date de signature doit être une date réelle au format AAAA-MM-JJ. ; " +
        `parties[1].kind : Le type de signataire doit être l'un de : ${PARTY_KINDS.join(", ")}. ; ` +
        "parties[1].name : Le nom du signataire est obligatoire. ; " +
        "parties[1].representative.name : Le nom du représentant est obligatoire.",
    );
    const many = Array.from({ length: MAX_PARTIES + 1 }, () => ({ kind: "commune", name: "Commune" }));
    expect(refusal({ parties: many })).toMatch(/^parties : Une convention compte au plus/);
  });

  it("refuses an empty change", () => {
    expect(refusal({})).toBe("Rien à modifier : donnez name, period, territory ou parties.");
    expect(refusal(null)).toBe(
      "Une modification d'espace doit être un objet { name?, period?, territory?, parties? }.",
    );
  });
});
