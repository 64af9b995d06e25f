import { type Commune, SERVICE_KINDS, type ServiceFields, type TerritoryService } from "@atelier/shared";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import type { FieldErrors } from "../../forms/field-errors.ts";
import { useFocusFirstInvalid } from "../../forms/use-focus-first-invalid.ts";
import { t } from "../../i18n/text.ts";
import { TextAreaField } from "../../plan/governance/text-area-field.tsx";
import { Field } from "../../ui/field.tsx";
import { TextField } from "../../ui/text-field.tsx";
import { useAsyncAction } from "../../ui/use-async-action.ts";
import "../../ui/choices.css";
import { draftOf, readDraft, type ServiceDraft } from "./service-draft.ts";

interface ServiceFormProps {
  /** The service to edit; a new one when left out. */
  service?: TerritoryService;
  communes: readonly Commune[];
  /** A refusal is shown above the buttons, in the server's words. */
  onSubmit: (fields: ServiceFields) => Promise<void>;
  onCancel: () => void;
}

/** The territory's communes, and the service's own when it was since taken out of the territory: it may stay there. */
function communesFor(communes: readonly Commune[], service: TerritoryService | undefined): readonly Commune[] {
  const own = service?.communeInsee;
  if (!own || communes.some((commune) => commune.insee === own)) return communes;
  return [...communes, { insee: own, name: service.communeName ?? own }];
}

/** A service as the facilitator records it: its kind and name, where it is, its places, who runs it, the Caf's part. */
export function ServiceForm({ service, communes, onSubmit, onCancel }: ServiceFormProps) {
  const [draft, setDraft] = useState(() => draftOf(service));
  const [errors, setErrors] = useState<FieldErrors>({});
  const { failure, run } = useAsyncAction();
  const form = useRef<HTMLFormElement>(null);
  const kind = useRef<HTMLSelectElement>(null);
  const cafId = useId();
  useFocusFirstInvalid(form, errors);
  // Opened on request: the keyboard lands on its first field.
  useEffect(() => kind.current?.focus(), []);
  const text = t.territoryServices;

  const change = (patch: Partial<ServiceDraft>) => setDraft((previous) => ({ ...previous, ...patch }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reading = readDraft(draft);
    if (!reading.ok) {
      setErrors(reading.errors);
      return;
    }
    setErrors({});
    await run(() => onSubmit(reading.input));
  }

  return (
    <form
      ref={form}
      className="service-form"
      onSubmit={submit}
      noValidate
      aria-label={service ? text.editLabel(service.name) : text.addTitle}
    >
      <div className="service-form__row">
        <Field label={text.kindLabel}>
          {(control) => (
            <select
              ref={kind}
              className="input"
              value={draft.kind}
              onChange={(event) => change({ kind: SERVICE_KINDS.find((k) => k === event.target.value) ?? draft.kind })}
              {...control}
            >
              {SERVICE_KINDS.map((candidate) => (
                <option key={candidate} value={candidate}>
                  {text.kinds[candidate]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          label={text.nameLabel}
          value={draft.name}
          error={errors.name}
          onChange={(event) => change({ name: event.target.value })}
          autoComplete="off"
        />
      </div>
      <div className="service-form__row">
        <Field label={text.communeLabel} hint={text.communeHint} error={errors.communeInsee}>
          {(control) => (
            <select
              className="input"
              value={draft.communeInsee}
              onChange={(event) => change({ communeInsee: event.target.value })}
              {...control}
            >
              <option value="">{text.intercommunal}</option>
              {communesFor(communes, service).map((commune) => (
                <option key={commune.insee} value={commune.insee}>
                  {commune.name} ({commune.insee})
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          label={text.capacityLabel}
          hint={text.capacityHint}
          optional
          value={draft.capacity}
          error={errors.capacity}
          onChange={(event) => change({ capacity: event.target.value })}
          inputMode="numeric"
          autoComplete="off"
        />
      </div>
      <TextField
        label={text.managerLabel}
        optional
        value={draft.manager}
        error={errors.manager}
        onChange={(event) => change({ manager: event.target.value })}
      />
      <div className="choice">
        <input
          id={cafId}
          type="checkbox"
          checked={draft.cafFunded}
          onChange={(event) => change({ cafFunded: event.target.checked })}
        />
        <label htmlFor={cafId}>{text.cafFundedLabel}</label>
      </div>
      <TextAreaField
        label={text.noteLabel}
        optional
        rows={2}
        value={draft.note}
        error={errors.note}
        onChange={(event) => change({ note: event.target.value })}
      />
      {failure && (
        <p className="alert alert--error" role="alert">
          {failure}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button--primary">
          {service ? t.form.save : text.add}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t.form.cancel}
        </button>
      </div>
    </form>
  );
}
