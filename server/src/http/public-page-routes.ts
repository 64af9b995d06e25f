import { ROLES } from "@atelier/shared";
import { Hono } from "hono";
import type { PublicPageService } from "../plan/public-page-service.ts";
import type { AccessService } from "../spaces/access-service.ts";
import type { SpaceService } from "../spaces/space-service.ts";
import type { AccessThrottles } from "./access-throttles.ts";
import { reply } from "./outcome-reply.ts";
import { type AccessEnv, requireAccess } from "./require-access.ts";

/**
 * Publishing a space's page "Ce que nous avons retenu" (facilitators), and its address for everyone in the space:
 * the habitants' page links to it.
 */
export function publicPageRoutes(pages: PublicPageService, access: AccessService, spaces: SpaceService) {
  const facilitator = requireAccess(access, spaces, ["facilitator"]);
  return new Hono<AccessEnv>()
    .get("/:spaceId/public-page", requireAccess(access, spaces, ROLES), async (c) =>
      c.json(await pages.status(c.req.param("spaceId"))),
    )
    .post("/:spaceId/public-page", facilitator, async (c) => c.json(await pages.publish(c.req.param("spaceId")), 201))
    .delete("/:spaceId/public-page", facilitator, async (c) => {
      await pages.unpublish(c.req.param("spaceId"));
      return c.body(null, 204);
    });
}

/** `GET /api/public/:slug`: the published page, to anyone, with no account. */
export function publicRoutes(pages: PublicPageService, throttles: AccessThrottles) {
  return new Hono().get("/:slug", throttles.publicPageFromAddress, async (c) => {
    const page = await pages.read(c.req.param("slug"));
    // A room of phones scanning one QR code: each may keep the page a few minutes rather than ask again.
    if (page.ok) c.header("Cache-Control", "public, max-age=300");
    return reply(c, page);
  });
}
