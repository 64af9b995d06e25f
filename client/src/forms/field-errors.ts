import type { IssueLike } from "@atelier/shared";
import { issueText } from "./issue-text.ts";

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
