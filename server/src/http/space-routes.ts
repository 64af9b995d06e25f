import {
  BoardPatchSchema,
  CreateSpaceSchema,
  NewBoardSchema,
  PLAN_READER_ROLES,
  RenewalSchema,
  SpacePatchSchema,
} from "@atelier/shared";
import { Hono } from "hono";
import type { AccessService } from "../spaces/access-service.ts";
import type { SpaceService } from "../spaces/space-service.ts";
import type { AccessThrottles } from "./access-throttles.ts";
import { refuse } from "./errors.ts";
import { reply } from "./outcome-reply.ts";
import { requireAccess } from "./require-access.ts";
import { jsonBody } from "./validate.ts";

export function spaceRoutes(spaces: SpaceService, access: AccessService, throttles: AccessThrottles) {
  const facilitator = requireAccess(access, spaces, ["facilitator"]);
  return new Hono()
    .post("/", throttles.spaceCreation, jsonBody(CreateSpaceSchema), async (c) =>
      c.json(await spaces.create(c.req.valid("json")), 201),
    )
    .get("/:spaceId", async (c) => {
      const spaceId = c.req.param("spaceId");
      const space = await spaces.find(spaceId);
      if (!space) return refuse(c, 404, "spaceNotFound");
      // Anyone with the space's id (a habitant's link holds it) sees its boards and territory; the signatories'
      // representatives and dates are governance records, for those who may read the plan, and so are the
      // conventions before and after this one (another space's id is not for a habitant's link to lead to).
      const token = /^Bearer (.+)$/.exec(c.req.header("Authorization") ?? "")?.[1];
      const granted = token ? await access.resolve(spaceId, token) : undefined;
      return c.json(
        granted && PLAN_READER_ROLES.includes(granted.role)
          ? await spaces.withLinks(space)
          : { ...space, parties: [], previous: null, next: null },
      );
    })
    .patch("/:spaceId", facilitator, jsonBody(SpacePatchSchema), async (c) =>
      reply(c, await spaces.update(c.req.param("spaceId"), c.req.valid("json"))),
    )
    .post("/:spaceId/renewal", facilitator, throttles.spaceCreation, jsonBody(RenewalSchema), async (c) =>
      reply(c, await spaces.renew(c.req.param("spaceId"), c.req.valid("json")), 201),
    )
    .post("/:spaceId/boards", facilitator, jsonBody(NewBoardSchema), async (c) =>
      c.json(await spaces.addBoard(c.req.param("spaceId"), c.req.valid("json")), 201),
    )
    .patch("/:spaceId/boards/:boardId", facilitator, jsonBody(BoardPatchSchema), async (c) => {
      const board = await spaces.updateBoard(c.req.param("spaceId"), c.req.param("boardId"), c.req.valid("json"));
      return board ? c.json(board) : refuse(c, 404, "boardNotFound");
    });
}
