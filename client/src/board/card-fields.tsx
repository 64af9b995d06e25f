import type { CardKind } from "@atelier/shared";
import { useRef, useState } from "react";
import { type FieldErrors, fieldErrors } from "../forms/field-errors.ts";
import { useFocusFirstInvalid } from "../forms/use-focus-first-invalid.ts";
import { t } from "../i18n/text.ts";
import { TextField } from "../ui/text-field.tsx";
import { KindSelect } from "./kind-select.tsx";

export interface CardFieldValues {
  kind: CardKind;
  title: string;
  source: string;
}

type SafeParse<T> = (
  input: unknown,
) => { success: true; data: T } | { success: false; error: Parameters<typeof fieldErrors>[0] };

/** The state of a card form (adding or editing): its values, its errors, and validation against a shared schema. */
export function useCardFields(initial: CardFieldValues) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const form = useRef<HTMLFormElement>(null);
  const titleInput = useRef<HTMLInputElement>(null);
  useFocusFirstInvalid(form, errors);

  /** The parsed values, or undefined after showing what to correct. */
  function validate<T>(safeParse: SafeParse<T>, extra: object = {}): T | undefined {
    const parsed = safeParse({ ...values, ...extra });
    setErrors(parsed.success ? {} : fieldErrors(parsed.error));
    return parsed.success ? parsed.data : undefined;
  }

  return { values, setValues, errors, form, titleInput, validate };
}

interface CardFieldsProps {
  fields: ReturnType<typeof useCardFields>;
  /** The add-card bar shows hints in the inputs and lays the fields out in a row. */
  layout: "bar" | "stacked";
}

export function CardFields({ fields, layout }: CardFieldsProps) {
  const { values, setValues, errors, titleInput } = fields;
  const bar = layout === "bar";
  const set = (change: Partial<CardFieldValues>) => setValues((current) => ({ ...current, ...change }));
  return (
    <>
      <KindSelect
        value={values.kind}
        onChange={(kind) => set({ kind })}
        className={bar ? "add-card__kind" : undefined}
      />
      <TextField
        ref={titleInput}
        className={bar ? "add-card__card-title" : undefined}
        label={t.board.cardTitleLabel}
        placeholder={bar ? t.board.cardTitleHint : undefined}
        error={errors.title}
        value={values.title}
        onChange={(event) => set({ title: event.target.value })}
        autoComplete="off"
        required
      />
      <TextField
        className={bar ? "add-card__source" : undefined}
        label={t.board.sourceLabel}
        placeholder={bar ? t.board.sourceHint : undefined}
        optional
        error={errors.source}
        value={values.source}
        onChange={(event) => set({ source: event.target.value })}
        autoComplete="off"
      />
    </>
  );
}
