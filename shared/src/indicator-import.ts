// The import of a figures file beyond the atelier's own template: the Caf's and the Insee's open-data files as they
// are published, and any other wide file once the facilitator says what its columns hold (the mapping).
import { z } from "zod/mini";
import type { IndicatorView } from "./indicator.ts";
import { type FieldProblem, type IssueLike, problem } from "./problems.ts";
import type { RefusalCode, RefusalParams } from "./refusals.ts";
import { withoutAccents } from "./text-folding.ts";
import { objectErrors } from "./validation.ts";

/** One indicator per column: no wide file worth mapping by hand has more. */
export const MAX_MAPPED_MEASURES = 50;

const ColumnNameSchema = z
  .string({ error: problem("notText", "columnName") })
  .check(
    z.trim(),
    z.minLength(1, problem("required", "columnName")),
    z.maxLength(200, problem("tooLong", "columnName")),
  );

const MappedYearSchema = z.union(
  [
    z.strictObject({ column: ColumnNameSchema }),
    z.strictObject({
      fixed: z
        .number({ error: problem("importYearNotNumber") })
        .check(
          z.int(problem("importYearNotInteger")),
          z.minimum(1950, problem("importYearOutside")),
          z.maximum(2100, problem("importYearOutside")),
        ),
    }),
  ],
  { error: problem("mappedYearInvalid") },
);

export const MappedMeasureSchema = z.strictObject(
  {
    column: ColumnNameSchema,
    label: z
      .string({ error: problem("notText", "indicatorLabel") })
      .check(
        z.trim(),
        z.minLength(1, problem("required", "indicatorLabel")),
        z.maxLength(200, problem("tooLong", "indicatorLabel")),
      ),
    unit: z._default(z.string().check(z.trim(), z.maxLength(40, problem("tooLong", "unit"))), ""),
    theme: z._default(z.string().check(z.trim(), z.maxLength(120, problem("tooLong", "theme"))), ""),
  },
  { error: objectErrors("mappedMeasureNotObject") },
);
export type MappedMeasure = z.infer<typeof MappedMeasureSchema>;

/** Columns are named as in the file's first line; case, accents and spaces aside ("Code commune" is "code_commune"). */
export const ImportMappingSchema = z
  .strictObject(
    {
      /** The commune's INSEE code, the EPCI's SIREN, the département's code, or "France": each row says where it is. */
      territoryColumn: ColumnNameSchema,
      year: MappedYearSchema,
      measures: z
        .array(MappedMeasureSchema, { error: problem("measuresNotList") })
        .check(
          z.minLength(1, problem("measuresMissing")),
          z.maxLength(MAX_MAPPED_MEASURES, problem("measuresTooMany")),
        ),
      source: z._default(z.string().check(z.trim(), z.maxLength(300, problem("tooLong", "source"))), ""),
    },
    { error: objectErrors("mappingNotObject") },
  )
  .check(
    z.superRefine((mapping, context) => {
      const taken = new Set([foldColumnName(mapping.territoryColumn)]);
      if ("column" in mapping.year) taken.add(foldColumnName(mapping.year.column));
      mapping.measures.forEach((measure, index) => {
        const name = foldColumnName(measure.column);
        if (taken.has(name))
          context.addIssue({
            code: "custom",
            path: ["measures", index, "column"],
            message: problem("columnTaken"),
            params: { value: measure.column },
          });
        taken.add(name);
      });
    }),
  );
export type ImportMapping = z.infer<typeof ImportMappingSchema>;

/** "Valeur territoire", "valeur_territoire" and "Valeur Territoire " name the same column. */
export function foldColumnName(header: unknown): string {
  return withoutAccents(String(header ?? ""))
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

/** The `mapping` field of an import, as JSON text: the mapping, or why it is refused (its schema's issues, if any). */
export function readImportMapping(
  text: string,
):
  | { ok: true; mapping: ImportMapping }
  | { ok: false; code: "importMappingNotJson" | "importMappingInvalid"; issues: readonly IssueLike[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, code: "importMappingNotJson", issues: [] };
  }
  const parsed = ImportMappingSchema.safeParse(json);
  if (parsed.success) return { ok: true, mapping: parsed.data };
  return { ok: false, code: "importMappingInvalid", issues: parsed.error.issues };
}

/** Which publication a file was read as. */
export const IMPORT_LAYOUTS = ["caf", "insee", "mapped"] as const;
export type ImportLayout = (typeof IMPORT_LAYOUTS)[number];

/** What a file held that was not imported, and why: the client words each reason in French and English. */
export type ImportIgnored =
  /** Rows of other communes, EPCIs or départements. */
  | { reason: "other-territory"; rows: number }
  /** Rows whose code is no commune, EPCI, département or France (the Caf's 99999, XXXXX, a total). */
  | { reason: "no-territory-code"; rows: number }
  /** Rows of an earlier month of a year the file has a later month of: the latest is the year's figure. */
  | { reason: "earlier-period"; rows: number }
  /** The territory's communes' rows, when the file also has the EPCI's own row (which is not summed again). */
  | { reason: "epci-row-preferred"; rows: number }
  /** Département rows, when neither the territory's communes nor its rows say which département it is in. */
  | { reason: "unknown-departement"; rows: number }
  /** Columns that are no territory code, date or figure (names, regions, text). */
  | { reason: "unknown-column"; columns: string[] }
  /** Cells of the rows kept that were blank or secret ("s", "nc"…). */
  | { reason: "blank-cell"; cells: number }
  /** The territory's communes the file has no row for. */
  | { reason: "commune-without-row"; communes: { insee: string; name: string }[] }
  /**
   * Years whose sums lack some of the territory's communes (a secret or blank cell, or no row that year): those
   * figures are stored as partial sums, their source says so, and no rate is computed from them.
   */
  | { reason: "incomplete-sum"; years: { year: number; communes: { insee: string; name: string }[] }[] }
  /** Département or France figures of an indicator the space does not have for the territory. */
  | { reason: "no-territory-figure"; figures: { label: string; year: number }[] };
export type ImportIgnoredReason = ImportIgnored["reason"];

/** Where the figures come from. */
export interface ImportKept {
  /** The territory's rows read: its EPCI's, or its communes'. */
  rows: number;
  /** "communes": the communes' figures are added up; null: the file gave only comparison levels. */
  level: "epci" | "communes" | null;
  /** How many of the territory's communes had a row. */
  communes: number;
  /** The département whose row gave the département's figures, if any. */
  departement: string | null;
  france: boolean;
  years: number[];
}

export interface ImportSummary {
  layout: ImportLayout;
  kept: ImportKept;
  ignored: ImportIgnored[];
}

/** A figure as the import would store it. */
export type ImportedFigure = Omit<IndicatorView, "id">;

/**
 * The answer of `POST …/indicators/import` (201), or of its preview (`?preview=1`, 200, nothing stored). The
 * atelier's own template answers the counts alone; an open-data or mapped file adds its summary.
 */
export interface ImportAnswer {
  /** Figures stored, or that a preview would store: `added` and `replaced` together. */
  imported: number;
  /** Stored imports only: figures new to the space. */
  added?: number;
  /** Stored imports only: figures that replaced one of the same indicator, theme and year (a file sent again). */
  replaced?: number;
  summary?: ImportSummary;
  /** Only in a preview: every figure that would be stored. */
  preview?: ImportedFigure[];
}

/** Refusals that carry more than their message: the client then offers the next step. */
export const IMPORT_REFUSAL_CODES = ["mapping-required", "territory-required"] as const;
export type ImportRefusalCode = (typeof IMPORT_REFUSAL_CODES)[number];

/** A column of a file whose layout is not recognised, with a few of its first values. */
export interface FileColumn {
  name: string;
  samples: string[];
}

/** What the server guesses from the first rows, for the facilitator to check: nothing is imported on a guess. */
export interface MappingSuggestion {
  territoryColumn: string | null;
  year: ImportMapping["year"] | null;
  measures: MappedMeasure[];
}

/**
 * The 400 answer of an import: `error` in French, its refusal code (shared/src/refusals.ts) with what its wording
 * quotes; `mapping-required` comes with the file's columns.
 */
export interface ImportRefusal {
  error: string;
  code: RefusalCode;
  params?: RefusalParams;
  problems?: FieldProblem[];
  columns?: FileColumn[];
  suggestion?: MappingSuggestion;
}
