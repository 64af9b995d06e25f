import { z } from "zod";
import type { BudgetLine } from "./budget-line.ts";
import { CARD_KINDS } from "./card.ts";
import { boundedText, type FicheFields, requiredText } from "./fiche-fields.ts";

// The statuses were first defined here, and code importing them from here still finds them.
export { FICHE_STATUSES, type FicheStatus } from "./fiche-fields.ts";

import { objectErrors } from "./validation.ts";

export const INDICATOR_KINDS = ["realisation", "resultat"] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const AxisInputSchema = z.strictObject(
  { title: requiredText("Le titre de l'axe", 200) },
  { error: objectErrors("Un axe doit être un objet { title }.") },
);

export const ObjectiveInputSchema = z.strictObject(
  { axisId: z.string().min(1).max(64), title: requiredText("Le titre de l'objectif", 300) },
  { error: objectErrors("Un objectif doit être un objet { axisId, title }.") },
);

/** Where a fiche comes from: a card of a board, by ids (the title and theme are those at promotion). */
export const SourceRefSchema = z.strictObject({
  boardId: z.string().min(1).max(64),
  cardId: z.string().min(1).max(64),
  kind: z.enum(CARD_KINDS),
  title: z.string().max(200),
  theme: z.string().max(120),
  promotedAt: z.number().int().nonnegative(),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

export const IndicatorFieldsSchema = z.strictObject(
  {
    label: requiredText("Le libellé de l'indicateur", 200),
    kind: z.enum(INDICATOR_KINDS, { error: "Un indicateur est de réalisation ou de résultat." }),
    unit: boundedText("L'unité", 40),
    target: z.number({ error: "La cible doit être un nombre." }).nullable(),
  },
  { error: objectErrors("Un indicateur doit être un objet { label, kind, unit, target }.") },
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
