/** One readable sentence from a zod failure, naming the field at fault as a reader writes it: `communes[2].insee`. */
export function describeIssues(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): string {
  return error.issues
    .map((issue) => {
      const path = issue.path
        .map((key, index) => (typeof key === "number" ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
        .join("");
      return path ? `${path} : ${issue.message}` : issue.message;
    })
    .join(" ; ");
}

/**
 * Error map for a JSON object schema: a French message when the value is not an object at all, and the names of
 * fields it does not know (strict objects refuse them rather than silently dropping them).
 */
export function objectErrors(notAnObject: string) {
  return (issue: { code?: string; keys?: readonly string[] }) => {
    if (issue.code === "unrecognized_keys") return `Champ inconnu : ${issue.keys?.join(", ")}.`;
    if (issue.code === "invalid_type") return notAnObject;
    return undefined;
  };
}
