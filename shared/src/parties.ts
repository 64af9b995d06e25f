import { z } from "zod/mini";
import { problem } from "./problems.ts";
import { MAX_COMMUNES } from "./territory.ts";
import { objectErrors } from "./validation.ts";

/**
 * Who signs a CTG: the Caf and the local authority (an EPCI, communes), often with the State, the Département, the
 * MSA, the CPAM or France Travail. Codes only: the client words them in its language.
 */
export const PARTY_KINDS = [
  "caf",
  "epci",
  "commune",
  "departement",
  "msa",
  "etat",
  "cpam",
  "france-travail",
  "autre",
] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

/** Every commune of the territory may sign, beside the Caf, the EPCI and the institutions. */
export const MAX_PARTIES = MAX_COMMUNES + 20;

const RepresentativeSchema = z.strictObject(
  {
    name: z
      .string({ error: problem("notText", "representativeName") })
      .check(
        z.trim(),
        z.minLength(1, problem("required", "representativeName")),
        z.maxLength(120, problem("tooLong", "representativeName")),
      ),
    title: z.optional(
      z
        .string({ error: problem("notText", "representativeTitle") })
        .check(
          z.trim(),
          z.minLength(1, problem("representativeTitleEmpty")),
          z.maxLength(120, problem("tooLong", "representativeTitle")),
        ),
    ),
  },
  { error: objectErrors("representativeNotObject") },
);

export const PartySchema = z.strictObject(
  {
    kind: z.enum(PARTY_KINDS, { error: problem("partyKindUnknown") }),
    name: z
      .string({ error: problem("notText", "partyName") })
      .check(
        z.trim(),
        z.minLength(1, problem("required", "partyName")),
        z.maxLength(160, problem("tooLong", "partyName")),
      ),
    representative: z.optional(RepresentativeSchema),
    /** Set once the party has signed. */
    signedOn: z.optional(z.iso.date({ error: problem("notDate", "signingDate") })),
  },
  { error: objectErrors("partyNotObject") },
);
export type Party = z.infer<typeof PartySchema>;

export const PartiesSchema = z
  .array(PartySchema, { error: problem("partiesNotList") })
  .check(z.maxLength(MAX_PARTIES, problem("partiesTooMany")));
