import { createMiddleware } from "hono/factory";
import type { SpaceService } from "../spaces/space-service.ts";
import { jsonError } from "./errors.ts";

/** Lets the request through only with `Authorization: Bearer <facilitator secret>` of the space in the path. */
export function facilitatorOnly(spaces: SpaceService) {
  return createMiddleware(async (c, next) => {
    const spaceId = c.req.param("spaceId") ?? "";
    const token = /^Bearer (.+)$/.exec(c.req.header("Authorization") ?? "")?.[1];
    if (!token) return jsonError(c, 401, "Authentification requise : en-tête Authorization: Bearer <secret>.");
    if ((await spaces.roleFor(spaceId, token)) === "facilitator") return next();
    return (await spaces.find(spaceId))
      ? jsonError(c, 403, "Seul un animateur de cet espace peut faire cela.")
      : jsonError(c, 404, "Espace CTG introuvable.");
  });
}
