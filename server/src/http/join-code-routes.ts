import { NewJoinCodeSchema } from "@atelier/shared";
import { Hono } from "hono";
import type { AccessService } from "../spaces/access-service.ts";
import type { JoinCodeService } from "../spaces/join-code-service.ts";
import type { SpaceService } from "../spaces/space-service.ts";
import { reply } from "./outcome-reply.ts";
import { type AccessEnv, requireAccess } from "./require-access.ts";
import { jsonBody } from "./validate.ts";

/**
 * A space's short codes (facilitators only): the link's token travels in the body, kept out of the request log; the
 * live ones are listed without their characters, which are not kept.
 */
export function joinCodeRoutes(codes: JoinCodeService, access: AccessService, spaces: SpaceService) {
  const facilitator = requireAccess(access, spaces, ["facilitator"]);
  return new Hono<AccessEnv>()
    .get("/:spaceId/join-codes", facilitator, async (c) => c.json(await codes.live(c.req.param("spaceId"))))
    .post("/:spaceId/join-codes", facilitator, jsonBody(NewJoinCodeSchema), async (c) =>
      reply(c, await codes.create(c.req.param("spaceId"), c.req.valid("json")), 201),
    )
    .delete("/:spaceId/join-codes/:codeId", facilitator, async (c) =>
      reply(c, await codes.withdraw(c.req.param("spaceId"), c.req.param("codeId"))),
    );
}
