import type { ServiceInput, ServicePatch, TerritoryService } from "@atelier/shared";
import { request, spaceEndpoint } from "./request.ts";

const servicesEndpoint = (spaceId: string) => `${spaceEndpoint(spaceId)}/services`;
const serviceEndpoint = (spaceId: string, serviceId: string) =>
  `${servicesEndpoint(spaceId)}/${encodeURIComponent(serviceId)}`;

/** The services of the territory: partners and observers read them; facilitators record, edit and delete them. */
export const territoryServicesApi = {
  list: (spaceId: string, token: string) => request<TerritoryService[]>("GET", servicesEndpoint(spaceId), { token }),
  add: (spaceId: string, secret: string, service: ServiceInput) =>
    request<TerritoryService>("POST", servicesEndpoint(spaceId), { token: secret, body: service }),
  update: (spaceId: string, secret: string, serviceId: string, patch: ServicePatch) =>
    request<TerritoryService>("PATCH", serviceEndpoint(spaceId, serviceId), { token: secret, body: patch }),
  remove: (spaceId: string, secret: string, serviceId: string) =>
    request<void>("DELETE", serviceEndpoint(spaceId, serviceId), { token: secret }),
};
