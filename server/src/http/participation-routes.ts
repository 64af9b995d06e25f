import { ContributionSchema, type ParticipationRefusal, VoteRequestSchema } from "@atelier/shared";
import { Hono } from "hono";
import type { ParticipationService } from "../participation/participation-service.ts";
import type { AccessService } from "../spaces/access-service.ts";
import type { SpaceService } from "../spaces/space-service.ts";
import { reply } from "./outcome-reply.ts";
import { type AccessEnv, requireAccess } from "./require-access.ts";
import { throttle } from "./throttle.ts";
import { jsonBody } from "./validate.ts";

export interface ParticipationLimits {
  /** Contributions and votes one participant may send per minute. */
  perParticipant: number;
  /** All participants of one invitation link together, per minute (a link shown on a projector is shared). */
  perLink: number;
}

const MINUTE = 60_000;

function limit(max: number, key: (access: AccessEnv["Variables"]["access"]) => string, code: ParticipationRefusal) {
  return throttle<AccessEnv>({
    windowMs: MINUTE,
    limit: max,
    key: (c) => key(c.var.access),
    code,
  });
}

/**
 * Habitants' writes (and anyone's, over HTTP), what of theirs still awaits moderation, and the facilitators'
 * moderation queue.
 */
export function participationRoutes(
  participation: ParticipationService,
  access: AccessService,
  spaces: SpaceService,
  limits: ParticipationLimits,
) {
  const contributor = requireAccess(access, spaces, ["facilitator", "partner", "habitant"]);
  const facilitator = requireAccess(access, spaces, ["facilitator"]);
  const throttled = [
    limit(
      limits.perParticipant,
      (granted) => `participant:${granted.spaceId}:${granted.participantId}`,
      "tooManyFromYou",
    ),
    limit(limits.perLink, (granted) => `link:${granted.invitationId ?? granted.spaceId}`, "tooManyFromLink"),
  ] as const;
  const board = "/:spaceId/boards/:boardId";
  return new Hono<AccessEnv>()
    .post(`${board}/contributions`, contributor, ...throttled, jsonBody(ContributionSchema), async (c) =>
      reply(c, await participation.contribute(c.var.access, c.req.param("boardId"), c.req.valid("json")), 201),
    )
    .get(`${board}/contributions/pending`, contributor, async (c) =>
      reply(c, await participation.ownPending(c.var.access, c.req.param("boardId"))),
    )
    .delete(`${board}/contributions/:cardId`, contributor, async (c) =>
      reply(c, await participation.withdraw(c.var.access, c.req.param("boardId"), c.req.param("cardId"))),
    )
    .post(`${board}/votes`, contributor, ...throttled, jsonBody(VoteRequestSchema), async (c) =>
      reply(c, await participation.vote(c.var.access, c.req.param("boardId"), c.req.valid("json").cardId), 201),
    )
    .delete(`${board}/votes/:cardId`, contributor, ...throttled, async (c) =>
      reply(c, await participation.unvote(c.var.access, c.req.param("boardId"), c.req.param("cardId"))),
    )
    .get(`${board}/pending`, facilitator, async (c) =>
      c.json(await participation.pending(c.req.param("spaceId"), c.req.param("boardId"))),
    )
    .post(`${board}/pending/:pendingId/accept`, facilitator, async (c) =>
      reply(
        c,
        await participation.accept(c.req.param("spaceId"), c.req.param("boardId"), c.req.param("pendingId")),
        201,
      ),
    )
    .get("/:spaceId/participants", facilitator, async (c) => c.json(await access.participants(c.req.param("spaceId"))))
    .delete("/:spaceId/participants/:participantId", facilitator, async (c) =>
      reply(c, await participation.erase(c.req.param("spaceId"), c.req.param("participantId"))),
    )
    .delete("/:spaceId/me", requireAccess(access, spaces, ["partner", "habitant", "observer"]), async (c) =>
      reply(c, await participation.erase(c.var.access.spaceId, c.var.access.participantId)),
    )
    .delete(`${board}/pending/:pendingId`, facilitator, async (c) =>
      reply(c, await participation.reject(c.req.param("spaceId"), c.req.param("boardId"), c.req.param("pendingId"))),
    );
}
