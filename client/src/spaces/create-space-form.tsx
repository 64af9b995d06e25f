import { CreateSpaceSchema } from "@atelier/shared";
import { type FormEvent, useRef, useState } from "react";
import { useLocation } from "wouter";
import { failureMessage } from "../api/request.ts";
import { spacesApi } from "../api/spaces-api.ts";
import { type FieldErrors, fieldErrors } from "../forms/field-errors.ts";
import { useFocusFirstInvalid } from "../forms/use-focus-first-invalid.ts";
import { t } from "../i18n/text.ts";
import { TextField } from "../ui/text-field.tsx";
import { startFirstRun } from "./first-run/first-run-progress.ts";
import { openCreatedSpace } from "./fresh-space.ts";

const thisYear = new Date().getFullYear();
const year = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));

export function CreateSpaceForm() {
  const [, navigate] = useLocation();
  const [name, setName] = useState("");
  const [start, setStart] = useState(String(thisYear));
  const [end, setEnd] = useState(String(thisYear + 4));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const parsed = CreateSpaceSchema.safeParse({ name, period: { start: year(start), end: year(end) } });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    setSubmitting(true);
    try {
      const space = await spacesApi.create(parsed.data);
      startFirstRun(space.id);
      openCreatedSpace(space, navigate);
    } catch (error) {
      setFailure(failureMessage(error));
      setSubmitting(false);
    }
  }

  return (
    <form ref={form} className="panel create-space" onSubmit={submit} noValidate aria-labelledby="create-space-title">
      <h2 id="create-space-title">{t.home.createTitle}</h2>
      <p className="muted">{t.home.createIntro}</p>
      <TextField
        label={t.home.nameLabel}
        hint={t.home.nameHint}
        error={errors.name}
        value={name}
        onChange={(event) => setName(event.target.value)}
        autoComplete="off"
        required
      />
      <fieldset className="field-row">
        <legend className="field__label">{t.home.periodLegend}</legend>
        <TextField
          label={t.home.startLabel}
          error={errors["period.start"]}
          value={start}
          onChange={(event) => setStart(event.target.value)}
          type="number"
          inputMode="numeric"
          min={2000}
          max={2100}
          required
        />
        <TextField
          label={t.home.endLabel}
          error={errors["period.end"] ?? errors.period}
          value={end}
          onChange={(event) => setEnd(event.target.value)}
          type="number"
          inputMode="numeric"
          min={2000}
          max={2100}
          required
        />
      </fieldset>
      {failure && (
        <p className="alert alert--error" role="alert">
          {failure}
        </p>
      )}
      <button type="submit" className="button button--primary button--wide" disabled={submitting}>
        {submitting ? t.home.submitting : t.home.submit}
      </button>
    </form>
  );
}
