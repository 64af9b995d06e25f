import { type RefObject, useEffect } from "react";
import type { FieldErrors } from "./field-errors.ts";

/** After a refused submit, brings keyboard and screen-reader users to the first field to correct. */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>, errors: FieldErrors): void {
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, errors]);
}
