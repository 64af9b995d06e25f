import type { SpacePatch, SpaceView } from "@atelier/shared";
import { type FormEvent, useRef, useState } from "react";
import type { FieldErrors } from "../../forms/field-errors.ts";
import { useFocusFirstInvalid } from "../../forms/use-focus-first-invalid.ts";
import { useFocusOnMount } from "../../forms/use-focus-on-mount.ts";
import { t } from "../../i18n/text.ts";
import { TextField } from "../../ui/text-field.tsx";
import { useAsyncAction } from "../../ui/use-async-action.ts";
import { CommuneRows } from "./commune-rows.tsx";
import { PartyRows } from "./party-rows.tsx";
import { draftOf, readDraft, type TerritoryDraft } from "./territory-draft.ts";

interface TerritoryFormProps {
  space: SpaceView;
  /** A refusal is shown above the buttons, in the server's words. */
  onSave: (patch: SpacePatch) => Promise<void>;
  onCancel: () => void;
}

/** The facilitator's form for the territory and the parties, sent whole when saved. */
export function TerritoryForm({ space, onSave, onCancel }: TerritoryFormProps) {
  const [draft, setDraft] = useState(() => draftOf(space));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const { failure, run } = useAsyncAction();
  const form = useRef<HTMLFormElement>(null);
  const siren = useRef<HTMLInputElement>(null);
  useFocusFirstInvalid(form, errors);
  useFocusOnMount(siren);

  const change = (patch: Partial<TerritoryDraft>) => setDraft((previous) => ({ ...previous, ...patch }));
  // Errors are keyed by a row's position: once a row is removed they would show on its neighbours.
  const changeRows = (patch: Pick<TerritoryDraft, "communes"> | Pick<TerritoryDraft, "parties">) => {
    const removed =
      "communes" in patch ? patch.communes.length < draft.communes.length : patch.parties.length < draft.parties.length;
    if (removed) setErrors({});
    change(patch);
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reading = readDraft(draft);
    if (!reading.ok) {
      setErrors(reading.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    await run(() => onSave(reading.patch));
    setSaving(false);
  }

  return (
    <form ref={form} className="territory-form" onSubmit={submit} noValidate aria-label={t.territory.editLabel}>
      <fieldset className="territory-form__group">
        <legend>{t.territory.epciLegend}</legend>
        <p className="field__hint">{t.territory.epciHint}</p>
        <div className="territory-row territory-row--epci">
          <TextField
            ref={siren}
            label={t.territory.sirenLabel}
            error={errors["territory.epci.siren"]}
            value={draft.siren}
            onChange={(event) => change({ siren: event.target.value })}
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
          />
          <TextField
            label={t.territory.nameLabel}
            error={errors["territory.epci.name"]}
            value={draft.epciName}
            onChange={(event) => change({ epciName: event.target.value })}
            autoComplete="off"
          />
          <TextField
            label={t.territory.populationLabel}
            optional
            error={errors["territory.epci.population"]}
            value={draft.epciPopulation}
            onChange={(event) => change({ epciPopulation: event.target.value })}
            inputMode="numeric"
            autoComplete="off"
          />
        </div>
      </fieldset>
      <CommuneRows communes={draft.communes} errors={errors} onChange={(communes) => changeRows({ communes })} />
      <PartyRows parties={draft.parties} errors={errors} onChange={(parties) => changeRows({ parties })} />
      {failure && (
        <p className="alert alert--error" role="alert">
          {failure}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button--primary">
          {saving ? t.form.saving : t.form.save}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t.form.cancel}
        </button>
      </div>
    </form>
  );
}
