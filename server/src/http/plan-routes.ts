import {
  DOCX_TYPE,
  PLAN_EXPORT_FORMATS,
  PLAN_READER_ROLES,
  PlanVersionInputSchema,
  PromotionRequestSchema,
  XLSX_TYPE,
} from "@atelier/shared";
import { Hono } from "hono";
import type { BilanService } from "../bilan/bilan-service.ts";
import type { PlanService } from "../plan/plan-service.ts";
import type { PromotionService } from "../plan/promotion-service.ts";
import type { AccessService } from "../spaces/access-service.ts";
import type { SpaceService } from "../spaces/space-service.ts";
import { download } from "./download.ts";
import { refuse } from "./errors.ts";
import { reply } from "./outcome-reply.ts";
import { type AccessEnv, requireAccess } from "./require-access.ts";
import { jsonBody } from "./validate.ts";

/** The action plan over HTTP: promotion (facilitators), exports and versions (whoever may read the plan). */
export function planRoutes(
  plan: PlanService,
  promotion: PromotionService,
  access: AccessService,
  spaces: SpaceService,
  bilan: BilanService,
) {
  const facilitator = requireAccess(access, spaces, ["facilitator"]);
  const reader = requireAccess(access, spaces, PLAN_READER_ROLES);
  return new Hono<AccessEnv>()
    .post("/:spaceId/plan/promotions", facilitator, jsonBody(PromotionRequestSchema), async (c) =>
      reply(c, await promotion.promote(c.req.param("spaceId"), c.req.valid("json")), 201),
    )
    .get(`/:spaceId/plan/export/:format{(${PLAN_EXPORT_FORMATS.join("|")})}`, reader, async (c) => {
      const found = await plan.report(c.req.param("spaceId"));
      if (!found) return refuse(c, 404, "spaceNotFound");
      const name = `plan-actions-ctg-${found.header.period.start}-${found.header.period.end}`;
      const format = c.req.param("format");
      // The exporters and their libraries are loaded at the first export: a server that never exports (most of a
      // workshop) does not carry them in its heap, which every garbage collection walks.
      if (format === "docx") {
        const { planDocx } = await import("../plan/docx-export.ts");
        return download(c, await planDocx(found.report, found.header), DOCX_TYPE, `${name}.docx`);
      }
      const { planCsv, planXlsx } = await import("../plan/spreadsheet-export.ts");
      if (format === "xlsx") {
        const { addBilanSheet } = await import("../bilan/bilan-sheet.ts");
        const entries = await bilan.entries(c.req.param("spaceId"));
        const workbook = await planXlsx(found.report, (book) =>
          addBilanSheet(book, found.report, found.header.period, entries),
        );
        return download(c, workbook, XLSX_TYPE, `${name}.xlsx`);
      }
      return download(c, planCsv(found.report), "text/csv; charset=utf-8", `${name}.csv`);
    })
    .get("/:spaceId/plan/versions", reader, async (c) => c.json(await plan.versions(c.req.param("spaceId"))))
    .post("/:spaceId/plan/versions", facilitator, jsonBody(PlanVersionInputSchema), async (c) =>
      reply(c, await plan.addVersion(c.req.param("spaceId"), c.req.valid("json")), 201),
    )
    .get("/:spaceId/plan/versions/:from/compare/:to", reader, async (c) =>
      reply(c, await plan.compare(c.req.param("spaceId"), c.req.param("from"), c.req.param("to"))),
    );
}
