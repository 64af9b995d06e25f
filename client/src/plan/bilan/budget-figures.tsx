import { type BudgetBilan, budgetExecution } from "@atelier/shared";
import { t } from "../../i18n/text.ts";
import { euros } from "../euros.ts";

interface BudgetFiguresProps {
  budget: BudgetBilan;
  /** The figures' heading: the year's, among the bilan's parts, or a fiche's, inside its card. */
  title: string;
  level: "h3" | "h5";
  /** Says how many fiches with money planned have not said what they spent (the year's figures). */
  withUnreported?: boolean;
}

/** A year's money: what the plan's budget lines planned, what was spent, and the share of the one in the other. */
export function BudgetFigures({ budget, title, level: Heading, withUnreported = false }: BudgetFiguresProps) {
  if (budget.planned === 0 && budget.spent === null) return null;
  const rate = budgetExecution(budget);
  return (
    <>
      <Heading>{title}</Heading>
      <dl className="plan-kpis bilan-budget">
        <div>
          <dt>{t.bilan.planned}</dt>
          <dd>{euros(budget.planned)}</dd>
        </div>
        <div>
          <dt>{t.bilan.spentTotal}</dt>
          <dd>{budget.spent === null ? t.bilan.spentUnsaid : euros(budget.spent)}</dd>
        </div>
        {rate !== null && (
          <div>
            <dt>{t.bilan.execution}</dt>
            <dd>{t.bilan.rate(rate)}</dd>
          </div>
        )}
      </dl>
      {withUnreported && budget.unreported > 0 && <p className="muted">{t.bilan.unreported(budget.unreported)}</p>}
    </>
  );
}
