import {
  CAF_DISPOSITIFS,
  CafBaselineHeadSchema,
  type CafBaselineLine,
  CafBaselineLineSchema,
  type CafDispositif,
  removeCafBaselineLine,
  setCafBaselineHead,
  setCafBaselineLine,
} from "@atelier/shared";
import { useId } from "react";
import { newId } from "../../board/new-id.ts";
import { checked, withNumbers } from "../../forms/field-errors.ts";
import { readNumber, readValue } from "../../forms/number-text.ts";
import { t } from "../../i18n/text.ts";
import { TextField } from "../../ui/text-field.tsx";
import { euros } from "../euros.ts";
import { LiveNumber, LiveText } from "../fiche/live-field.tsx";
import { usePlan } from "../plan-context.ts";
import { PlanTable } from "../plan-table.tsx";
import { useAddForm } from "../use-add-form.ts";
import { refusal } from "../validation.ts";
import { DispositifSelect } from "./line-selects.tsx";

const dispositifText = (dispositif: CafDispositif | null) =>
  dispositif ? t.plan.financing.dispositifs[dispositif] : t.plan.financing.notBrokenDown;

/** What the Caf already pays on the territory: facilitators keep it, live, and everyone reads the plan against it. */
export function BaselineSection() {
  const { snapshot, canEdit } = usePlan();
  const { baseline } = snapshot.report;
  const words = t.plan.financing;
  return (
    <section className="plan-values" aria-labelledby="financing-baseline-title">
      <h3 id="financing-baseline-title">{words.baselineTitle}</h3>
      <p className="muted">{words.baselineIntro}</p>
      {canEdit ? <BaselineHead /> : baseline.note && <p>{baseline.note}</p>}
      {baseline.lines.length === 0 ? (
        <p className="plan-empty">{words.baselineEmpty}</p>
      ) : (
        <PlanTable
          caption={words.baselineCaption}
          columns={[
            { label: words.what },
            { label: t.plan.budget.dispositif, className: "plan-col--dispositif" },
            { label: t.plan.budget.amount, className: "plan-table__number plan-col--amount" },
          ]}
          actions={canEdit}
        >
          <tbody>
            {baseline.lines.map((line) =>
              canEdit ? (
                <EditableBaselineLine key={line.id} line={line} />
              ) : (
                <tr key={line.id}>
                  <td>{line.label}</td>
                  <td>{dispositifText(line.dispositif)}</td>
                  <td className="plan-table__number">{euros(line.amount)}</td>
                </tr>
              ),
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                {words.total}
              </th>
              <td className="plan-table__number" data-testid="baseline-total">
                {euros(baseline.total)}
              </td>
              {canEdit && <td />}
            </tr>
          </tfoot>
        </PlanTable>
      )}
      {canEdit && <AddBaselineLine />}
    </section>
  );
}

function BaselineHead() {
  const { doc, snapshot } = usePlan();
  const { baseline } = snapshot.report;
  const commit = (patch: { year?: number | null; note?: string }) => {
    const parsed = CafBaselineHeadSchema.safeParse({ year: baseline.year, note: baseline.note, ...patch });
    if (parsed.success) setCafBaselineHead(doc, patch);
    return refusal(parsed);
  };
  return (
    <div className="financing-baseline-head">
      <LiveText
        label={t.plan.financing.baselineYear}
        value={baseline.year === null ? "" : String(baseline.year)}
        inputMode="numeric"
        commit={(year) => commit({ year: year.trim() === "" ? null : Number(year) })}
      />
      <LiveText
        label={t.plan.financing.baselineNote}
        value={baseline.note}
        multiline
        commit={(note) => commit({ note })}
      />
    </div>
  );
}

function EditableBaselineLine({ line }: { line: CafBaselineLine }) {
  const { doc } = usePlan();
  const words = t.plan.financing;
  const commit = (change: Partial<CafBaselineLine>) => {
    const parsed = CafBaselineLineSchema.safeParse({
      label: line.label,
      dispositif: line.dispositif,
      amount: line.amount,
      ...change,
    });
    if (parsed.success) setCafBaselineLine(doc, line.id, parsed.data);
    return refusal(parsed);
  };
  return (
    <tr>
      <td>
        <LiveText compact label={words.whatOf(line.label)} value={line.label} commit={(label) => commit({ label })} />
      </td>
      <td>
        <DispositifSelect
          compact
          label={words.dispositifOf(line.label)}
          value={line.dispositif}
          forCaf
          unsaid={words.notBrokenDown}
          onChange={(dispositif) => commit({ dispositif })}
        />
      </td>
      <td className="plan-table__number">
        <LiveNumber
          compact
          label={words.amountOf(line.label)}
          value={line.amount}
          style="euros"
          commit={(amount) => commit({ amount: amount ?? Number.NaN })}
        />
      </td>
      <td>
        <button
          type="button"
          className="button button--small button--danger"
          aria-label={words.removeLabel(line.label)}
          onClick={() => removeCafBaselineLine(doc, line.id)}
        >
          {t.plan.remove}
        </button>
      </td>
    </tr>
  );
}

function AddBaselineLine() {
  const { doc } = usePlan();
  const titleId = useId();
  const words = t.plan.financing;
  const { form, fields, set, errors, submit } = useAddForm(
    { label: "", dispositif: "", amount: "" },
    ({ label, dispositif, amount }) => {
      const typed = readNumber(amount);
      const line = checked(CafBaselineLineSchema, {
        label,
        dispositif: dispositif || null,
        amount: readValue(typed) ?? Number.NaN,
      });
      return withNumbers(line, { amount: typed });
    },
    (line) => setCafBaselineLine(doc, newId(), line),
  );
  return (
    <form
      ref={form}
      className="plan-add-row plan-add-row--baseline plan-fields-row"
      onSubmit={submit}
      noValidate
      aria-labelledby={titleId}
    >
      <h4 id={titleId} className="plan-add-row__title">
        {words.addBaselineTitle}
      </h4>
      <TextField
        label={words.what}
        value={fields.label}
        error={errors.label}
        onChange={(event) => set("label", event.target.value)}
      />
      <DispositifSelect
        label={t.plan.budget.dispositif}
        value={CAF_DISPOSITIFS.find((dispositif) => dispositif === fields.dispositif) ?? null}
        forCaf
        unsaid={words.notBrokenDown}
        onChange={(dispositif) => set("dispositif", dispositif ?? "")}
      />
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
