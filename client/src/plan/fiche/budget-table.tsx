import {
  type BudgetLine,
  BudgetLineSchema,
  budgetTotal,
  CAF_DISPOSITIFS,
  FINANCER_KINDS,
  type Fiche,
  type Financer,
  NATURES,
  periodYears,
  removeBudgetLine,
  setBudgetLine,
  sumEuros,
} from "@atelier/shared";
import { useId } from "react";
import { newId } from "../../board/new-id.ts";
import { checked, withNumbers } from "../../forms/field-errors.ts";
import { readNumber, readValue } from "../../forms/number-text.ts";
import { t } from "../../i18n/text.ts";
import { TextField } from "../../ui/text-field.tsx";
import { euros } from "../euros.ts";
import { FinancerSelect } from "../financing/financer-select.tsx";
import { dispositifText, lineName, natureText } from "../financing/financer-words.ts";
import { DispositifSelect, NatureSelect } from "../financing/line-selects.tsx";
import { usePlan } from "../plan-context.ts";
import { PlanTable } from "../plan-table.tsx";
import { useAddForm } from "../use-add-form.ts";
import { refusal } from "../validation.ts";
import { LiveNumber, LiveText, SelectField } from "./live-field.tsx";
import { YearOptions } from "./year-options.tsx";
import "../financing/financing.css";

type Line = BudgetLine & { id: string };

/** A line whose financer is no longer the Caf has no dispositif of the Caf. */
function withFinancer(line: BudgetLine, financer: Financer): BudgetLine {
  return { ...line, financer, dispositif: financer.kind === "caf" ? line.dispositif : null };
}

/** The fiche's budget lines (financer, nature, Caf dispositif, year, amount), their total and the total per year. */
export function BudgetTable({ fiche, editable }: { fiche: Fiche; editable: boolean }) {
  const { doc } = usePlan();
  const total = budgetTotal(fiche.budget);
  const byYear = new Map<number, number>();
  for (const line of fiche.budget) byYear.set(line.year, sumEuros([byYear.get(line.year) ?? 0, line.amount]));

  /** A cell's change, judged as the whole line it belongs to. */
  const commitLine = (id: string, next: BudgetLine) => {
    const parsed = BudgetLineSchema.safeParse(next);
    if (parsed.success) setBudgetLine(doc, fiche.id, id, parsed.data);
    return refusal(parsed);
  };

  return (
    <div className="plan-table-block">
      {fiche.budget.length === 0 ? (
        <p className="muted">{t.plan.budget.empty}</p>
      ) : (
        <PlanTable
          caption={t.plan.budget.caption(fiche.title)}
          className="plan-table--budget"
          columns={[
            { label: t.plan.budget.financer },
            { label: t.plan.budget.name },
            { label: t.plan.budget.nature, className: "plan-col--nature" },
            { label: t.plan.budget.dispositif, className: "plan-col--dispositif" },
            { label: t.plan.budget.year, className: "plan-col--year" },
            { label: t.plan.budget.amount, className: "plan-table__number plan-col--amount" },
          ]}
          actions={editable}
        >
          <tbody>
            {fiche.budget.map((line) =>
              editable ? (
                <EditableLine key={line.id} ficheId={fiche.id} line={line} commit={commitLine} />
              ) : (
                <ReadLine key={line.id} line={line} />
              ),
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={5}>
                {t.plan.budget.total}
              </th>
              <td className="plan-table__number" data-testid="fiche-budget-total">
                {euros(total)}
              </td>
              {editable && <td />}
            </tr>
          </tfoot>
        </PlanTable>
      )}
      {byYear.size > 0 && (
        <p className="plan-by-year">
          <span className="plan-by-year__label">{t.plan.budget.byYear}</span>{" "}
          {[...byYear.entries()]
            .sort(([a], [b]) => a - b)
            .map(([year, amount]) => t.plan.budget.yearAmount(year, euros(amount)))
            .join(" · ")}
        </p>
      )}
      {editable && <AddBudgetLine fiche={fiche} />}
    </div>
  );
}

function ReadLine({ line }: { line: Line }) {
  return (
    <tr>
      <td>{t.partyKinds[line.financer.kind]}</td>
      <td>{line.financer.label}</td>
      <td>{natureText(line)}</td>
      <td>{dispositifText(line)}</td>
      <td>{line.year}</td>
      <td className="plan-table__number">{euros(line.amount)}</td>
    </tr>
  );
}

function EditableLine({
  ficheId,
  line,
  commit,
}: {
  ficheId: string;
  line: Line;
  commit: (id: string, next: BudgetLine) => string | null;
}) {
  const { doc } = usePlan();
  const { id, ...fields } = line;
  const name = lineName(line);
  const change = (next: Partial<BudgetLine>) => commit(id, { ...fields, ...next });
  return (
    <tr>
      <td>
        <FinancerSelect
          compact
          label={t.plan.budget.financerOf(name)}
          financer={line.financer}
          onChange={(financer) => commit(id, withFinancer(fields, financer))}
        />
      </td>
      <td>
        <LiveText
          compact
          label={t.plan.budget.nameOf(name)}
          value={line.financer.label}
          commit={(label) => change({ financer: { ...line.financer, label } })}
        />
      </td>
      <td>
        <NatureSelect
          compact
          label={t.plan.budget.natureOf(name)}
          value={line.nature}
          onChange={(nature) => change({ nature })}
        />
      </td>
      <td>
        <DispositifSelect
          compact
          label={t.plan.budget.dispositifOf(name)}
          value={line.dispositif}
          forCaf={line.financer.kind === "caf"}
          unsaid={t.plan.financing.unsaid}
          onChange={(dispositif) => change({ dispositif })}
        />
      </td>
      <td>
        <SelectField
          compact
          label={t.plan.budget.yearOf(name)}
          value={String(line.year)}
          onChange={(year) => change({ year: Number(year) })}
        >
          <YearOptions also={[line.year]} />
        </SelectField>
      </td>
      <td className="plan-table__number">
        <LiveNumber
          compact
          label={t.plan.budget.amountOf(name)}
          value={line.amount}
          style="euros"
          commit={(amount) => change({ amount: amount ?? Number.NaN })}
        />
      </td>
      <td>
        <button
          type="button"
          className="button button--small button--danger"
          aria-label={t.plan.budget.removeLabel(name)}
          onClick={() => removeBudgetLine(doc, ficheId, id)}
        >
          {t.plan.remove}
        </button>
      </td>
    </tr>
  );
}

function AddBudgetLine({ fiche }: { fiche: Fiche }) {
  const { doc, space } = usePlan();
  const [firstYear] = fiche.years.length > 0 ? fiche.years : periodYears(space.period);
  const titleId = useId();
  const { form, fields, set, errors, submit } = useAddForm(
    {
      kind: "caf",
      label: "",
      nature: "fonctionnement",
      dispositif: "",
      amount: "",
      year: String(firstYear ?? space.period.start),
    },
    ({ kind, label, nature, dispositif, amount, year }) => {
      const typed = readNumber(amount);
      const line = checked(BudgetLineSchema, {
        financer: { kind, label },
        nature: nature || null,
        dispositif: kind === "caf" ? dispositif || null : null,
        year: Number(year),
        amount: readValue(typed) ?? Number.NaN,
      });
      return withNumbers(line, { amount: typed });
    },
    (line) => setBudgetLine(doc, fiche.id, newId(), line),
  );
  const financer: Financer = {
    kind: FINANCER_KINDS.find((kind) => kind === fields.kind) ?? "autre",
    label: fields.label,
  };

  return (
    <form
      ref={form}
      className="plan-add-row plan-add-row--budget plan-fields-row"
      onSubmit={submit}
      noValidate
      aria-labelledby={titleId}
    >
      <h4 id={titleId} className="plan-add-row__title">
        {t.plan.budget.addTitle}
      </h4>
      <FinancerSelect
        label={t.plan.budget.financer}
        financer={financer}
        onChange={({ kind, label }) => {
          set("kind", kind);
          set("label", label);
        }}
      />
      <TextField
        label={t.plan.budget.name}
        hint={t.plan.budget.nameHint}
        value={fields.label}
        error={errors["financer.label"]}
        onChange={(event) => set("label", event.target.value)}
      />
      <NatureSelect
        label={t.plan.budget.nature}
        value={NATURES.find((nature) => nature === fields.nature) ?? null}
        onChange={(nature) => set("nature", nature ?? "")}
      />
      <DispositifSelect
        label={t.plan.budget.dispositif}
        value={CAF_DISPOSITIFS.find((dispositif) => dispositif === fields.dispositif) ?? null}
        forCaf={financer.kind === "caf"}
        unsaid={t.plan.financing.unsaid}
        onChange={(dispositif) => set("dispositif", dispositif ?? "")}
      />
      <SelectField label={t.plan.budget.year} value={fields.year} onChange={(year) => set("year", year)}>
        <YearOptions also={[]} />
      </SelectField>
      <TextField
        label={t.plan.budget.amountEuros}
        value={fields.amount}
        error={errors.amount}
        inputMode="decimal"
        onChange={(event) => set("amount", event.target.value)}
      />
      <button type="submit" className="button button--primary">
        {t.plan.budget.add}
      </button>
    </form>
  );
}
