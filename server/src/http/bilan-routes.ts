import {
  BilanEntryInputSchema,
  DOCX_TYPE,
  ImpactKeySchema,
  ImpactLinkSchema,
  PLAN_READER_ROLES,
} from "@atelier/shared";
import { Hono } from "hono";
import type { BilanService } from "../bilan/bilan-service.ts";
import type { SatisfactionService } from "../bilan/satisfaction-service.ts";
import type { AccessService } from "../spaces/access-service.ts";
import type { SpaceService } from "../spaces/space-service.ts";
import { download } from "./download.ts";
import { reply } from "./outcome-reply.ts";
import { type AccessEnv, requireAccess } from "./require-access.ts";
import { jsonBody } from "./validate.ts";

/**
 * The yearly bilan: facilitators write it; partners and observers read it, as they read the plan; habitants do not.
 * Its DOCX ends with the partners' satisfaction of that year, when a questionnaire was opened.
 */
export function bilanRoutes(
  bilan: BilanService,
  satisfaction: SatisfactionService,
  access: AccessService,
  spaces: SpaceService,
) {
  const facilitator = requireAccess(access, spaces, ["facilitator"]);
  const reader = requireAccess(access, spaces, PLAN_READER_ROLES);
  return new Hono<AccessEnv>()
    .put("/:spaceId/bilan/impacts", facilitator, jsonBody(ImpactLinkSchema), async (c) =>
      reply(c, await bilan.putImpact(c.req.param("spaceId"), c.req.valid("json"))),
    )
    .delete("/:spaceId/bilan/impacts", facilitator, jsonBody(ImpactKeySchema), async (c) =>
      reply(c, await bilan.deleteImpact(c.req.param("spaceId"), c.req.valid("json"))),
    )
    .get("/:spaceId/bilan/:year", reader, async (c) => {
      const found = await bilan.bilan(c.req.param("spaceId"), c.req.param("year"));
      return found.ok ? c.json(found.value.bilan) : reply(c, found);
    })
    .put("/:spaceId/bilan/:year/fiches/:ficheId", facilitator, jsonBody(BilanEntryInputSchema), async (c) =>
      reply(
        c,
        await bilan.putEntry(c.req.param("spaceId"), c.req.param("year"), c.req.param("ficheId"), c.req.valid("json")),
      ),
    )
    .get("/:spaceId/bilan/:year/bilan.docx", reader, async (c) => {
      const found = await bilan.bilan(c.req.param("spaceId"), c.req.param("year"));
      if (!found.ok) return reply(c, found);
      const { bilan: yearBilan, header } = found.value;
      // Loaded at the first bilan, as the plan's exporters are: most of a workshop never writes one.
      const { bilanDocx, bilanSections } = await import("../bilan/bilan-docx.ts");
      const { satisfactionSection } = await import("../bilan/satisfaction-docx.ts");
      const partners = await satisfaction.satisfactionResults(c.req.param("spaceId"), yearBilan.year);
      const sections = [...bilanSections(yearBilan), ...(partners.ok ? [satisfactionSection(partners.value)] : [])];
      const file = await bilanDocx(yearBilan.year, header, sections);
      return download(c, file, DOCX_TYPE, `bilan-annuel-ctg-${yearBilan.year}.docx`);
    });
}
