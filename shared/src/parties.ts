import { z } from "zod/mini";
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
      .string({ error: "Le nom du représentant doit être un texte." })
      .check(
        z.trim(),
        z.minLength(1, "Le nom du représentant est obligatoire."),
        z.maxLength(120, "Le nom du représentant dépasse 120 caractères."),
      ),
    title: z.optional(
      z
        .string({ error: "La fonction du représentant doit être un texte." })
        .check(
          z.trim(),
          z.minLength(1, "La fonction du représentant est vide : omettez-la."),
          z.maxLength(120, "La fonction du représentant dépasse 120 caractères."),
        ),
    ),
  },
  { error: objectErrors("Le représentant doit être un objet { name, title? }.") },
);

export const PartySchema = z.strictObject(
  {
    kind: z.enum(PARTY_KINDS, { error: `Le type de signataire doit être l'un de : ${PARTY_KINDS.join(", ")}.` }),
    name: z
      .string({ error: "Le nom du signataire doit être un texte." })
      .check(
        z.trim(),
        z.minLength(1, "Le nom du signataire est obligatoire."),
        z.maxLength(160, "Le nom du signataire dépasse 160 caractères."),
      ),
    representative: z.optional(RepresentativeSchema),
    /** Set once the party has signed. */
    signedOn: z.optional(z.iso.date({ error: "La date de signature doit être une date réelle au format AAAA-MM-JJ." })),
  },
  { error: objectErrors("Un signataire doit être un objet { kind, name, representative?, signedOn? }.") },
);
export type Party = z.infer<typeof PartySchema>;

export const PartiesSchema = z
  .array(PartySchema, { error: "Les signataires doivent être une liste." })
  .check(z.maxLength(MAX_PARTIES, `Une convention compte au plus ${MAX_PARTIES} signataires.`));
