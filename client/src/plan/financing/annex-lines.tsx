import { Link } from "wouter";
import { t } from "../../i18n/text.ts";
import { euros } from "../euros.ts";
import { usePlan } from "../plan-context.ts";
import { fichePath } from "../plan-paths.ts";
import { PlanTable } from "../plan-table.tsx";
import { dispositifText, financerWithName, natureText } from "./financer-words.ts";

/** Every budget line of the plan under its fiche and axis: the convention financière's detail, read-only here. */
export function AnnexLines() {
  const { snapshot, space } = usePlan();
  const { report } = snapshot;
  const words = t.plan.financing;
  const fiches = report.sections.flatMap((section, index) =>
    section.fiches
      .filter((fiche) => fiche.budget.length > 0)
      .map((fiche) => ({
        axis: section.axis ? t.plan.axisOption(index + 1, section.axis.title) : words.noAxis,
        fiche,
      })),
  );
  return (
    <section className="plan-values" aria-labelledby="financing-lines-title">
      <h3 id="financing-lines-title">{words.linesTitle}</h3>
      {fiches.length === 0 ? (
        <p className="plan-empty">{words.noBudget}</p>
      ) : (
        <PlanTable
          caption={words.linesCaption}
          columns={[
            { label: t.plan.budget.financer },
            { label: t.plan.budget.nature, className: "plan-col--nature" },
            { label: t.plan.budget.dispositif, className: "plan-col--dispositif" },
            { label: t.plan.budget.year, className: "plan-col--year" },
            { label: t.plan.budget.amount, className: "plan-table__number plan-col--amount" },
          ]}
        >
          {fiches.map(({ axis, fiche }) => (
            <tbody key={fiche.id}>
              <tr className="financing-fiche-row">
                <th scope="colgroup" colSpan={5}>
                  {axis} — <Link href={fichePath(space.id, fiche.id)}>{fiche.title}</Link>
                </th>
              </tr>
              {fiche.budget.map((line) => (
                <tr key={line.id}>
                  <td>{financerWithName(line.financer)}</td>
                  <td>{natureText(line)}</td>
                  <td>{dispositifText(line)}</td>
                  <td>{line.year}</td>
                  <td className="plan-table__number">{euros(line.amount)}</td>
                </tr>
              ))}
            </tbody>
          ))}
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>
                {words.total}
              </th>
              <td className="plan-table__number">{euros(report.budget.total)}</td>
            </tr>
          </tfoot>
        </PlanTable>
      )}
    </section>
  );
}
