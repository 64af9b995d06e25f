import { IndicatorCorrectionSchema, ROLES } from "@atelier/shared";
import { Hono } from "hono";
import { readIndicatorFile } from "../indicators/indicator-file.ts";
import type { IndicatorService } from "../indicators/indicator-service.ts";
import type { AccessService } from "../spaces/access-service.ts";
import type { SpaceService } from "../spaces/space-service.ts";
import { limitBody, MAX_IMPORT_BYTES } from "./body-limit.ts";
import { refusalReply, refuse } from "./errors.ts";
import { importPlace, readUpload } from "./import-upload.ts";
import { reply } from "./outcome-reply.ts";
import { type AccessEnv, requireAccess } from "./require-access.ts";
import { jsonBody } from "./validate.ts";

/** `POST …/indicators/import` with its own body limit (http-app.ts leaves it out of the general one). */
export const INDICATOR_IMPORT_PATH = /\/spaces\/[^/]+\/indicators\/import$/;

/** Territorial indicators: everyone in the space reads them; facilitators import and correct them. */
export function indicatorRoutes(indicators: IndicatorService, access: AccessService, spaces: SpaceService) {
  const facilitator = requireAccess(access, spaces, ["facilitator"]);
  return (
    new Hono<AccessEnv>()
      .get("/:spaceId/indicators", requireAccess(access, spaces, ROLES), async (c) =>
        c.json(await indicators.list(c.req.param("spaceId"))),
      )
      // The import's place is taken before anything reads its body (limitBody buffers one sent in chunks).
      .post("/:spaceId/indicators/import", facilitator, importPlace, limitBody(MAX_IMPORT_BYTES), async (c) => {
        const spaceId = c.req.param("spaceId");
        const space = await spaces.find(spaceId);
        if (!space) return refuse(c, 404, "spaceNotFound");
        const read = await readUpload(c);
        if (!read.ok) return refusalReply(c, read);
        // Only the file's figures come back from the worker: the rows of other territories stay there.
        const file = await readIndicatorFile({ ...read.upload, territory: space.territory });
        if (!file.ok) {
          const { ok: _, ...refusal } = file;
          return c.json(refusal, 400);
        }
        const preview = ["1", "true"].includes(c.req.query("preview") ?? "");
        const outcome = await indicators.importFile(spaceId, file, preview);
        if (!outcome.ok) return refusalReply(c, outcome);
        return c.json(outcome.value, preview ? 200 : 201);
      })
      .patch("/:spaceId/indicators/:indicatorId", facilitator, jsonBody(IndicatorCorrectionSchema), async (c) =>
        reply(c, await indicators.correct(c.req.param("spaceId"), c.req.param("indicatorId"), c.req.valid("json"))),
      )
  );
}
