import type { Diagnostic } from "@atelier/shared";
import { downloaded, request, spaceEndpoint } from "./request.ts";

const diagnosticEndpoint = (spaceId: string) => `${spaceEndpoint(spaceId)}/diagnostic`;

/** The diagnostic partagé: facilitators, partners and observers read it, as they read the plan. */
export const diagnosticApi = {
  diagnostic: (spaceId: string, token: string) => request<Diagnostic>("GET", diagnosticEndpoint(spaceId), { token }),
  docx: (spaceId: string, token: string) =>
    downloaded(`${diagnosticEndpoint(spaceId)}.docx`, token, "diagnostic-partage-ctg.docx"),
};
