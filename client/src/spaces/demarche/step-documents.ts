import type { DemarcheStep } from "@atelier/shared";
import { planViewPath } from "../../plan/plan-paths.ts";
import { diagnosticPath, indicatorsPath } from "../../routes.ts";

export type StepDocument = "indicators" | "diagnostic" | "plan" | "financing" | "versions" | "convention" | "bilan";

/** Where each step's work is read: the documents a comité has in hand when it decides the step. */
export const STEP_DOCUMENTS: Record<DemarcheStep, readonly StepDocument[]> = {
  preparation: ["indicators"],
  diagnostic: ["diagnostic"],
  priorites: ["diagnostic", "plan"],
  "plan-actions": ["plan"],
  chiffrage: ["financing"],
  "plan-definitif": ["versions"],
  signature: ["convention"],
  evaluation: ["bilan"],
};

export function stepDocumentPath(spaceId: string, document: StepDocument): string {
  switch (document) {
    case "indicators":
      return indicatorsPath(spaceId);
    case "diagnostic":
      return diagnosticPath(spaceId);
    case "plan":
      return planViewPath(spaceId, "plan");
    case "financing":
      return planViewPath(spaceId, "financement");
    case "bilan":
      return planViewPath(spaceId, "bilan");
    case "versions":
    case "convention":
      return planViewPath(spaceId, "gouvernance");
  }
}
