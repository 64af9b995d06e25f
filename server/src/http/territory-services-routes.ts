import { PLAN_READER_ROLES, ServiceInputSchema, ServicePatchSchema } from "@atelier/shared";
import { Hono } from "hono";
import type { AccessService } from "../spaces/access-service.ts";
import type { SpaceService } from "../spaces/space-service.ts";
import type { TerritoryServicesService } from "../territory/territory-services-service.ts";
import { reply } from "./outcome-reply.ts";
import { type AccessEnv, requireAccess } from "./require-access.ts";
import { jsonBody } from "./validate.ts";

/**
 * The services of the territory: facilitators record them; partners and observers read them, as they read the
 * démarche; habitants, who see only what the space publishes for them, do not.
 */
export function territoryServicesRoutes(
  services: TerritoryServicesService,
  access: AccessService,
  spaces: SpaceService,
) {
  const facilitator = requireAccess(access, spaces, ["facilitator"]);
  const reader = requireAccess(access, spaces, PLAN_READER_ROLES);
  return new Hono<AccessEnv>()
    .get("/:spaceId/services", reader, async (c) => c.json(await services.listServices(c.req.param("spaceId"))))
    .post("/:spaceId/services", facilitator, jsonBody(ServiceInputSchema), async (c) =>
      reply(c, await services.add(c.req.param("spaceId"), c.req.valid("json")), 201),
    )
    .patch("/:spaceId/services/:serviceId", facilitator, jsonBody(ServicePatchSchema), async (c) =>
      reply(c, await services.update(c.req.param("spaceId"), c.req.param("serviceId"), c.req.valid("json"))),
    )
    .delete("/:spaceId/services/:serviceId", facilitator, async (c) =>
      reply(c, await services.remove(c.req.param("spaceId"), c.req.param("serviceId"))),
    );
}
