import { describeIssues } from "@atelier/shared";
import { zValidator } from "@hono/zod-validator";
import type { z } from "zod/mini";
import "../french-validation-messages.ts";

/** Validates a JSON body against a shared schema; a failure is a 400 naming each bad field. */
export function jsonBody<T extends z.ZodMiniType>(schema: T) {
  return zValidator("json", schema, (result, c) => {
    if (!result.success) return c.json({ error: describeIssues(result.error) }, 400);
  });
}
