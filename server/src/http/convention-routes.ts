import { DOCX_TYPE, PLAN_READER_ROLES, SignatureInputSchema, SignatureWithdrawalSchema } from "@atelier/shared";
import { Hono } from "hono";
import type { ConventionService } from "../plan/convention-service.ts";
import type { AccessService } from "../spaces/access-service.ts";
import type { SpaceService } from "../spaces/space-service.ts";
import { download } from "./download.ts";
import { refuse } from "./errors.ts";
import { reply } from "./outcome-reply.ts";
import { type AccessEnv, requireAccess } from "./require-access.ts";
import { jsonBody } from "./validate.ts";

/** The signed convention: facilitators sign a version or withdraw its signature; whoever reads the plan reads it. */
export function conventionRoutes(convention: ConventionService, access: AccessService, spaces: SpaceService) {
  const facilitator = requireAccess(access, spaces, ["facilitator"]);
  const reader = requireAccess(access, spaces, PLAN_READER_ROLES);
  return new Hono<AccessEnv>()
    .get("/:spaceId/plan/signature", reader, async (c) => c.json(await convention.status(c.req.param("spaceId"))))
    .post("/:spaceId/plan/versions/:versionId/signature", facilitator, jsonBody(SignatureInputSchema), async (c) =>
      reply(c, await convention.sign(c.req.param("spaceId"), c.req.param("versionId"), c.req.valid("json")), 201),
    )
    .post("/:spaceId/plan/signature/withdrawal", facilitator, jsonBody(SignatureWithdrawalSchema), async (c) =>
      reply(c, await convention.withdraw(c.req.param("spaceId"), c.req.valid("json"))),
    )
    .get("/:spaceId/plan/convention.docx", reader, async (c) => {
      const content = await convention.content(c.req.param("spaceId"));
      if (!content) return refuse(c, 404, "spaceNotFound");
      // Loaded at the first download, as the plan's exporters are.
      const { conventionDocx } = await import("../plan/convention-docx.ts");
      const { start, end } = content.space.period;
      return download(c, await conventionDocx(content), DOCX_TYPE, `convention-ctg-${start}-${end}.docx`);
    });
}
