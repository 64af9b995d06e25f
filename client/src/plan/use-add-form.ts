import { type FormEvent, useRef, useState } from "react";
import type { Checked, FieldErrors } from "../forms/field-errors.ts";
import { useFocusFirstInvalid } from "../forms/use-focus-first-invalid.ts";

/**
 * A small form that adds one row to the plan (a budget line, an indicator): the shared schema judges it (its number
 * fields read first, see `withNumbers`), its messages go next to their fields, and once written the form empties for
 * the next row, the focus on its first field.
 */
export function useAddForm<F extends Record<string, string>, T>(
  empty: F,
  parse: (fields: F) => Checked<T>,
  write: (value: T) => void,
) {
  const [fields, setFields] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  const set = (key: keyof F, value: string) => setFields((current) => ({ ...current, [key]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = parse(fields);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    write(parsed.value);
    setFields(empty);
    setErrors({});
    form.current?.querySelector<HTMLElement>("input, select")?.focus();
  }

  return { form, fields, set, errors, submit };
}
