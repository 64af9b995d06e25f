import type { Context, ErrorHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { logOf } from "../observability/log.ts";

/** A refusal as JSON: the French `error` for people, and a stable `code` for interfaces that word it themselves. */
export function jsonError(c: Context, status: ContentfulStatusCode, message: string, code?: string) {
  return c.json(code === undefined ? { error: message } : { error: message, code }, status);
}

/** Every failure leaves as JSON `{ error }`: Hono's own 4xx keep their status, anything else is a 500. */
export const handleError: ErrorHandler = (error, c) => {
  if (error instanceof HTTPException) {
    const message =
      error.message === "Malformed JSON in request body"
        ? "Le corps de la requête n'est pas du JSON valide."
        : error.message || "Requête refusée.";
    return jsonError(c, error.status as ContentfulStatusCode, message);
  }
  logOf("http").error({ err: error, path: c.req.path }, "unexpected error");
  return jsonError(c, 500, "Erreur interne du serveur.");
};
