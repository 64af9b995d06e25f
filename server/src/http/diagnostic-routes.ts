import { DOCX_TYPE, PLAN_READER_ROLES } from "@atelier/shared";
import { Hono } from "hono";
import type { DiagnosticService } from "../diagnostic/diagnostic-service.ts";
import type { AccessService } from "../spaces/access-service.ts";
import type { SpaceService } from "../spaces/space-service.ts";
import { download } from "./download.ts";
import { reply } from "./outcome-reply.ts";
import { type AccessEnv, requireAccess } from "./require-access.ts";

/** The diagnostic partagé, for its print view and as a document: whoever reads the plan reads it. */
export function diagnosticRoutes(diagnostic: DiagnosticService, access: AccessService, spaces: SpaceService) {
  const reader = requireAccess(access, spaces, PLAN_READER_ROLES);
  return new Hono<AccessEnv>()
    .get("/:spaceId/diagnostic", reader, async (c) => reply(c, await diagnostic.diagnostic(c.req.param("spaceId"))))
    .get("/:spaceId/diagnostic.docx", reader, async (c) => {
      const found = await diagnostic.diagnostic(c.req.param("spaceId"));
      if (!found.ok) return reply(c, found);
      // Loaded at the first download, as the plan's exporters are.
      const { diagnosticDocx } = await import("../diagnostic/diagnostic-docx.ts");
      const { start, end } = found.value.space.period;
      return download(c, await diagnosticDocx(found.value), DOCX_TYPE, `diagnostic-partage-ctg-${start}-${end}.docx`);
    });
}
