import type { PlanComparison, PromotionRequest } from "@atelier/shared";
import { call, request, spaceEndpoint } from "../api/request.ts";

export type ExportFormat = "docx" | "xlsx" | "csv";

export interface PlanVersionView {
  id: string;
  label: string;
  meetingId: string | null;
  createdAt: number;
}

/** What `compare` compares a version with when it is not another version: the plan as it is now. */
export const CURRENT_PLAN = "current";

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
  /** A file rather than JSON: the body is read as a blob, named as the server names it. */
  async exportFile(spaceId: string, token: string, format: ExportFormat): Promise<{ blob: Blob; fileName: string }> {
    const response = await call("GET", `${planEndpoint(spaceId)}/export/${format}`, { token });
    const named = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "")?.[1];
    return { blob: await response.blob(), fileName: named ?? `plan-actions-ctg.${format}` };
  },
};
