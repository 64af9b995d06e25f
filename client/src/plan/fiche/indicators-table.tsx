import {
  type Fiche,
  INDICATOR_KINDS,
  type Indicator,
  type IndicatorFields,
  IndicatorFieldsSchema,
  type IndicatorKind,
  removeIndicator,
  setIndicator,
} from "@atelier/shared";
import { useId } from "react";
import { newId } from "../../board/new-id.ts";
import { checked, withNumbers } from "../../forms/field-errors.ts";
import { readNumber, readValue } from "../../forms/number-text.ts";
import { t } from "../../i18n/text.ts";
import { TextField } from "../../ui/text-field.tsx";
import { usePlan } from "../plan-context.ts";
import { PlanTable } from "../plan-table.tsx";
import { useAddForm } from "../use-add-form.ts";
import { formatNumber, refusal } from "../validation.ts";
import { LiveNumber, LiveText, SelectField } from "./live-field.tsx";

/** How an indicator is written: its definition without its measured values. */
function fieldsOf(indicator: Indicator): IndicatorFields {
  return { label: indicator.label, kind: indicator.kind, unit: indicator.unit, target: indicator.target };
}

const kindOptions = INDICATOR_KINDS.map((kind) => (
  <option key={kind} value={kind}>
    {t.plan.indicators.kinds[kind]}
  </option>
));

/** The fiche's evaluation indicators: what is counted (réalisation) or changed (résultat), against which target. */
export function IndicatorsTable({ fiche, editable }: { fiche: Fiche; editable: boolean }) {
  const { doc } = usePlan();

  const commit = (indicator: Indicator, change: Partial<IndicatorFields>) => {
    const parsed = IndicatorFieldsSchema.safeParse({ ...fieldsOf(indicator), ...change });
    if (parsed.success) setIndicator(doc, fiche.id, indicator.id, parsed.data);
    return refusal(parsed);
  };

  return (
    <div className="plan-table-block">
      {fiche.indicators.length === 0 ? (
        <p className="muted">{t.plan.indicators.empty}</p>
      ) : (
        <PlanTable
          caption={t.plan.indicators.caption(fiche.title)}
          columns={[
            { label: t.plan.indicators.label },
            { label: t.plan.indicators.kind, className: "plan-col--kind" },
            { label: t.plan.indicators.unit, className: "plan-col--unit" },
            { label: t.plan.indicators.target, className: "plan-table__number plan-col--amount" },
          ]}
          actions={editable}
        >
          <tbody>
            {fiche.indicators.map((indicator) =>
              editable ? (
                <tr key={indicator.id}>
                  <td>
                    <LiveText
                      compact
                      label={t.plan.indicators.labelOf(indicator.label)}
                      value={indicator.label}
                      commit={(label) => commit(indicator, { label })}
                    />
                  </td>
                  <td>
                    <SelectField
                      compact
                      label={t.plan.indicators.kindOf(indicator.label)}
                      value={indicator.kind}
                      onChange={(kind) => commit(indicator, { kind: kind as IndicatorKind })}
                    >
                      {kindOptions}
                    </SelectField>
                  </td>
                  <td>
                    <LiveText
                      compact
                      label={t.plan.indicators.unitOf(indicator.label)}
                      value={indicator.unit}
                      commit={(unit) => commit(indicator, { unit })}
                    />
                  </td>
                  <td>
                    <LiveNumber
                      compact
                      label={t.plan.indicators.targetOf(indicator.label)}
                      value={indicator.target}
                      commit={(target) => commit(indicator, { target })}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button--small button--danger"
                      aria-label={t.plan.indicators.removeLabel(indicator.label)}
                      onClick={() => removeIndicator(doc, fiche.id, indicator.id)}
                    >
                      {t.plan.remove}
                    </button>
                  </td>
                </tr>
              ) : (
                <tr key={indicator.id}>
                  <td>{indicator.label}</td>
                  <td>{t.plan.indicators.kinds[indicator.kind]}</td>
                  <td>{indicator.unit}</td>
                  <td className="plan-table__number">{formatNumber(indicator.target) || "—"}</td>
                </tr>
              ),
            )}
          </tbody>
        </PlanTable>
      )}
      {editable && <AddIndicator fiche={fiche} />}
    </div>
  );
}

function AddIndicator({ fiche }: { fiche: Fiche }) {
  const { doc } = usePlan();
  const titleId = useId();
  const { form, fields, set, errors, submit } = useAddForm(
    { label: "", kind: "realisation", unit: "", target: "" },
    ({ label, kind, unit, target }) => {
      const typed = readNumber(target);
      const indicator = checked(IndicatorFieldsSchema, { label, kind, unit, target: readValue(typed) });
      return withNumbers(indicator, { target: typed });
    },
    (indicator) => setIndicator(doc, fiche.id, newId(), indicator),
  );

  return (
    <form
      ref={form}
      className="plan-add-row plan-add-row--indicator plan-fields-row"
      onSubmit={submit}
      noValidate
      aria-labelledby={titleId}
    >
      <h4 id={titleId} className="plan-add-row__title">
        {t.plan.indicators.addTitle}
      </h4>
      <TextField
        label={t.plan.indicators.label}
        hint={t.plan.indicators.labelHint}
        value={fields.label}
        error={errors.label}
        onChange={(event) => set("label", event.target.value)}
      />
      <SelectField label={t.plan.indicators.kind} value={fields.kind} onChange={(kind) => set("kind", kind)}>
        {kindOptions}
      </SelectField>
      <TextField
        label={t.plan.indicators.unit}
        hint={t.plan.indicators.unitHint}
        value={fields.unit}
        error={errors.unit}
        optional
        onChange={(event) => set("unit", event.target.value)}
      />
      <TextField
        label={t.plan.indicators.target}
        value={fields.target}
        error={errors.target}
        optional
        inputMode="decimal"
        onChange={(event) => set("target", event.target.value)}
      />
      <button type="submit" className="button button--primary">
        {t.plan.indicators.add}
      </button>
    </form>
  );
}
