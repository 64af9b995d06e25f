import { planPath } from "../routes.ts";

/** The plan's views; the one shown travels in the address so that it survives a reload and can be shared. */
export const PLAN_VIEWS = ["plan", "financement", "evaluation", "bilan", "gouvernance", "impression"] as const;
export type PlanView = (typeof PLAN_VIEWS)[number];

const VIEW_PARAM = "vue";
const FICHE_PARAM = "fiche";

export function planViewPath(spaceId: string, view: PlanView): string {
  return view === "plan" ? planPath(spaceId) : `${planPath(spaceId)}?${new URLSearchParams({ [VIEW_PARAM]: view })}`;
}

export function fichePath(spaceId: string, ficheId: string): string {
  return `${planPath(spaceId)}?${new URLSearchParams({ [FICHE_PARAM]: ficheId })}`;
}

/** Where the address points inside the plan: one fiche, or one of the views. */
export function planLocation(search: URLSearchParams): { view: PlanView; ficheId: string | null } {
  const view = PLAN_VIEWS.find((known) => known === search.get(VIEW_PARAM)) ?? "plan";
  return { view, ficheId: search.get(FICHE_PARAM) };
}

/** The id every view and fiche gives its title, where the focus lands after moving between them. */
export const VIEW_TITLE_ID = "plan-view-title";
