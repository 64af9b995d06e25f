import type { Context } from "hono";
import type { Outcome } from "../outcome.ts";
import { jsonError } from "./errors.ts";

/**
 * A service's outcome as a response: its refusal as JSON `{ error }` (with its `code` when it has one), nothing (204)
 * or its value as JSON.
 */
export function reply<T>(c: Context, outcome: Outcome<T>, status: 200 | 201 = 200) {
  if (!outcome.ok) return jsonError(c, outcome.status, outcome.error, outcome.code);
  return outcome.value === null ? c.body(null, 204) : c.json(outcome.value, status);
}
