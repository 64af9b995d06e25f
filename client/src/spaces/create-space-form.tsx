import { CreateSpaceSchema } from "@atelier/shared";
import { type FormEvent, useRef, useState } from "react";
import { useLocation } from "wouter";
import { failureMessage } from "../api/request.ts";
import { spacesApi } from "../api/spaces-api.ts";
import { type FieldErrors, fieldErrors } from "../forms/field-errors.ts";
import { useFocusFirstInvalid } from "../forms/use-focus-first-invalid.ts";
import { t } from "../i18n/text.ts";
import { ConventionFields, year } from "./convention-fields.tsx";
import { startFirstRun } from "./first-run/first-run-progress.ts";
import { openCreatedSpace } from "./fresh-space.ts";

const thisYear = new Date().getFullYear();

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
      <ConventionFields
        words={{ name: t.home.nameLabel, nameHint: t.home.nameHint, period: t.home.periodLegend }}
        name={name}
        start={start}
        end={end}
        onName={setName}
        onStart={setStart}
        onEnd={setEnd}
        errors={errors}
      />
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
