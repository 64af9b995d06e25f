import type { Context } from "hono";
import type { Outcome } from "../outcome.ts";
import { refusalReply } from "./errors.ts";

/**
 * A service's outcome as a response: its refusal as JSON `{ error, code }` (errors.ts), nothing (204) or its value
 * as JSON.
 */
export function reply<T>(c: Context, outcome: Outcome<T>, status: 200 | 201 = 200) {
  if (!outcome.ok) return refusalReply(c, outcome);
  return outcome.value === null ? c.body(null, 204) : c.json(outcome.value, status);
}
