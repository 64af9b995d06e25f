import { describeIssues, fieldProblems } from "@atelier/shared";
import { zValidator } from "@hono/zod-validator";
import type { z } from "zod/mini";
import "../french-validation-messages.ts";

/**
 * Validates a JSON body against a shared schema; a failure is a 400 naming each bad field, in French for any client
 * and as problem codes for the atelier's own, which words them in its reader's language.
 */
export function jsonBody<T extends z.ZodMiniType>(schema: T) {
  return zValidator("json", schema, (result, c) => {
    if (!result.success) {
      return c.json({ error: describeIssues(result.error), problems: fieldProblems(result.error.issues) }, 400);
    }
  });
}
