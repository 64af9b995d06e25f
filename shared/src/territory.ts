import { z } from "zod/mini";
import { objectErrors } from "./validation.ts";

/** Well above the largest EPCI (the Communauté d'agglomération du Pays Basque counts 158 communes). */
export const MAX_COMMUNES = 300;

/** Well above the largest EPCI (the Métropole du Grand Paris counts about 7 million inhabitants). */
const MAX_POPULATION = 20_000_000;

/** The codes are printed with spaces ("200 049 187"), and pasted that way. */
const withoutSpaces = (value: string) => value.replace(/\s/g, "");

export const SirenSchema = z
  .string({ error: "Le SIREN doit être un texte de 9 chiffres." })
  .check(
    z.overwrite(withoutSpaces),
    z.minLength(1, { error: "Le SIREN est obligatoire.", abort: true }),
    z.regex(/^\d{9}$/, { error: (issue) => `« ${String(issue.input)} » n'est pas un SIREN : il faut 9 chiffres.` }),
  );

/** A commune's code in the INSEE's official geographic code: five digits, or 2A/2B and three digits in Corsica. */
export const InseeCodeSchema = z.string({ error: "Le code INSEE doit être un texte de 5 caractères." }).check(
  z.overwrite((value) => withoutSpaces(value).toUpperCase()),
  z.minLength(1, { error: "Le code INSEE est obligatoire.", abort: true }),
  z.regex(/^(\d{5}|2[AB]\d{3})$/, {
    error: (issue) =>
      `« ${String(issue.input)} » n'est pas un code INSEE de commune : 5 chiffres, ou 2A / 2B suivi de 3 chiffres en Corse.`,
  }),
);

const PopulationSchema = z
  .number({ error: "La population doit être un nombre entier d'habitants." })
  .check(
    z.int("La population doit être un nombre entier d'habitants."),
    z.minimum(0, "La population ne peut pas être négative."),
    z.maximum(MAX_POPULATION, `La population ne peut dépasser ${MAX_POPULATION.toLocaleString("fr-FR")} habitants.`),
  );

function placeName(what: string, max: number) {
  return z
    .string({ error: `Le nom ${what} doit être un texte.` })
    .check(
      z.trim(),
      z.minLength(1, `Le nom ${what} est obligatoire.`),
      z.maxLength(max, `Le nom ${what} dépasse ${max} caractères.`),
    );
}

export const EpciSchema = z.strictObject(
  { siren: SirenSchema, name: placeName("de l'EPCI", 160), population: z.optional(PopulationSchema) },
  { error: objectErrors("L'EPCI doit être un objet { siren, name, population? }, ou null.") },
);
export type Epci = z.infer<typeof EpciSchema>;

export const CommuneSchema = z.strictObject(
  { insee: InseeCodeSchema, name: placeName("de la commune", 100), population: z.optional(PopulationSchema) },
  { error: objectErrors("Une commune doit être un objet { insee, name, population? }.") },
);
export type Commune = z.infer<typeof CommuneSchema>;

export const CommunesSchema = z.array(CommuneSchema, { error: "Les communes doivent être une liste." }).check(
  z.maxLength(MAX_COMMUNES, `Un territoire compte au plus ${MAX_COMMUNES} communes.`),
  z.superRefine((communes, context) => {
    const seen = new Set<string>();
    communes.forEach((commune, index) => {
      if (seen.has(commune.insee)) {
        context.addIssue({
          code: "custom",
          path: [index, "insee"],
          message: `Le code INSEE ${commune.insee} figure déjà plus haut dans la liste.`,
        });
      }
      seen.add(commune.insee);
    });
  }),
);

/** A space's territory: an EPCI and/or communes; `{ epci: null, communes: [] }` until the facilitator sets it. */
export interface Territory {
  epci: Epci | null;
  communes: Commune[];
}

export const EMPTY_TERRITORY: Territory = { epci: null, communes: [] };

/** What a change of territory holds: a key left out keeps what the space has, `epci: null` removes the EPCI. */
export const TerritoryPatchSchema = z.strictObject(
  { epci: z.optional(z.nullable(EpciSchema)), communes: z.optional(CommunesSchema) },
  { error: objectErrors("Le territoire doit être un objet { epci?, communes? }.") },
);
export type TerritoryPatch = z.infer<typeof TerritoryPatchSchema>;

/** The communes' inhabitants added up, and how many communes were given without a population. */
export function communesPopulation(communes: readonly Commune[]): { total: number; unknown: number } {
  let total = 0;
  let unknown = 0;
  for (const { population } of communes) {
    if (population === undefined) unknown++;
    else total += population;
  }
  return { total, unknown };
}
