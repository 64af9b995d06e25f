import type { ServiceInput, ServicePatch } from "@atelier/shared";
import { request } from "./request.ts";

/** The services of the territory: partners and observers read them; facilitators record, edit and delete them. */
export const territoryServicesApi = {
  list: (spaceId: string, token: string) => request("GET /spaces/:spaceId/services", { spaceId }, { token }),
  add: (spaceId: string, secret: string, service: ServiceInput) =>
    request("POST /spaces/:spaceId/services", { spaceId }, { token: secret, body: service }),
  update: (spaceId: string, secret: string, serviceId: string, patch: ServicePatch) =>
    request("PATCH /spaces/:spaceId/services/:serviceId", { spaceId, serviceId }, { token: secret, body: patch }),
  remove: (spaceId: string, secret: string, serviceId: string) =>
    request("DELETE /spaces/:spaceId/services/:serviceId", { spaceId, serviceId }, { token: secret }),
};
