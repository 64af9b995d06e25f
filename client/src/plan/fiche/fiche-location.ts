import type { Fiche } from "@atelier/shared";
import { t } from "../../i18n/text.ts";
import type { PlanSnapshot } from "../use-plan-snapshot.ts";

/** Where a fiche stands in the plan, in words: "Axe 2 · Accès aux droits", and its objective if any. */
export function ficheLocation(fiche: Fiche, snapshot: PlanSnapshot): { axis: string; objective: string | null } {
  const index = snapshot.axes.findIndex((axis) => axis.id === fiche.axisId);
  const axis = snapshot.axes[index];
  const objective = snapshot.objectives.find((candidate) => candidate.id === fiche.objectiveId);
  return {
    axis: axis ? t.plan.axisOption(index + 1, axis.title) : t.plan.fiche.noAxis,
    objective: objective?.title ?? null,
  };
}
