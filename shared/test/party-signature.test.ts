import { describe, expect, it } from "vitest";
import { partySignedOn } from "../src/party-signature.ts";

const caf = { kind: "caf", name: "Caf des Pyrénées-Orientales" } as const;
const epci = { kind: "epci", name: "Communauté de communes Conflent-Canigou" } as const;
const signature = {
  signedOn: "2021-12-15",
  signatories: [caf, { ...epci, name: "communauté de communes conflent-canigou" }],
};

describe("when a party signed the convention", () => {
  it("is the signature's date for the parties it names, by kind and name whatever their case", () => {
    expect(partySignedOn(caf, signature)).toBe("2021-12-15");
    expect(partySignedOn(epci, signature)).toBe("2021-12-15");
  });

  it("is the party's own date where one was entered, and none for a party the signature does not name", () => {
    expect(partySignedOn({ ...caf, signedOn: "2021-12-20" }, signature)).toBe("2021-12-20");
    expect(partySignedOn({ kind: "departement", name: "Département des Pyrénées-Orientales" }, signature)).toBeNull();
    expect(partySignedOn({ kind: "commune", name: caf.name }, signature)).toBeNull();
    expect(partySignedOn(caf, null)).toBeNull();
  });
});
