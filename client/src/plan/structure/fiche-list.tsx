import { budgetTotal, type Fiche, moveAmong, planFiches } from "@atelier/shared";
import type { ReactNode } from "react";
import { Link } from "wouter";
import { t } from "../../i18n/text.ts";
import { euros } from "../euros.ts";
import { usePlan } from "../plan-context.ts";
import { fichePath } from "../plan-paths.ts";
import { StatusBadge } from "../status-badge.tsx";
import { MoveButtons } from "./move-buttons.tsx";

interface FicheListProps {
  fiches: Fiche[];
  /** Extra controls for one fiche, after its move buttons (attaching an unplaced fiche to an axis). */
  tools?: (fiche: Fiche) => ReactNode;
}

/** The fiches of one objective (or one axis, or none), in their order, which facilitators change. */
export function FicheList({ fiches, tools }: FicheListProps) {
  const { space, doc, canEdit } = usePlan();
  return (
    <ul className="fiche-list">
      {fiches.map((fiche, index) => (
        <li key={fiche.id} className="fiche-summary">
          <div className="fiche-summary__main">
            <Link className="fiche-summary__title" href={fichePath(space.id, fiche.id)}>
              {fiche.title}
            </Link>
            <StatusBadge status={fiche.status} />
          </div>
          <p className="fiche-summary__facts">{ficheFacts(fiche).join(" · ")}</p>
          {canEdit && (
            <div className="fiche-summary__tools plan-edit-only">
              <MoveButtons
                title={fiche.title}
                index={index}
                count={fiches.length}
                onMove={(to) => moveAmong(planFiches(doc), fiches, fiche.id, to)}
              />
              {tools?.(fiche)}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

/** What a reader scanning the plan wants of a fiche without opening it. */
function ficheFacts(fiche: Fiche): string[] {
  const budget = budgetTotal(fiche.budget);
  return [
    fiche.pilot ? t.plan.summary.pilot(fiche.pilot) : t.plan.summary.noPilot,
    t.plan.summary.budget(euros(budget)),
    ...(fiche.years.length > 0 ? [t.plan.summary.years(fiche.years)] : []),
    ...(fiche.sources.length > 0 ? [t.plan.summary.sources(fiche.sources.length)] : []),
  ];
}
