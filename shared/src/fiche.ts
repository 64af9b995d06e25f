import { z } from "zod/mini";
import type { BudgetLine } from "./budget-line.ts";
import { CARD_KINDS } from "./card-kinds.ts";
import { boundedText, type FicheFields, requiredText } from "./fiche-fields.ts";
import { problem } from "./problems.ts";

// The statuses were first defined here, and code importing them from here still finds them.
export { FICHE_STATUSES, type FicheStatus } from "./fiche-fields.ts";

import { objectErrors } from "./validation.ts";

export const INDICATOR_KINDS = ["realisation", "resultat"] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const AxisInputSchema = z.strictObject(
  { title: requiredText("axisTitle", 200) },
  { error: objectErrors("axisNotObject") },
);

export const ObjectiveInputSchema = z.strictObject(
  { axisId: z.string().check(z.minLength(1), z.maxLength(64)), title: requiredText("objectiveTitle", 300) },
  { error: objectErrors("objectiveNotObject") },
);

/** Renaming an objective: its title alone, held to the same rule. */
export const ObjectiveRenameSchema = z.pick(ObjectiveInputSchema, { title: true });

/** Where a fiche comes from: a card of a board, by ids (the title and theme are those at promotion). */
export const SourceRefSchema = z.strictObject({
  boardId: z.string().check(z.minLength(1), z.maxLength(64)),
  cardId: z.string().check(z.minLength(1), z.maxLength(64)),
  kind: z.enum(CARD_KINDS),
  title: z.string().check(z.maxLength(200)),
  theme: z.string().check(z.maxLength(120)),
  promotedAt: z.number().check(z.int(), z.nonnegative()),
  /** Its place among the cards promoted with it, in board order (as their texts join the description). */
  rank: z.optional(z.number().check(z.int(), z.nonnegative())),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

export const IndicatorFieldsSchema = z.strictObject(
  {
    label: requiredText("indicatorLabel", 200),
    kind: z.enum(INDICATOR_KINDS, { error: problem("indicatorKindUnknown") }),
    unit: boundedText("unit", 40),
    target: z.nullable(z.number({ error: problem("targetNotNumber") })),
  },
  { error: objectErrors("indicatorNotObject") },
);
export type IndicatorFields = z.infer<typeof IndicatorFieldsSchema>;

export interface Indicator extends IndicatorFields {
  id: string;
  /** Measured value per year of the CTG period. */
  values: Record<string, number>;
}

/** A fiche action as read from the plan document: its fields (fiche-fields.ts) and what lives beside them. */
export interface Fiche extends FicheFields {
  id: string;
  description: string;
  sources: SourceRef[];
  budget: (BudgetLine & { id: string })[];
  indicators: Indicator[];
}
