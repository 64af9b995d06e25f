import {
  INDICATOR_LEVELS,
  type IndicatorCorrection,
  IndicatorCorrectionSchema,
  type IndicatorLevel,
  type IndicatorView,
} from "@atelier/shared";
import type { FieldErrors } from "../forms/field-errors.ts";
import { readNumber, writeNumber } from "../forms/number-text.ts";
import { t } from "../i18n/text.ts";
import { formatFigure } from "./figures.ts";

export type CorrectionFields = Record<IndicatorLevel | "unit" | "source", string>;

const MAX_UNIT = 40;
const MAX_SOURCE = 300;

/** The form starts from the figures as they are, written as the interface's language writes numbers ("4,077.5"). */
export function fieldsOf(indicator: IndicatorView): CorrectionFields {
  const { values, unit, source } = indicator;
  return {
    territoire: writeNumber(values.territoire),
    departement: writeNumber(values.departement),
    france: writeNumber(values.france),
    unit,
    source,
  };
}

export type CorrectionReview =
  | { ok: false; errors: FieldErrors }
  /** `changes` says each change in words, for the confirmation; empty when nothing changed. */
  | { ok: true; correction: IndicatorCorrection; changes: string[] };

/** What the facilitator is about to change: only the fields that differ are sent, and shown before they are. */
export function reviewCorrection(indicator: IndicatorView, fields: CorrectionFields): CorrectionReview {
  const errors: FieldErrors = {};
  const changed: Partial<Record<IndicatorLevel, number | null>> = {};
  for (const level of INDICATOR_LEVELS) {
    const typed = readNumber(fields[level]);
    if (!typed.ok) errors[level] = typed.error;
    else if (typed.value === null && level === "territoire") errors[level] = t.indicators.correction.required;
    else if (typed.value !== indicator.values[level]) changed[level] = typed.value;
  }
  const [unit, source] = [fields.unit.trim(), fields.source.trim()];
  if (unit.length > MAX_UNIT) errors.unit = t.indicators.correction.tooLong(MAX_UNIT);
  if (source.length > MAX_SOURCE) errors.source = t.indicators.correction.tooLong(MAX_SOURCE);
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const correction = IndicatorCorrectionSchema.parse({
    ...(Object.keys(changed).length > 0 ? { values: changed } : {}),
    ...(unit !== indicator.unit ? { unit } : {}),
    ...(source !== indicator.source ? { source } : {}),
  });
  const { change, quoted } = t.indicators.correction;
  const changes = [
    ...INDICATOR_LEVELS.filter((level) => level in changed).map((level) =>
      change(
        t.indicatorLevels[level],
        formatFigure(indicator.values[level], indicator.unit),
        formatFigure(changed[level] ?? null, unit),
      ),
    ),
    ...(correction.unit === undefined
      ? []
      : [change(t.indicators.correction.unitLabel, indicator.unit || "—", unit || "—")]),
    ...(correction.source === undefined
      ? []
      : [change(t.indicators.correction.sourceLabel, quoted(indicator.source), quoted(source))]),
  ];
  return { ok: true, correction, changes };
}
