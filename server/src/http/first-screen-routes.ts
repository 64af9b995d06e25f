import { ROLES } from "@atelier/shared";
import { Hono } from "hono";
import type { AccessService } from "../spaces/access-service.ts";
import type { FirstScreenService } from "../spaces/first-screen-service.ts";
import type { SpaceService } from "../spaces/space-service.ts";
import { reply } from "./outcome-reply.ts";
import { type AccessEnv, requireAccess } from "./require-access.ts";

/** What a board's page shows first, for anyone its document opens to; nothing (204) until it is known. */
export function firstScreenRoutes(firstScreens: FirstScreenService, access: AccessService, spaces: SpaceService) {
  const member = requireAccess(access, spaces, ROLES);
  return new Hono<AccessEnv>().get("/:spaceId/boards/:boardId/first-screen", member, async (c) =>
    reply(c, await firstScreens.firstScreen(c.req.param("spaceId"), c.req.param("boardId"), c.var.access)),
  );
}
