import { Link } from "wouter";
import { t } from "../i18n/text.ts";
import { spacePath } from "../routes.ts";
import { ConnectionStatus } from "../sync/connection-status.tsx";
import type { ConnectionStatus as Status } from "../sync/use-document-connection.ts";
import { ExportButtons } from "./export-buttons.tsx";
import { usePlan } from "./plan-context.ts";

export function PlanHeader({ status }: { status: Status }) {
  const { space, canEdit } = usePlan();
  return (
    <header className="plan-header">
      <div className="plan-header__titles">
        <nav aria-label={t.plan.breadcrumb} className="plan-screen-only">
          <Link className="plan-header__space" href={spacePath(space.id)}>
            <span aria-hidden="true">← </span>
            <span className="visually-hidden">{t.plan.backToSpace} </span>
            {space.name}
          </Link>
        </nav>
        <p className="eyebrow">{t.space.period(space.period.start, space.period.end)}</p>
        <h1>{t.plan.title}</h1>
        {!canEdit && <p className="muted">{t.plan.readOnly}</p>}
      </div>
      <div className="plan-header__tools plan-screen-only">
        <ConnectionStatus status={status} />
        <ExportButtons />
      </div>
    </header>
  );
}
