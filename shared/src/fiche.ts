import { z } from "zod";
import type { BudgetLine } from "./budget-line.ts";
import { CARD_KINDS } from "./card.ts";
import { objectErrors } from "./validation.ts";

export const FICHE_STATUSES = ["proposee", "validee", "en-cours", "realisee", "abandonnee"] as const;
export type FicheStatus = (typeof FICHE_STATUSES)[number];

export const INDICATOR_KINDS = ["realisation", "resultat"] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

const text = (field: string, max: number) =>
  z
    .string({ error: `${field} doit être un texte.` })
    .trim()
    .max(max, `${field} dépasse ${max} caractères.`);

const requiredText = (field: string, max: number) => text(field, max).min(1, `${field} est obligatoire.`);

export const YearSchema = z.number({ error: "Une année doit être un nombre." }).int().min(2000).max(2100);

export const AxisInputSchema = z.strictObject(
  { title: requiredText("Le titre de l'axe", 200) },
  { error: objectErrors("Un axe doit être un objet { title }.") },
);

export const ObjectiveInputSchema = z.strictObject(
  { axisId: z.string().min(1).max(64), title: requiredText("Le titre de l'objectif", 300) },
  { error: objectErrors("Un objectif doit être un objet { axisId, title }.") },
);

/** The scalar fields of a fiche action; its description, sources, budget and indicators live beside them. */
export const FicheFieldsSchema = z.strictObject({
  title: requiredText("Le titre de la fiche", 200),
  axisId: z.string().max(64).nullable(),
  objectiveId: z.string().max(64).nullable(),
  order: z.string().min(1),
  themes: z.array(text("Une thématique", 120)).max(20),
  status: z.enum(FICHE_STATUSES, { error: `Statut de fiche possible : ${FICHE_STATUSES.join(", ")}.` }),
  targetPublic: text("Le public visé", 500),
  pilot: text("Le pilote", 200),
  partners: z.array(text("Un partenaire", 200)).max(50),
  years: z.array(YearSchema).max(10),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
});
export type FicheFields = z.infer<typeof FicheFieldsSchema>;

export const FichePatchSchema = FicheFieldsSchema.omit({ order: true, createdAt: true, updatedAt: true }).partial();
export type FichePatch = z.input<typeof FichePatchSchema>;

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
    unit: text("L'unité", 40),
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

/** A fiche action as read from the plan document. */
export interface Fiche extends FicheFields {
  id: string;
  description: string;
  sources: SourceRef[];
  budget: (BudgetLine & { id: string })[];
  indicators: Indicator[];
}
