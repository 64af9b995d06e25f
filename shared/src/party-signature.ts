import type { PlanSignature } from "./convention.ts";
import type { Party } from "./parties.ts";

/**
 * When a party signed: its own date if one was entered for it, else the date of the signature in force that names it
 * among its signatories (by kind and name, as the signature copied the party). Null while it has not signed.
 */
export function partySignedOn(
  party: Party,
  signature: Pick<PlanSignature, "signedOn" | "signatories"> | null,
): string | null {
  if (party.signedOn) return party.signedOn;
  const named = signature?.signatories.some(
    (signatory) =>
      signatory.kind === party.kind && signatory.name.localeCompare(party.name, "fr", { sensitivity: "base" }) === 0,
  );
  return named && signature ? signature.signedOn : null;
}
