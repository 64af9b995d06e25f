import { t } from "../../i18n/text.ts";
import { formatDate } from "../dates.ts";
import { euros } from "../euros.ts";
import { FicheSheet } from "../fiche/fiche-sheet.tsx";
import { financerLabel } from "../financing/financer-words.ts";
import { usePlan } from "../plan-context.ts";
import { VIEW_TITLE_ID } from "../plan-paths.ts";
import { TableScroll } from "../table-scroll.tsx";
import "./print.css";

/** The whole plan as one document, for the COPIL's paper copy: every fiche in full, then the budget summary. */
export function PrintablePlan() {
  const { space, snapshot } = usePlan();
  const { report } = snapshot;

  return (
    <section className="plan-view plan-print" aria-labelledby={VIEW_TITLE_ID}>
      <div className="plan-view__head plan-print__head">
        <h2 id={VIEW_TITLE_ID} tabIndex={-1}>
          {t.plan.print.title(space.name, space.period.start, space.period.end)}
        </h2>
        <p className="muted plan-screen-only">{t.plan.print.intro}</p>
        <p className="plan-print__date">{t.plan.print.printedOn(formatDate(Date.now()))}</p>
        <div className="actions plan-screen-only">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            {t.plan.print.print}
          </button>
        </div>
      </div>

      {report.sections.length === 0 && <p className="plan-empty">{t.plan.noAxes}</p>}
      {report.sections.map((section, index) => (
        <section
          key={section.axis?.id ?? "unplaced"}
          className="plan-print__axis"
          aria-labelledby={`print-axis-${section.axis?.id ?? "unplaced"}`}
        >
          <h3 id={`print-axis-${section.axis?.id ?? "unplaced"}`}>
            {section.axis ? t.plan.axisOption(index + 1, section.axis.title) : t.plan.unplacedTitle}
          </h3>
          {section.objectives.length > 0 && (
            <>
              <p className="plan-print__label">{t.plan.print.objectives}</p>
              <ol className="plan-print__objectives">
                {section.objectives.map((objective) => (
                  <li key={objective.id}>{objective.title}</li>
                ))}
              </ol>
            </>
          )}
          {section.fiches.length === 0 && <p className="muted">{t.plan.emptyAxis}</p>}
          {section.fiches.map((fiche) => (
            <FicheSheet key={fiche.id} fiche={fiche} level={4} titleId={`print-fiche-${fiche.id}`} />
          ))}
        </section>
      ))}

      <section className="plan-print__budget" aria-labelledby="print-budget-title">
        <h3 id="print-budget-title">{t.plan.print.budgetTitle}</h3>
        {report.budget.byFinancer.length === 0 ? (
          <p className="muted">{t.plan.dashboard.noBudget}</p>
        ) : (
          <TableScroll label={t.plan.print.budgetTitle}>
            <table className="plan-table">
              <caption className="visually-hidden">{t.plan.print.budgetTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.plan.dashboard.financer}</th>
                  {report.years.map((year) => (
                    <th key={year} scope="col" className="plan-table__number">
                      {year}
                    </th>
                  ))}
                  <th scope="col" className="plan-table__number">
                    {t.plan.dashboard.total}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.budget.byFinancer.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{financerLabel(row.financer)}</th>
                    {report.years.map((year) => (
                      <td key={year} className="plan-table__number">
                        {euros(row.byYear[String(year)] ?? 0)}
                      </td>
                    ))}
                    <td className="plan-table__number">{euros(row.total)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t.plan.dashboard.total}</th>
                  {report.years.map((year) => (
                    <td key={year} className="plan-table__number">
                      {euros(report.budget.byYear[String(year)] ?? 0)}
                    </td>
                  ))}
                  <td className="plan-table__number">{euros(report.budget.total)}</td>
                </tr>
              </tfoot>
            </table>
          </TableScroll>
        )}
      </section>
    </section>
  );
}
