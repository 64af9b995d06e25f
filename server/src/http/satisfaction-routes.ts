import { PLAN_READER_ROLES, SatisfactionAnswerSchema } from "@atelier/shared";
import { Hono } from "hono";
import type { SatisfactionService } from "../bilan/satisfaction-service.ts";
import type { AccessService } from "../spaces/access-service.ts";
import type { SpaceService } from "../spaces/space-service.ts";
import type { AccessThrottles } from "./access-throttles.ts";
import { reply } from "./outcome-reply.ts";
import { type AccessEnv, requireAccess } from "./require-access.ts";
import { jsonBody } from "./validate.ts";

/**
 * The year's satisfaction questionnaire of a space: the facilitator opens and closes it; partners and observers read
 * the results as they read the plan; habitants are not asked (the questionnaire is about the partnership).
 */
export function satisfactionRoutes(satisfaction: SatisfactionService, access: AccessService, spaces: SpaceService) {
  const facilitator = requireAccess(access, spaces, ["facilitator"]);
  const reader = requireAccess(access, spaces, PLAN_READER_ROLES);
  return new Hono<AccessEnv>()
    .get("/:spaceId/satisfaction", reader, async (c) =>
      c.json(await satisfaction.questionnaires(c.req.param("spaceId"))),
    )
    .post("/:spaceId/satisfaction/:year", facilitator, async (c) =>
      reply(c, await satisfaction.open(c.req.param("spaceId"), Number(c.req.param("year"))), 201),
    )
    .post("/:spaceId/satisfaction/:year/closing", facilitator, async (c) =>
      reply(c, await satisfaction.close(c.req.param("spaceId"), Number(c.req.param("year")))),
    )
    .get("/:spaceId/satisfaction/:year/results", reader, async (c) =>
      reply(c, await satisfaction.satisfactionResults(c.req.param("spaceId"), Number(c.req.param("year")))),
    );
}

/** `/api/satisfaction/:token`: the questionnaire's link, answered without an account, limited per address. */
export function satisfactionLinkRoutes(satisfaction: SatisfactionService, throttles: AccessThrottles) {
  return new Hono()
    .get("/:token", async (c) => reply(c, await satisfaction.form(c.req.param("token"))))
    .post("/:token/answers", throttles.satisfactionAnswerFromAddress, jsonBody(SatisfactionAnswerSchema), async (c) =>
      reply(c, await satisfaction.answer(c.req.param("token"), c.req.valid("json")), 201),
    );
}
