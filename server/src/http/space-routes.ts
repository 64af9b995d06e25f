import { BoardPatchSchema, CreateSpaceSchema, NewBoardSchema, SpacePatchSchema } from "@atelier/shared";
import { Hono } from "hono";
import type { AccessService } from "../spaces/access-service.ts";
import type { SpaceService } from "../spaces/space-service.ts";
import type { AccessThrottles } from "./access-throttles.ts";
import { jsonError } from "./errors.ts";
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
      const space = await spaces.find(c.req.param("spaceId"));
      return space ? c.json(space) : jsonError(c, 404, "Espace CTG introuvable.");
    })
    .patch("/:spaceId", facilitator, jsonBody(SpacePatchSchema), async (c) =>
      reply(c, await spaces.update(c.req.param("spaceId"), c.req.valid("json"))),
    )
    .post("/:spaceId/boards", facilitator, jsonBody(NewBoardSchema), async (c) =>
      c.json(await spaces.addBoard(c.req.param("spaceId"), c.req.valid("json")), 201),
    )
    .patch("/:spaceId/boards/:boardId", facilitator, jsonBody(BoardPatchSchema), async (c) => {
      const board = await spaces.updateBoard(c.req.param("spaceId"), c.req.param("boardId"), c.req.valid("json"));
      return board ? c.json(board) : jsonError(c, 404, "Tableau introuvable dans cet espace.");
    });
}
