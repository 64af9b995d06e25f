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
