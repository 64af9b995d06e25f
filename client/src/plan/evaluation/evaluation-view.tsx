import { FICHE_STATUSES } from "@atelier/shared";
import { t } from "../../i18n/text.ts";
import { euros } from "../euros.ts";
import { IndicatorValuesTable } from "../fiche/indicator-values-table.tsx";
import { financerLabel } from "../financing/financer-words.ts";
import { usePlan } from "../plan-context.ts";
import { VIEW_TITLE_ID } from "../plan-paths.ts";
import { BarChart } from "./bar-chart.tsx";
import { indicatorProgress, statusesByAxis, statusesByTheme } from "./dashboard-data.ts";
import { TargetChart } from "./target-chart.tsx";
import "./charts.css";
import "./evaluation.css";

const STATUS_SERIES = FICHE_STATUSES.map((status) => ({ label: t.ficheFields.options.status[status], tone: status }));
const count = (value: number) => String(value);

/** The yearly evaluation: where the fiches stand, what is budgeted, how the indicators compare with their targets. */
export function EvaluationView() {
  const { snapshot, canEdit } = usePlan();
  const { fiches, report } = snapshot;
  const indicators = fiches.flatMap((fiche) => fiche.indicators);
  const measured = indicators.filter((indicator) => Object.keys(indicator.values).length > 0).length;
  const progress = indicatorProgress(fiches);

  return (
    <section className="plan-view" aria-labelledby={VIEW_TITLE_ID}>
      <div className="plan-view__head">
        <h2 id={VIEW_TITLE_ID} tabIndex={-1}>
          {t.plan.dashboard.title}
        </h2>
        <p className="muted">{t.plan.dashboard.intro}</p>
      </div>

      <dl className="plan-kpis">
        <div>
          <dt>{t.plan.dashboard.fiches}</dt>
          <dd>{fiches.length}</dd>
        </div>
        <div>
          <dt>{t.plan.dashboard.budgetTotal}</dt>
          <dd data-testid="plan-budget-total">{euros(report.budget.total)}</dd>
        </div>
        <div>
          <dt>{t.plan.dashboard.measured}</dt>
          <dd>{t.plan.dashboard.measuredCount(measured, indicators.length)}</dd>
        </div>
      </dl>

      <div className="plan-charts">
        <BarChart
          title={t.plan.dashboard.byAxisTitle}
          rowHeader={t.plan.dashboard.axis}
          series={STATUS_SERIES}
          rows={statusesByAxis(snapshot)}
          format={count}
          empty={t.plan.dashboard.noFiches}
        />
        <BarChart
          title={t.plan.dashboard.byThemeTitle}
          rowHeader={t.plan.dashboard.theme}
          series={STATUS_SERIES}
          rows={statusesByTheme(fiches)}
          format={count}
          empty={t.plan.dashboard.noFiches}
        />
        <BarChart
          title={t.plan.dashboard.byYearTitle}
          rowHeader={t.plan.dashboard.year}
          series={[{ label: t.plan.dashboard.planned, tone: "budget" }]}
          rows={report.years.map((year) => ({
            label: String(year),
            values: [report.budget.byYear[String(year)] ?? 0],
          }))}
          format={euros}
          empty={t.plan.dashboard.noBudget}
        />
        <BarChart
          title={t.plan.dashboard.byFinancerTitle}
          rowHeader={t.plan.dashboard.financer}
          series={report.years.map((year, index) => ({ label: String(year), tone: `year-${index}` }))}
          rows={report.budget.byFinancer.map((row) => ({
            label: financerLabel(row.financer),
            values: report.years.map((year) => row.byYear[String(year)] ?? 0),
          }))}
          format={euros}
          empty={t.plan.dashboard.noBudget}
        />
        <TargetChart progress={progress} unmeasured={indicators.length - progress.length} />
      </div>

      <section className="plan-values" aria-labelledby="values-title">
        <h3 id="values-title">{t.plan.values.title}</h3>
        <p className="muted">{canEdit ? t.plan.values.introEditor : t.plan.values.intro}</p>
        {indicators.length === 0 ? (
          <p className="plan-empty">{t.plan.values.none}</p>
        ) : (
          <IndicatorValuesTable fiches={fiches} editable={canEdit} showFiche caption={t.plan.values.caption} />
        )}
      </section>
    </section>
  );
}
