import { z } from "zod/mini";
import { type ProblemSubject, problem, refuseWith } from "./problems.ts";
import { objectErrors } from "./validation.ts";

/** Well above the largest EPCI (the Communauté d'agglomération du Pays Basque counts 158 communes). */
export const MAX_COMMUNES = 300;

/** Well above the largest EPCI (the Métropole du Grand Paris counts about 7 million inhabitants). */
const MAX_POPULATION = 20_000_000;

/** The codes are printed with spaces ("200 049 187"), and pasted that way. */
const withoutSpaces = (value: string) => value.replace(/\s/g, "");

export const SirenSchema = z.string({ error: problem("sirenNotText") }).check(
  z.overwrite(withoutSpaces),
  z.minLength(1, { error: problem("required", "siren"), abort: true }),
  refuseWith("sirenMalformed", (value: string) => (/^\d{9}$/.test(value) ? null : { value })),
);

/** A commune's code in the INSEE's official geographic code: five digits, or 2A/2B and three digits in Corsica. */
export const InseeCodeSchema = z.string({ error: problem("inseeNotText") }).check(
  z.overwrite((value) => withoutSpaces(value).toUpperCase()),
  z.minLength(1, { error: problem("required", "insee"), abort: true }),
  refuseWith("inseeMalformed", (value: string) => (/^(\d{5}|2[AB]\d{3})$/.test(value) ? null : { value })),
);

const PopulationSchema = z
  .number({ error: problem("populationNotInteger") })
  .check(
    z.int(problem("populationNotInteger")),
    z.minimum(0, problem("populationNegative")),
    z.maximum(MAX_POPULATION, problem("populationTooBig")),
  );

function placeName(what: ProblemSubject, max: number) {
  return z
    .string({ error: problem("notText", what) })
    .check(z.trim(), z.minLength(1, problem("required", what)), z.maxLength(max, problem("tooLong", what)));
}

export const EpciSchema = z.strictObject(
  { siren: SirenSchema, name: placeName("epciName", 160), population: z.optional(PopulationSchema) },
  { error: objectErrors("epciNotObject") },
);
export type Epci = z.infer<typeof EpciSchema>;

export const CommuneSchema = z.strictObject(
  { insee: InseeCodeSchema, name: placeName("communeName", 100), population: z.optional(PopulationSchema) },
  { error: objectErrors("communeNotObject") },
);
export type Commune = z.infer<typeof CommuneSchema>;

export const CommunesSchema = z.array(CommuneSchema, { error: problem("communesNotList") }).check(
  z.maxLength(MAX_COMMUNES, problem("communesTooMany")),
  z.superRefine((communes, context) => {
    const seen = new Set<string>();
    communes.forEach((commune, index) => {
      if (seen.has(commune.insee)) {
        context.addIssue({
          code: "custom",
          path: [index, "insee"],
          message: problem("inseeTwice"),
          params: { value: commune.insee },
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
  { error: objectErrors("territoryNotObject") },
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
