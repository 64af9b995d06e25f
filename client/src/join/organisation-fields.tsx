import { t } from "../i18n/text.ts";
import { Field } from "../ui/field.tsx";
import { TextField } from "../ui/text-field.tsx";
import { type OrganisationAnswer, OTHER_ORGANISATION } from "./organisation.ts";

interface OrganisationFieldsProps {
  value: OrganisationAnswer;
  onChange: (value: OrganisationAnswer) => void;
  choiceError?: string;
  precisionError?: string;
}

export function OrganisationFields({ value, onChange, choiceError, precisionError }: OrganisationFieldsProps) {
  return (
    <>
      <Field label={t.join.organisationLabel} error={choiceError}>
        {(control) => (
          <select
            className="input"
            value={value.choice}
            onChange={(event) => onChange({ ...value, choice: event.target.value })}
            autoComplete="organization"
            required
            {...control}
          >
            <option value="">{t.join.organisationChoose}</option>
            {[...t.join.organisations, OTHER_ORGANISATION].map((organisation) => (
              <option key={organisation} value={organisation}>
                {organisation}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        label={t.join.precisionLabel}
        hint={t.join.precisionHint}
        optional={value.choice !== OTHER_ORGANISATION}
        error={precisionError}
        value={value.precision}
        onChange={(event) => onChange({ ...value, precision: event.target.value })}
        autoComplete="off"
      />
    </>
  );
}
