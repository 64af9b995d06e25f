import { z } from "zod/mini";
import { PartiesSchema, type Party } from "./parties.ts";
import { type Territory, TerritoryPatchSchema } from "./territory.ts";
import { objectErrors } from "./validation.ts";

/** A CTG is signed for five years at most (2021–2025 is five years). */
export const MAX_PERIOD_YEARS = 5;

const YearSchema = z
  .number({ error: "Une année doit être un nombre (par exemple 2021)." })
  .check(
    z.int("Une année doit être un nombre entier."),
    z.minimum(2000, "L'année doit être comprise entre 2000 et 2100."),
    z.maximum(2100, "L'année doit être comprise entre 2000 et 2100."),
  );

/**
 * Any period a space holds. Spaces created before the five-year rule (up to eight years then) must still load and
 * show, so only a new space's period (`NewPeriodSchema`) is held to it.
 */
export const PeriodSchema = z
  .strictObject(
    { start: YearSchema, end: YearSchema },
    { error: objectErrors("La période doit être un objet { start, end } (années).") },
  )
  .check(z.refine((p) => p.end >= p.start, "La fin de la période doit suivre son début."));
export type Period = z.infer<typeof PeriodSchema>;

export function periodYears(period: Period): number[] {
  return Array.from({ length: period.end - period.start + 1 }, (_, index) => period.start + index);
}

export const NewPeriodSchema = PeriodSchema.check(
  z.refine((p) => p.end - p.start < MAX_PERIOD_YEARS, {
    error: (issue) => {
      const { start } = issue.input as Period;
      return `Une convention dure au plus ${MAX_PERIOD_YEARS} ans : commencée en ${start}, elle s'achève au plus tard en ${start + MAX_PERIOD_YEARS - 1}.`;
    },
  }),
);

export const SpaceNameSchema = z
  .string({ error: "Le nom du territoire doit être un texte." })
  .check(
    z.trim(),
    z.minLength(1, "Le nom du territoire est obligatoire."),
    z.maxLength(120, "Le nom du territoire dépasse 120 caractères."),
  );

export const CreateSpaceSchema = z.strictObject(
  { name: SpaceNameSchema, period: NewPeriodSchema },
  { error: objectErrors("Le corps de la requête doit être un objet { name, period }.") },
);
export type CreateSpace = z.infer<typeof CreateSpaceSchema>;

/** `PATCH /api/spaces/:id`: a key left out keeps what the space has; `parties` replaces the whole list. */
export const SpacePatchSchema = z
  .strictObject(
    {
      name: z.optional(SpaceNameSchema),
      territory: z.optional(TerritoryPatchSchema),
      parties: z.optional(PartiesSchema),
    },
    { error: objectErrors("Une modification d'espace doit être un objet { name?, territory?, parties? }.") },
  )
  .check(z.refine((patch) => Object.keys(patch).length > 0, "Rien à modifier : donnez name, territory ou parties."));
export type SpacePatch = z.infer<typeof SpacePatchSchema>;

/** What the HTTP API returns for a space (and, once, with the facilitator secret). */
export interface BoardView {
  id: string;
  theme: string;
  description: string;
  archived: boolean;
  documentName: string;
}

export interface SpaceView {
  id: string;
  name: string;
  period: Period;
  territory: Territory;
  /** The signatories, in the order the facilitator lists them. */
  parties: Party[];
  boards: BoardView[];
  plan: { documentName: string };
}

export interface CreatedSpaceView extends SpaceView {
  facilitatorSecret: string;
}
