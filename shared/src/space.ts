import { z } from "zod";
import { objectErrors } from "./validation.ts";

/** A CTG lasts five years; a little slack covers extensions and renewals decided by avenant. */
export const MAX_PERIOD_YEARS = 8;

const YearSchema = z
  .number({ error: "Une année doit être un nombre (par exemple 2021)." })
  .int("Une année doit être un nombre entier.")
  .min(2000, "L'année doit être comprise entre 2000 et 2100.")
  .max(2100, "L'année doit être comprise entre 2000 et 2100.");

export const PeriodSchema = z
  .strictObject(
    { start: YearSchema, end: YearSchema },
    { error: objectErrors("La période doit être un objet { start, end } (années).") },
  )
  .refine((p) => p.end >= p.start, "La fin de la période doit suivre son début.")
  .refine((p) => p.end - p.start < MAX_PERIOD_YEARS, `Une période ne peut dépasser ${MAX_PERIOD_YEARS} ans.`);
export type Period = z.infer<typeof PeriodSchema>;

export const SpaceNameSchema = z
  .string({ error: "Le nom du territoire doit être un texte." })
  .trim()
  .min(1, "Le nom du territoire est obligatoire.")
  .max(120, "Le nom du territoire dépasse 120 caractères.");

export const CreateSpaceSchema = z.strictObject(
  { name: SpaceNameSchema, period: PeriodSchema },
  { error: objectErrors("Le corps de la requête doit être un objet { name, period }.") },
);
export type CreateSpace = z.infer<typeof CreateSpaceSchema>;

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
  boards: BoardView[];
  plan: { documentName: string };
}

export interface CreatedSpaceView extends SpaceView {
  facilitatorSecret: string;
}
