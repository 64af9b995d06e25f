import type {
  ConventionStatus,
  PlanComparison,
  PlanExportFormat,
  PlanSignature,
  PromotionRequest,
  SignatureInput,
} from "@atelier/shared";
import { downloaded, request, spaceEndpoint } from "./request.ts";

export { CURRENT_PLAN, SIGNED_PLAN } from "@atelier/shared";

export interface PlanVersionView {
  id: string;
  label: string;
  meetingId: string | null;
  createdAt: number;
}

const planEndpoint = (spaceId: string) => `${spaceEndpoint(spaceId)}/plan`;

/** Versions and exports: whoever reads the plan may list and compare; facilitators freeze versions. */
export const planApi = {
  versions: (spaceId: string, token: string) =>
    request<PlanVersionView[]>("GET", `${planEndpoint(spaceId)}/versions`, { token }),
  freeze: (spaceId: string, token: string, version: { label: string; meetingId: string | null }) =>
    request<PlanVersionView>("POST", `${planEndpoint(spaceId)}/versions`, { body: version, token }),
  /** Facilitators only: agreed cards (or a cluster's) become a fiche action, once however often it is asked. */
  promote: (spaceId: string, token: string, promotion: PromotionRequest) =>
    request<{ ficheId: string; created: boolean; cardIds: string[] }>("POST", `${planEndpoint(spaceId)}/promotions`, {
      body: promotion,
      token,
    }),
  compare: (spaceId: string, token: string, from: string, to: string) =>
    request<PlanComparison>(
      "GET",
      `${planEndpoint(spaceId)}/versions/${encodeURIComponent(from)}/compare/${encodeURIComponent(to)}`,
      { token },
    ),
  exportFile: (spaceId: string, token: string, format: PlanExportFormat) =>
    downloaded(`${planEndpoint(spaceId)}/export/${format}`, token, `plan-actions-ctg.${format}`),
  /** The accord-cadre with the plan and the convention financière as annexes, ready for signature. */
  conventionFile: (spaceId: string, token: string) =>
    downloaded(`${planEndpoint(spaceId)}/convention.docx`, token, "convention-ctg.docx"),
  convention: (spaceId: string, token: string) =>
    request<ConventionStatus>("GET", `${planEndpoint(spaceId)}/signature`, { token }),
  /** Facilitators only; `reason` is needed to replace a version already signed. */
  sign: (spaceId: string, token: string, versionId: string, signature: SignatureInput) =>
    request<PlanSignature>("POST", `${planEndpoint(spaceId)}/versions/${encodeURIComponent(versionId)}/signature`, {
      body: signature,
      token,
    }),
  withdrawSignature: (spaceId: string, token: string, reason: string) =>
    request<ConventionStatus>("POST", `${planEndpoint(spaceId)}/signature/withdrawal`, { body: { reason }, token }),
};
