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
/** Windows declares CSV files saved from Excel as application/vnd.ms-excel. */
const CSV_TYPES = ["text/csv", "application/vnd.ms-excel"];

/** UTF-8 when the bytes are; otherwise Windows-1252, as French Excel saves a CSV. */
function csvText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** Territorial indicators: everyone in the space reads them; facilitators import and correct them. */
export function indicatorRoutes(indicators: IndicatorService, access: AccessService, spaces: SpaceService) {
  const facilitator = requireAccess(access, spaces, ["facilitator"]);
  return new Hono<AccessEnv>()
    .get("/:spaceId/indicators", requireAccess(access, spaces, ROLES), async (c) =>
      c.json(await indicators.list(c.req.param("spaceId"))),
    )
    .post("/:spaceId/indicators/import", facilitator, async (c) => {
      const type = c.req.header("Content-Type") ?? "";
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const parsed = type.startsWith(XLSX)
        ? await parseIndicatorXlsx(bytes)
        : CSV_TYPES.some((csv) => type.startsWith(csv))
          ? parseIndicatorCsv(csvText(bytes))
          : { ok: false as const, error: `Envoyez un fichier CSV (text/csv) ou XLSX (${XLSX}).` };
      if (!parsed.ok) return jsonError(c, 400, parsed.error);
      return c.json(await indicators.import(c.req.param("spaceId"), parsed.rows), 201);
    })
    .patch("/:spaceId/indicators/:indicatorId", facilitator, jsonBody(IndicatorCorrectionSchema), async (c) =>
      reply(c, await indicators.correct(c.req.param("spaceId"), c.req.param("indicatorId"), c.req.valid("json"))),
    );
}
