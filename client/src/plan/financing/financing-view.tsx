import { t } from "../../i18n/text.ts";
import { euros } from "../euros.ts";
import { BarChart } from "../evaluation/bar-chart.tsx";
import { usePlan } from "../plan-context.ts";
import { VIEW_TITLE_ID } from "../plan-paths.ts";
import { AnnexLines } from "./annex-lines.tsx";
import { BaselineSection } from "./baseline-section.tsx";
import { byAxisAndYear, byFinancerAndYear, byYearAndNature, cafAgainstBaseline } from "./financing-data.ts";
import "../evaluation/charts.css";
import "../evaluation/evaluation.css";
import "./financing.css";

/**
 * The convention financière on screen: the plan's money per year, financer, nature and axis, the Caf's part against
 * what it already pays, every line by fiche, and the existing financing that facilitators keep up to date.
 */
export function FinancingView() {
  const { snapshot } = usePlan();
  const { report } = snapshot;
  const { budget, baseline } = report;
  const words = t.plan.financing;
  const caf = budget.byFinancer.find((row) => row.financer.kind === "caf")?.total ?? 0;
  const charts = [
    { title: words.byYearTitle, rowHeader: t.plan.budget.year, data: byYearAndNature(report) },
    { title: words.byFinancerTitle, rowHeader: t.plan.budget.financer, data: byFinancerAndYear(report) },
    { title: words.byAxisTitle, rowHeader: words.axis, data: byAxisAndYear(report) },
  ];
  const cafChart = cafAgainstBaseline(report);

  return (
    <section className="plan-view" aria-labelledby={VIEW_TITLE_ID}>
      <div className="plan-view__head">
        <h2 id={VIEW_TITLE_ID} tabIndex={-1}>
          {words.title}
        </h2>
        <p className="muted">{words.intro}</p>
      </div>

      <dl className="plan-kpis financing-kpis">
        <div>
          <dt>{words.planTotal}</dt>
          <dd data-testid="financing-total">{euros(budget.total)}</dd>
        </div>
        <div>
          <dt>{words.cafTotal}</dt>
          <dd data-testid="financing-caf">{euros(caf)}</dd>
        </div>
        <div>
          <dt>{words.baselineTotal(baseline.year)}</dt>
          <dd data-testid="financing-baseline">
            {baseline.lines.length > 0 ? euros(baseline.total) : words.noBaseline}
          </dd>
        </div>
      </dl>

      <div className="plan-charts">
        {charts.map(({ title, rowHeader, data }) => (
          <BarChart
            key={title}
            title={title}
            rowHeader={rowHeader}
            series={data.series}
            rows={data.rows}
            format={euros}
            empty={words.noBudget}
          />
        ))}
        <BarChart
          title={words.cafTitle}
          summary={words.cafSummary}
          rowHeader={words.row}
          series={cafChart.series}
          rows={cafChart.rows}
          format={euros}
          empty={words.noBudget}
        />
      </div>

      <AnnexLines />
      <BaselineSection />
    </section>
  );
}
