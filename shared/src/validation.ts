/** One readable sentence from a zod failure, naming the field at fault. */
export function describeIssues(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join(".");
      return path ? `${path} : ${issue.message}` : issue.message;
    })
    .join(" ; ");
}
