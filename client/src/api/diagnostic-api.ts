import { pathOf } from "@atelier/shared";
import { downloaded, request } from "./request.ts";

/** The diagnostic partagé: facilitators, partners and observers read it, as they read the plan. */
export const diagnosticApi = {
  diagnostic: (spaceId: string, token: string) => request("GET /spaces/:spaceId/diagnostic", { spaceId }, { token }),
  docx: (spaceId: string, token: string) =>
    downloaded(pathOf("/spaces/:spaceId/diagnostic.docx", { spaceId }), token, "diagnostic-partage-ctg.docx"),
};
