import { DEMARCHE_STEPS, type Demarche, type DemarcheStep, PlanningPatchSchema } from "@atelier/shared";
import { type FormEvent, useRef, useState } from "react";
import { governanceApi } from "../../api/governance-api.ts";
import { type FieldErrors, fieldErrors } from "../../forms/field-errors.ts";
import { useFocusFirstInvalid } from "../../forms/use-focus-first-invalid.ts";
import { useFocusOnMount } from "../../forms/use-focus-on-mount.ts";
import { t } from "../../i18n/text.ts";
import { TextField } from "../../ui/text-field.tsx";
import { useAsyncAction } from "../../ui/use-async-action.ts";

interface PlanningFormProps {
  spaceId: string;
  token: string;
  demarche: Demarche;
  onSaved: (demarche: Demarche) => void;
  onCancel: () => void;
}

/** The retro-planning: a planned day per step, an empty field clears it. */
export function PlanningForm({ spaceId, token, demarche, onSaved, onCancel }: PlanningFormProps) {
  const [dates, setDates] = useState<Record<DemarcheStep, string>>(
    () =>
      Object.fromEntries(demarche.steps.map((step) => [step.step, step.plannedOn ?? ""])) as Record<
        DemarcheStep,
        string
      >,
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const { failure, run } = useAsyncAction();
  const form = useRef<HTMLFormElement>(null);
  const first = useRef<HTMLInputElement>(null);
  useFocusFirstInvalid(form, errors);
  useFocusOnMount(first);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const planned = Object.fromEntries(DEMARCHE_STEPS.map((step) => [step, dates[step] || null]));
    const parsed = PlanningPatchSchema.safeParse({ planned });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    await run(async () => onSaved(await governanceApi.updatePlanning(spaceId, token, parsed.data)));
  }

  return (
    <form ref={form} className="demarche-form" onSubmit={submit} noValidate aria-label={t.demarche.planningLabel}>
      <div className="demarche-planning__fields">
        {DEMARCHE_STEPS.map((step, index) => (
          <TextField
            key={step}
            ref={index === 0 ? first : undefined}
            type="date"
            label={t.demarche.steps[step]}
            optional
            value={dates[step]}
            error={errors[`planned.${step}`]}
            onChange={(event) => setDates({ ...dates, [step]: event.target.value })}
          />
        ))}
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary">
          {t.form.save}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t.form.cancel}
        </button>
        {failure && <p className="plan-error">{failure}</p>}
      </div>
    </form>
  );
}
