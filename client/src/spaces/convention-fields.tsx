import type { Ref } from "react";
import type { FieldErrors } from "../forms/field-errors.ts";
import { t } from "../i18n/text.ts";
import { TextField } from "../ui/text-field.tsx";

/** The year a field holds, NaN when it is empty: the shared schemas then refuse it with their own words. */
export const year = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));

interface ConventionFieldsProps {
  /** The name's label and hint, and the period's legend: a new convention's, or the one that follows. */
  words: { name: string; nameHint?: string; period: string };
  name: string;
  start: string;
  end: string;
  onName: (name: string) => void;
  onStart: (start: string) => void;
  onEnd: (end: string) => void;
  /** The schema's problems by path: `name`, `period.start`, `period.end`, or `period` for the two years together. */
  errors: FieldErrors;
  nameRef?: Ref<HTMLInputElement>;
}

/** A convention's name, then its period as two years side by side, each with its error. */
export function ConventionFields({
  words,
  name,
  start,
  end,
  onName,
  onStart,
  onEnd,
  errors,
  nameRef,
}: ConventionFieldsProps) {
  const yearField = { type: "number", inputMode: "numeric", min: 2000, max: 2100, required: true } as const;
  return (
    <>
      <TextField
        ref={nameRef}
        label={words.name}
        hint={words.nameHint}
        error={errors.name}
        value={name}
        onChange={(event) => onName(event.target.value)}
        autoComplete="off"
        required
      />
      <fieldset className="field-row">
        <legend className="field__label">{words.period}</legend>
        <TextField
          label={t.home.startLabel}
          error={errors["period.start"]}
          value={start}
          onChange={(event) => onStart(event.target.value)}
          {...yearField}
        />
        <TextField
          label={t.home.endLabel}
          error={errors["period.end"] ?? errors.period}
          value={end}
          onChange={(event) => onEnd(event.target.value)}
          {...yearField}
        />
      </fieldset>
    </>
  );
}
