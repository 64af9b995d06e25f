import { Link } from "wouter";
import { t } from "../i18n/text.ts";
import { usePlan } from "./plan-context.ts";
import { PLAN_VIEWS, type PlanView, planViewPath } from "./plan-paths.ts";

/** The plan's views as links: each has its address, and the current one says so to screen readers. */
export function PlanNav({ current }: { current: PlanView }) {
  const { space } = usePlan();
  return (
    <nav className="plan-nav plan-screen-only" aria-label={t.plan.navLabel}>
      <ul>
        {PLAN_VIEWS.map((view) => (
          <li key={view}>
            <Link
              className="plan-nav__link"
              href={planViewPath(space.id, view)}
              aria-current={view === current ? "page" : undefined}
            >
              {t.plan.views[view]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
