import { DECISION_KINDS, type DecisionKind } from "@atelier/shared";
import { useEffect, useRef } from "react";
import type { FieldErrors } from "../../forms/field-errors.ts";
import { t } from "../../i18n/text.ts";
import { useRowFocus } from "../../spaces/territory/use-row-focus.ts";
import { SelectField } from "../fiche/live-field.tsx";
import { YearOptions } from "../fiche/year-options.tsx";
import { type DecisionDraft, newDecision } from "./meeting-draft.ts";
import { TextAreaField } from "./text-area-field.tsx";

interface DecisionRowsProps {
  decisions: DecisionDraft[];
  errors: FieldErrors;
  onChange: (decisions: DecisionDraft[]) => void;
}

/** What the comité decided, each with its kind: the validations move the démarche on. */
export function DecisionRows({ decisions, errors, onChange }: DecisionRowsProps) {
  const focus = useRowFocus();
  const change = (key: string, patch: Partial<DecisionDraft>) =>
    onChange(decisions.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  return (
    <fieldset className="meeting-form__group">
      <legend>{t.demarche.decisionsLegend}</legend>
      {decisions.length === 0 && <p className="muted">{t.demarche.noDecisions}</p>}
      {decisions.map((decision, index) => (
        <DecisionRow
          key={decision.key}
          decision={decision}
          position={index + 1}
          errors={errors}
          path={`decisions.${index}`}
          focusOnMount={decision.key === focus.added}
          onChange={(patch) => change(decision.key, patch)}
          onRemove={() => {
            onChange(decisions.filter((row) => row.key !== decision.key));
            focus.focusAddButton();
          }}
        />
      ))}
      {errors.decisions && <p className="field__error">{errors.decisions}</p>}
      <button
        ref={focus.addButton}
        type="button"
        className="button button--small"
        onClick={() => {
          const decision = newDecision();
          focus.setAdded(decision.key);
          onChange([...decisions, decision]);
        }}
      >
        {t.demarche.addDecision}
      </button>
    </fieldset>
  );
}

interface DecisionRowProps {
  decision: DecisionDraft;
  position: number;
  errors: FieldErrors;
  path: string;
  focusOnMount: boolean;
  onChange: (patch: Partial<DecisionDraft>) => void;
  onRemove: () => void;
}

function DecisionRow({ decision, position, errors, path, focusOnMount, onChange, onRemove }: DecisionRowProps) {
  const row = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    if (focusOnMount) row.current?.querySelector("select")?.focus();
  }, [focusOnMount]);
  return (
    <fieldset
      ref={row}
      className={`meeting-row meeting-row--decision${decision.kind === "bilan-annuel" ? " meeting-row--bilan" : ""}`}
    >
      <legend className="visually-hidden">{t.demarche.decisionLegend(position)}</legend>
      <SelectField
        label={t.demarche.decisionKind}
        value={decision.kind}
        onChange={(value) => onChange({ kind: value as DecisionKind, year: undefined })}
      >
        {DECISION_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t.demarche.decisionKinds[kind]}
          </option>
        ))}
      </SelectField>
      {decision.kind === "bilan-annuel" && (
        <SelectField
          label={t.demarche.decisionYear}
          value={decision.year ? String(decision.year) : ""}
          onChange={(value) => onChange({ year: value ? Number(value) : undefined })}
        >
          <option value="">{t.demarche.meetingYear}</option>
          <YearOptions also={decision.year ? [decision.year] : []} />
        </SelectField>
      )}
      <TextAreaField
        label={t.demarche.decisionText}
        rows={2}
        error={errors[`${path}.text`]}
        value={decision.text}
        onChange={(event) => onChange({ text: event.target.value })}
      />
      <button
        type="button"
        className="button button--small button--danger meeting-row__remove"
        aria-label={t.demarche.removeDecisionLabel(position)}
        onClick={onRemove}
      >
        {t.demarche.remove}
      </button>
    </fieldset>
  );
}
