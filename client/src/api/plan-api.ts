import { type PlanExportFormat, type PromotionRequest, pathOf, type SignatureInput } from "@atelier/shared";
import { downloaded, request } from "./request.ts";

export { CURRENT_PLAN, type PlanVersionView, SIGNED_PLAN } from "@atelier/shared";

/** Versions and exports: whoever reads the plan may list and compare; facilitators freeze versions. */
export const planApi = {
  versions: (spaceId: string, token: string) => request("GET /spaces/:spaceId/plan/versions", { spaceId }, { token }),
  freeze: (spaceId: string, token: string, version: { label: string; meetingId: string | null }) =>
    request("POST /spaces/:spaceId/plan/versions", { spaceId }, { body: version, token }),
  /** Facilitators only: agreed cards (or a cluster's) become a fiche action, once however often it is asked. */
  promote: (spaceId: string, token: string, promotion: PromotionRequest) =>
    request("POST /spaces/:spaceId/plan/promotions", { spaceId }, { body: promotion, token }),
  compare: (spaceId: string, token: string, from: string, to: string) =>
    request("GET /spaces/:spaceId/plan/versions/:from/compare/:to", { spaceId, from, to }, { token }),
  exportFile: (spaceId: string, token: string, format: PlanExportFormat) =>
    downloaded(
      pathOf("/spaces/:spaceId/plan/export/:format", { spaceId, format }),
      token,
      `plan-actions-ctg.${format}`,
    ),
  /** The accord-cadre with the plan and the convention financière as annexes, ready for signature. */
  conventionFile: (spaceId: string, token: string) =>
    downloaded(pathOf("/spaces/:spaceId/plan/convention.docx", { spaceId }), token, "convention-ctg.docx"),
  convention: (spaceId: string, token: string) =>
    request("GET /spaces/:spaceId/plan/signature", { spaceId }, { token }),
  /** Facilitators only; `reason` is needed to replace a version already signed. */
  sign: (spaceId: string, token: string, versionId: string, signature: SignatureInput) =>
    request(
      "POST /spaces/:spaceId/plan/versions/:versionId/signature",
      { spaceId, versionId },
      { body: signature, token },
    ),
  withdrawSignature: (spaceId: string, token: string, reason: string) =>
    request("POST /spaces/:spaceId/plan/signature/withdrawal", { spaceId }, { body: { reason }, token }),
};
