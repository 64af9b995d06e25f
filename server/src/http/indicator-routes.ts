import { IndicatorCorrectionSchema, ROLES } from "@atelier/shared";
import { Hono } from "hono";
import { parseIndicatorCsv, parseIndicatorXlsx } from "../indicators/indicator-file.ts";
import type { IndicatorService } from "../indicators/indicator-service.ts";
import type { AccessService } from "../spaces/access-service.ts";
import type { SpaceService } from "../spaces/space-service.ts";
import { jsonError } from "./errors.ts";
import { reply } from "./outcome-reply.ts";
import { type AccessEnv, requireAccess } from "./require-access.ts";
import { jsonBody } from "./validate.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Territorial indicators: everyone in the space reads them; facilitators import and correct them. */
export function indicatorRoutes(indicators: IndicatorService, access: AccessService, spaces: SpaceService) {
  const facilitator = requireAccess(access, spaces, ["facilitator"]);
  return new Hono<AccessEnv>()
    .get("/:spaceId/indicators", requireAccess(access, spaces, ROLES), async (c) =>
      c.json(await indicators.list(c.req.param("spaceId"))),
    )
    .post("/:spaceId/indicators/import", facilitator, async (c) => {
      const type = c.req.header("Content-Type") ?? "";
      const parsed = type.startsWith(XLSX)
        ? await parseIndicatorXlsx(new Uint8Array(await c.req.arrayBuffer()))
        : type.startsWith("text/csv")
          ? parseIndicatorCsv(await c.req.text())
          : { ok: false as const, error: `Envoyez un fichier CSV (text/csv) ou XLSX (${XLSX}).` };
      if (!parsed.ok) return jsonError(c, 400, parsed.error);
      return c.json(await indicators.import(c.req.param("spaceId"), parsed.rows), 201);
    })
    .patch("/:spaceId/indicators/:indicatorId", facilitator, jsonBody(IndicatorCorrectionSchema), async (c) =>
      reply(c, await indicators.correct(c.req.param("spaceId"), c.req.param("indicatorId"), c.req.valid("json"))),
    );
}
