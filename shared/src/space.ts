import { z } from "zod/mini";
import { PartiesSchema, type Party } from "./parties.ts";
import { problem, refuseWith } from "./problems.ts";
import { type Territory, TerritoryPatchSchema } from "./territory.ts";
import { objectErrors } from "./validation.ts";

/** A CTG is signed for five years at most (2021–2025 is five years). */
export const MAX_PERIOD_YEARS = 5;

const YearSchema = z
  .number({ error: problem("spaceYearNotNumber") })
  .check(
    z.int(problem("spaceYearNotInteger")),
    z.minimum(2000, problem("spaceYearOutside")),
    z.maximum(2100, problem("spaceYearOutside")),
  );

/**
 * Any period a space holds. Spaces created before the five-year rule (up to eight years then) must still load and
 * show, so only a new space's period (`NewPeriodSchema`) is held to it.
 */
export const PeriodSchema = z
  .strictObject({ start: YearSchema, end: YearSchema }, { error: objectErrors("periodNotObject") })
  .check(z.refine((p) => p.end >= p.start, problem("periodReversed")));
export type Period = z.infer<typeof PeriodSchema>;

export function periodYears(period: Period): number[] {
  return Array.from({ length: period.end - period.start + 1 }, (_, index) => period.start + index);
}

export const NewPeriodSchema = PeriodSchema.check(
  refuseWith("periodTooLong", ({ start, end }: Period) =>
    end - start < MAX_PERIOD_YEARS ? null : { maximum: MAX_PERIOD_YEARS, start, end: start + MAX_PERIOD_YEARS - 1 },
  ),
);

export const SpaceNameSchema = z
  .string({ error: problem("notText", "spaceName") })
  .check(z.trim(), z.minLength(1, problem("required", "spaceName")), z.maxLength(120, problem("tooLong", "spaceName")));

export const CreateSpaceSchema = z.strictObject(
  { name: SpaceNameSchema, period: NewPeriodSchema },
  { error: objectErrors("createSpaceNotObject") },
);
export type CreateSpace = z.infer<typeof CreateSpaceSchema>;

/**
 * `PATCH /api/spaces/:id`: a key left out keeps what the space has; `parties` replaces the whole list. A new `period`
 * is held to the five-year rule as a new space's is, and to what the space holds (periodChangeRefusal).
 */
export const SpacePatchSchema = z
  .strictObject(
    {
      name: z.optional(SpaceNameSchema),
      period: z.optional(NewPeriodSchema),
      territory: z.optional(TerritoryPatchSchema),
      parties: z.optional(PartiesSchema),
    },
    { error: objectErrors("spacePatchNotObject") },
  )
  .check(z.refine((patch) => Object.keys(patch).length > 0, problem("spacePatchEmpty")));
export type SpacePatch = z.infer<typeof SpacePatchSchema>;

/** What the HTTP API returns for a space (and, once, with the facilitator secret). */
export interface BoardView {
  id: string;
  theme: string;
  description: string;
  archived: boolean;
  documentName: string;
}

/** Another convention of the same territory, as a space names it: the one it follows, or the one following it. */
export interface ConventionLink {
  id: string;
  name: string;
  period: Period;
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
  /** The convention this space was prepared to follow (`POST /api/spaces/:id/renewal`), and the one following it. */
  previous: ConventionLink | null;
  next: ConventionLink | null;
}

export interface CreatedSpaceView extends SpaceView {
  facilitatorSecret: string;
}
