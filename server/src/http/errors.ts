import type { RefusalCode, RefusalParams } from "@atelier/shared";
import type { Context, ErrorHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { logOf } from "../observability/log.ts";
import { type RefusalStatus, type Refused, refused } from "../outcome.ts";

/**
 * A refusal as JSON: the French `error` for people, and its `code` (with the `params` its wording quotes, and the
 * refused fields' `problems`) for interfaces that word it in their language.
 */
export function refusalReply(c: Context, { status, error, code, params, problems }: Refused) {
  return c.json({ error, code, ...(params && { params }), ...(problems && { problems }) }, status);
}

export const refuse = (c: Context, status: RefusalStatus, code: RefusalCode, params?: RefusalParams) =>
  refusalReply(c, refused(status, code, params));

/** Every failure leaves as a refusal: Hono's own 4xx keep their status, anything else is a 500. */
export const handleError: ErrorHandler = (error, c) => {
  if (error instanceof HTTPException) {
    if (error.message === "Malformed JSON in request body") return refuse(c, 400, "malformedJson");
    // Hono's other words are English: the refusal says it in the reader's language, its status says what it was.
    return refuse(c, error.status as RefusalStatus, "requestRefused");
  }
  logOf("http").error({ err: error, path: c.req.path }, "unexpected error");
  return refuse(c, 500, "internalError");
};
