import { z } from "zod/mini";
import type { Citation } from "./citation.ts";
import { type ProblemSubject, problem } from "./problems.ts";

/** Comparison levels of a territorial figure, as the Caf's diagnostics present them. */
export const INDICATOR_LEVELS = ["territoire", "departement", "france"] as const;
export type IndicatorLevel = (typeof INDICATOR_LEVELS)[number];

/** The columns of an import file, in French as a Caf adviser writes them. */
export const INDICATOR_COLUMNS = [
  "indicateur",
  "theme",
  "annee",
  "valeur_territoire",
  "valeur_departement",
  "valeur_france",
  "unite",
  "source",
] as const;
export type IndicatorColumn = (typeof INDICATOR_COLUMNS)[number];

const value = (column: ProblemSubject) => z.nullable(z.number({ error: problem("cellNotNumber", column) }));

/** One line of an import file, once its cells are read (numbers parsed, blanks as null). */
export const IndicatorRowSchema = z.strictObject({
  indicateur: z
    .string({ error: problem("required", "indicateurColumn") })
    .check(
      z.trim(),
      z.minLength(1, problem("required", "indicateurColumn")),
      z.maxLength(200, problem("tooLong", "indicateurColumn")),
    ),
  theme: z._default(z.string().check(z.trim(), z.maxLength(120, problem("tooLong", "themeColumn"))), ""),
  annee: z
    .number({ error: problem("yearCellNotNumber") })
    .check(
      z.int(problem("yearCellNotInteger")),
      z.minimum(1950, problem("yearCellOutside")),
      z.maximum(2100, problem("yearCellOutside")),
    ),
  valeur_territoire: value("valeurTerritoireColumn").check(
    z.refine((v) => v !== null, problem("required", "valeurTerritoireColumn")),
  ),
  valeur_departement: value("valeurDepartementColumn"),
  valeur_france: value("valeurFranceColumn"),
  unite: z._default(z.string().check(z.trim(), z.maxLength(40, problem("tooLong", "uniteColumn"))), ""),
  source: z._default(z.string().check(z.trim(), z.maxLength(300, problem("tooLong", "sourceColumn"))), ""),
});
export type IndicatorRow = z.infer<typeof IndicatorRowSchema>;

export interface IndicatorView {
  id: string;
  label: string;
  theme: string;
  year: number;
  unit: string;
  source: string;
  values: Record<IndicatorLevel, number | null>;
}

export const IndicatorCorrectionSchema = z.strictObject({
  values: z.optional(
    z.strictObject({
      territoire: z.optional(z.number()),
      departement: z.optional(z.nullable(z.number())),
      france: z.optional(z.nullable(z.number())),
    }),
  ),
  source: z.optional(z.string().check(z.trim(), z.maxLength(300))),
  unit: z.optional(z.string().check(z.trim(), z.maxLength(40))),
});
export type IndicatorCorrection = z.infer<typeof IndicatorCorrectionSchema>;

/**
 * A figure cited on a card, copied from the indicator so the card reads on its own (exports, other clients); the
 * server rewrites it on every card when the indicator is corrected.
 */
export const IndicatorCitationSchema = z.strictObject({
  indicatorId: z.string().check(z.minLength(1), z.maxLength(64)),
  label: z.string().check(z.maxLength(200)),
  year: z.number().check(z.int()),
  unit: z.string().check(z.maxLength(40)),
  source: z.string().check(z.maxLength(300)),
  values: z.strictObject({
    territoire: z.nullable(z.number()),
    departement: z.nullable(z.number()),
    france: z.nullable(z.number()),
  }),
});
export type IndicatorCitation = z.infer<typeof IndicatorCitationSchema>;

export function citationOf(indicator: IndicatorView): IndicatorCitation {
  const { id, label, year, unit, source, values } = indicator;
  return { indicatorId: id, label, year, unit, source, values };
}

/** Whether a card's citation is the indicator's own figure, whole: what citationOf gives for it. */
export function citesIndicator(citation: Citation, indicator: IndicatorView): boolean {
  if (!("indicatorId" in citation)) return false;
  const own = citationOf(indicator);
  return (
    citation.indicatorId === own.indicatorId &&
    citation.label === own.label &&
    citation.year === own.year &&
    citation.unit === own.unit &&
    citation.source === own.source &&
    INDICATOR_LEVELS.every((level) => citation.values[level] === own.values[level])
  );
}

/** A figure as its reader expects it: "42 %", "4 077", "12,5 places" in French; "42%", "4,077" in English. */
export function formatFigure(value: number | null, unit: string, locale = "fr-FR"): string {
  if (value === null) return "—";
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  if (!unit) return number;
  if (unit === "%") return locale.startsWith("fr") ? `${number} %` : `${number}%`;
  return `${number} ${unit}`;
}

/** The territory's gap to a comparison level, in the indicator's unit (points for percentages); null if unknown. */
export function gapTo(indicator: Pick<IndicatorView, "values">, level: Exclude<IndicatorLevel, "territoire">) {
  const [own, other] = [indicator.values.territoire, indicator.values[level]];
  return own === null || other === null ? null : Math.round((own - other) * 10) / 10;
}
