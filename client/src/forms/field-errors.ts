/** Validation issues keyed by field path ("name", "period.start"…), the first message of each field only. */
export type FieldErrors = Partial<Record<string, string>>;

export function fieldErrors(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }) {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".");
    errors[path] ??= issue.message;
  }
  return errors;
}
