import { z } from "zod";
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
      .trim()
      .min(1, "Le nom du représentant est obligatoire.")
      .max(120, "Le nom du représentant dépasse 120 caractères."),
    title: z
      .string({ error: "La fonction du représentant doit être un texte." })
      .trim()
      .min(1, "La fonction du représentant est vide : omettez-la.")
      .max(120, "La fonction du représentant dépasse 120 caractères.")
      .optional(),
  },
  { error: objectErrors("Le représentant doit être un objet { name, title? }.") },
);

export const PartySchema = z.strictObject(
  {
    kind: z.enum(PARTY_KINDS, { error: `Le type de signataire doit être l'un de : ${PARTY_KINDS.join(", ")}.` }),
    name: z
      .string({ error: "Le nom du signataire doit être un texte." })
      .trim()
      .min(1, "Le nom du signataire est obligatoire.")
      .max(160, "Le nom du signataire dépasse 160 caractères."),
    representative: RepresentativeSchema.optional(),
    /** Set once the party has signed. */
    signedOn: z.iso.date({ error: "La date de signature doit être une date réelle au format AAAA-MM-JJ." }).optional(),
  },
  { error: objectErrors("Un signataire doit être un objet { kind, name, representative?, signedOn? }.") },
);
export type Party = z.infer<typeof PartySchema>;

export const PartiesSchema = z
  .array(PartySchema, { error: "Les signataires doivent être une liste." })
  .max(MAX_PARTIES, `Une convention compte au plus ${MAX_PARTIES} signataires.`);
