import type { Role } from "@atelier/shared";
import { createMiddleware } from "hono/factory";
import type { Access, AccessService } from "../spaces/access-service.ts";
import type { SpaceService } from "../spaces/space-service.ts";
import { refuse } from "./errors.ts";

export type AccessEnv = { Variables: { access: Access } };

/**
 * Lets the request through only with `Authorization: Bearer <token>` granting one of `roles` in the space of the
 * path; the resolved access is then in `c.var.access`.
 */
export function requireAccess(access: AccessService, spaces: SpaceService, roles: readonly Role[]) {
  return createMiddleware<AccessEnv>(async (c, next) => {
    const spaceId = c.req.param("spaceId") ?? "";
    const token = /^Bearer (.+)$/.exec(c.req.header("Authorization") ?? "")?.[1];
    if (!token) return refuse(c, 401, "authenticationRequired");
    const granted = await access.resolve(spaceId, token);
    if (granted && roles.includes(granted.role)) {
      c.set("access", granted);
      return next();
    }
    if (!(await spaces.find(spaceId))) return refuse(c, 404, "spaceNotFound");
    if (!granted) return refuse(c, 401, "tokenInvalid");
    return refuse(c, 403, roles.includes("partner") ? "roleNotAllowed" : "facilitatorOnly");
  });
}
