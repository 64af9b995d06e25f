import {
  DOCX_TYPE,
  MeetingInputSchema,
  MeetingPatchSchema,
  PLAN_READER_ROLES,
  PlanningPatchSchema,
  ReopeningInputSchema,
} from "@atelier/shared";
import { Hono } from "hono";
import type { GovernanceService } from "../governance/governance-service.ts";
import type { AccessService } from "../spaces/access-service.ts";
import type { SpaceService } from "../spaces/space-service.ts";
import { download } from "./download.ts";
import { reply } from "./outcome-reply.ts";
import { type AccessEnv, requireAccess } from "./require-access.ts";
import { jsonBody } from "./validate.ts";

/**
 * The démarche and its comités: facilitators record and edit; partners and observers read, as they read the plan;
 * habitants see none of it.
 */
export function governanceRoutes(governance: GovernanceService, access: AccessService, spaces: SpaceService) {
  const facilitator = requireAccess(access, spaces, ["facilitator"]);
  const reader = requireAccess(access, spaces, PLAN_READER_ROLES);
  return new Hono<AccessEnv>()
    .get("/:spaceId/meetings", reader, async (c) => c.json(await governance.meetings(c.req.param("spaceId"))))
    .post("/:spaceId/meetings", facilitator, jsonBody(MeetingInputSchema), async (c) =>
      reply(c, await governance.addMeeting(c.req.param("spaceId"), c.req.valid("json")), 201),
    )
    .get("/:spaceId/meetings/:meetingId", reader, async (c) =>
      reply(c, await governance.meeting(c.req.param("spaceId"), c.req.param("meetingId"))),
    )
    .patch("/:spaceId/meetings/:meetingId", facilitator, jsonBody(MeetingPatchSchema), async (c) =>
      reply(c, await governance.updateMeeting(c.req.param("spaceId"), c.req.param("meetingId"), c.req.valid("json"))),
    )
    .delete("/:spaceId/meetings/:meetingId", facilitator, async (c) =>
      reply(c, await governance.deleteMeeting(c.req.param("spaceId"), c.req.param("meetingId"))),
    )
    .get("/:spaceId/meetings/:meetingId/releve.docx", reader, async (c) => {
      const found = await governance.releve(c.req.param("spaceId"), c.req.param("meetingId"));
      if (!found.ok) return reply(c, found);
      const { meeting, header } = found.value;
      // Loaded at the first relevé, as the plan's exporters are: most of a workshop never writes one.
      const { decisionsDocx } = await import("../governance/decisions-docx.ts");
      return download(c, await decisionsDocx(meeting, header), DOCX_TYPE, `releve-decisions-${meeting.date}.docx`);
    })
    .get("/:spaceId/demarche", reader, async (c) => c.json(await governance.demarche(c.req.param("spaceId"))))
    .patch("/:spaceId/demarche", facilitator, jsonBody(PlanningPatchSchema), async (c) =>
      c.json(await governance.updatePlanning(c.req.param("spaceId"), c.req.valid("json"))),
    )
    .post("/:spaceId/demarche/reopenings", facilitator, jsonBody(ReopeningInputSchema), async (c) =>
      reply(c, await governance.reopen(c.req.param("spaceId"), c.req.valid("json")), 201),
    );
}
