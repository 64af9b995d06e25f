import { JoinPreviewSchema, JoinSchema, joinKeyOf, NewInvitationSchema, ROLES } from "@atelier/shared";
import { type Context, Hono } from "hono";
import type { AccessService, ClosedLink } from "../spaces/access-service.ts";
import type { SpaceService } from "../spaces/space-service.ts";
import type { AccessThrottles } from "./access-throttles.ts";
import { refuse } from "./errors.ts";
import { type AccessEnv, requireAccess } from "./require-access.ts";
import { jsonBody } from "./validate.ts";

/** Invitation links of a space (facilitators only) and what a token grants (`/me`). */
export function spaceAccessRoutes(access: AccessService, spaces: SpaceService) {
  const facilitator = requireAccess(access, spaces, ["facilitator"]);
  return new Hono<AccessEnv>()
    .get("/:spaceId/me", requireAccess(access, spaces, ROLES), (c) => {
      const { invitationId: _, ...view } = c.var.access;
      return c.json(view);
    })
    .post("/:spaceId/facilitator-secret", facilitator, async (c) => {
      const facilitatorSecret = await access.rotateFacilitatorSecret(c.req.param("spaceId"));
      return facilitatorSecret ? c.json({ facilitatorSecret }, 201) : refuse(c, 404, "spaceNotFound");
    })
    .get("/:spaceId/invitations", facilitator, async (c) => c.json(await access.invitations(c.req.param("spaceId"))))
    .post("/:spaceId/invitations", facilitator, jsonBody(NewInvitationSchema), async (c) => {
      const spaceId = c.req.param("spaceId");
      const input = c.req.valid("json");
      const boards = (await spaces.find(spaceId))?.boards ?? [];
      const unknown = input.boardIds?.filter((id) => !boards.some((board) => board.id === id)) ?? [];
      if (unknown.length > 0) return refuse(c, 400, "invitationBoardsUnknown", { ids: unknown });
      return c.json(await access.invite(spaceId, input), 201);
    })
    .delete("/:spaceId/invitations/:invitationId", facilitator, async (c) => {
      const revoked = await access.revoke(c.req.param("spaceId"), c.req.param("invitationId"));
      return revoked ? c.json(revoked) : refuse(c, 404, "invitationNotFound");
    });
}

/**
 * `POST /api/join`: trade an invitation link, or the short code standing for it, for a personal token, under a
 * chosen name or pseudonym. `POST /api/join/preview`: where the link leads, asked first. The token or code travels
 * in the body, never in the path, which the request log writes.
 */
export function joinRoutes(access: AccessService, throttles: AccessThrottles) {
  const { joinFromAddress, joinThroughLink, joinPreviewFromAddress, joinPreviewThroughLink, codeFailuresFromAddress } =
    throttles;
  return new Hono()
    .post("/", joinFromAddress, jsonBody(JoinSchema), codeFailuresFromAddress, joinThroughLink, async (c) => {
      const result = await access.join(c.req.valid("json"));
      return result.ok ? c.json(result.joined, 201) : closedLinkReply(c, result);
    })
    .post(
      "/preview",
      joinPreviewFromAddress,
      jsonBody(JoinPreviewSchema),
      codeFailuresFromAddress,
      joinPreviewThroughLink,
      async (c) => {
        const result = await access.preview(joinKeyOf(c.req.valid("json")));
        return result.ok ? c.json(result.preview) : closedLinkReply(c, result);
      },
    );
}

/** A refusal as any other (errors.ts), with the link's reason for the join page to offer what to do next. */
const closedLinkReply = (c: Context, { status, error, code, reason }: ClosedLink) =>
  c.json({ error, code, reason }, status);
