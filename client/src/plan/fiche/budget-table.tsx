import {
  type BudgetLine,
  BudgetLineSchema,
  type Fiche,
  formatEuros,
  periodYears,
  removeBudgetLine,
  setBudgetLine,
} from "@atelier/shared";
import { useId } from "react";
import { newId } from "../../board/new-id.ts";
import { t } from "../../i18n/text.ts";
import { TextField } from "../../ui/text-field.tsx";
import { usePlan } from "../plan-context.ts";
import { TableScroll } from "../table-scroll.tsx";
import { useAddForm } from "../use-add-form.ts";
import { formatNumber, parseFrenchNumber, refusal } from "../validation.ts";
import { LiveText, SelectField } from "./live-field.tsx";
import { YearOptions } from "./year-options.tsx";

/** Financers a CTG usually counts on, offered as suggestions: any other can be typed. */
const USUAL_FINANCERS = ["Caf", "Commune", "EPCI", "Département", "État", "Région", "MSA", "CPAM"];

/** The fiche's budget lines (financer, year, amount), their total and the total per year. */
export function BudgetTable({ fiche, editable }: { fiche: Fiche; editable: boolean }) {
  const { doc } = usePlan();
  const total = fiche.budget.reduce((sum, line) => sum + line.amount, 0);
  const byYear = new Map<number, number>();
  for (const line of fiche.budget) byYear.set(line.year, (byYear.get(line.year) ?? 0) + line.amount);

  /** A cell's change, judged as the whole line it belongs to. */
  const commitLine = (line: BudgetLine & { id: string }, change: Partial<BudgetLine>) => {
    const parsed = BudgetLineSchema.safeParse({
      financer: line.financer,
      amount: line.amount,
      year: line.year,
      ...change,
    });
    if (parsed.success) setBudgetLine(doc, fiche.id, line.id, parsed.data);
    return refusal(parsed);
  };

  return (
    <div className="plan-table-block">
      {fiche.budget.length === 0 ? (
        <p className="muted">{t.plan.budget.empty}</p>
      ) : (
        <TableScroll label={t.plan.budget.caption(fiche.title)}>
          <table className="plan-table">
            <caption className="visually-hidden">{t.plan.budget.caption(fiche.title)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.plan.budget.financer}</th>
                <th scope="col" className="plan-col--year">
                  {t.plan.budget.year}
                </th>
                <th scope="col" className="plan-table__number plan-col--amount">
                  {t.plan.budget.amount}
                </th>
                {editable && (
                  <th scope="col" className="plan-col--actions">
                    <span className="visually-hidden">{t.plan.actions}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {fiche.budget.map((line) =>
                editable ? (
                  <tr key={line.id}>
                    <td>
                      <LiveText
                        compact
                        label={t.plan.budget.financerOf(line.financer)}
                        value={line.financer}
                        list="plan-financers"
                        commit={(financer) => commitLine(line, { financer })}
                      />
                    </td>
                    <td>
                      <SelectField
                        compact
                        label={t.plan.budget.yearOf(line.financer)}
                        value={String(line.year)}
                        onChange={(year) => commitLine(line, { year: Number(year) })}
                      >
                        <YearOptions also={[line.year]} />
                      </SelectField>
                    </td>
                    <td>
                      <LiveText
                        compact
                        label={t.plan.budget.amountOf(line.financer, line.year)}
                        value={formatNumber(line.amount)}
                        inputMode="decimal"
                        commit={(amount) => commitLine(line, { amount: parseFrenchNumber(amount) ?? Number.NaN })}
                      />
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button--small button--danger"
                        aria-label={t.plan.budget.removeLabel(line.financer, line.year)}
                        onClick={() => removeBudgetLine(doc, fiche.id, line.id)}
                      >
                        {t.plan.remove}
                      </button>
                    </td>
                  </tr>
                ) : (
                  <tr key={line.id}>
                    <td>{line.financer}</td>
                    <td>{line.year}</td>
                    <td className="plan-table__number">{formatEuros(line.amount)}</td>
                  </tr>
                ),
              )}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t.plan.budget.total}
                </th>
                <td className="plan-table__number" data-testid="fiche-budget-total">
                  {formatEuros(total)}
                </td>
                {editable && <td />}
              </tr>
            </tfoot>
          </table>
        </TableScroll>
      )}
      {byYear.size > 0 && (
        <p className="plan-by-year">
          <span className="plan-by-year__label">{t.plan.budget.byYear}</span>{" "}
          {[...byYear.entries()]
            .sort(([a], [b]) => a - b)
            .map(([year, amount]) => t.plan.budget.yearAmount(year, formatEuros(amount)))
            .join(" · ")}
        </p>
      )}
      {editable && <AddBudgetLine fiche={fiche} />}
    </div>
  );
}

function AddBudgetLine({ fiche }: { fiche: Fiche }) {
  const { doc, space } = usePlan();
  const [firstYear] = fiche.years.length > 0 ? fiche.years : periodYears(space.period);
  const titleId = useId();
  const { form, fields, set, errors, submit } = useAddForm(
    { financer: "", amount: "", year: String(firstYear ?? space.period.start) },
    ({ financer, amount, year }) =>
      BudgetLineSchema.safeParse({ financer, amount: parseFrenchNumber(amount) ?? Number.NaN, year: Number(year) }),
    (line) => setBudgetLine(doc, fiche.id, newId(), line),
  );

  return (
    <form ref={form} className="plan-add-row plan-fields-row" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h4 id={titleId} className="plan-add-row__title">
        {t.plan.budget.addTitle}
      </h4>
      <TextField
        label={t.plan.budget.financer}
        value={fields.financer}
        error={errors.financer}
        list="plan-financers"
        onChange={(event) => set("financer", event.target.value)}
      />
      <TextField
        label={t.plan.budget.amountEuros}
        value={fields.amount}
        error={errors.amount}
        inputMode="decimal"
        onChange={(event) => set("amount", event.target.value)}
      />
      <SelectField label={t.plan.budget.year} value={fields.year} onChange={(year) => set("year", year)}>
        <YearOptions also={[]} />
      </SelectField>
      <button type="submit" className="button button--primary">
        {t.plan.budget.add}
      </button>
      <datalist id="plan-financers">
        {USUAL_FINANCERS.map((financer) => (
          <option key={financer} value={financer} />
        ))}
      </datalist>
    </form>
  );
}
