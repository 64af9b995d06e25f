import type { IssueLike } from "@atelier/shared";
import { issueText } from "./issue-text.ts";
import type { NumberReading } from "./number-text.ts";

/** Validation issues keyed by field path ("name", "period.start"…), the first message of each field only. */
export type FieldErrors = Partial<Record<string, string>>;

export function fieldErrors(error: { issues: readonly IssueLike[] }) {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".");
    errors[path] ??= issueText(issue);
  }
  return errors;
}

/** A shared schema's answer to a form's fields: the value it parsed, or the fields' errors in the reader's words. */
export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export function checked<T>(
  schema: {
    safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: readonly IssueLike[] } };
  },
  input: unknown,
): Checked<T> {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: fieldErrors(parsed.error) };
}

/**
 * A form's answer once its number fields were read (forms/number-text.ts) and the whole checked by a schema: a number
 * that could not be read is refused beside its field in the reading's words, which say how to write one.
 */
export function withNumbers<T>(result: Checked<T>, readings: Readonly<Record<string, NumberReading>>): Checked<T> {
  const misread = Object.entries(readings).flatMap(([field, reading]) => (reading.ok ? [] : [[field, reading.error]]));
  if (misread.length === 0) return result;
  return { ok: false, errors: { ...(result.ok ? {} : result.errors), ...Object.fromEntries(misread) } };
}
