import { FRENCH_PROBLEM_WORDS, fieldPath, frenchIssue, type IssueLike, type ProblemCode } from "./problems.ts";

/**
 * One readable French sentence from a zod failure, naming the field at fault as a reader writes it:
 * `communes[2].insee`.
 */
export function describeIssues(error: { issues: readonly IssueLike[] }): string {
  const { field, fields } = FRENCH_PROBLEM_WORDS;
  return fields(
    error.issues.map((issue) => {
      const path = fieldPath(issue.path);
      const message = frenchIssue(issue);
      return path ? field(path, message) : message;
    }),
  );
}

/**
 * Error map for a JSON object schema: its own problem when the value is not an object at all, and the fields it does
 * not know (strict objects refuse them rather than silently dropping them; the issue lists them).
 */
export function objectErrors(notAnObject: ProblemCode) {
  return (issue: { code?: string }): ProblemCode | undefined => {
    if (issue.code === "unrecognized_keys") return "unknownField";
    if (issue.code === "invalid_type") return notAnObject;
    return undefined;
  };
}
