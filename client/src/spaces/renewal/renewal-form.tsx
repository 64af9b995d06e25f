import {
  proposedRenewal,
  RenewalSchema,
  renewalName,
  renewalRefusal,
  type SpaceView,
  wordRefusal,
  YearSchema,
} from "@atelier/shared";
import { type FormEvent, useRef, useState } from "react";
import { useLocation } from "wouter";
import { spacesApi } from "../../api/spaces-api.ts";
import { type FieldErrors, fieldErrors } from "../../forms/field-errors.ts";
import { useFocusFirstInvalid } from "../../forms/use-focus-first-invalid.ts";
import { useFocusOnMount } from "../../forms/use-focus-on-mount.ts";
import { useFocusReturn } from "../../forms/use-focus-return.ts";
import { refusalWords } from "../../i18n/refusal-words.ts";
import { t } from "../../i18n/text.ts";
import { useAsyncAction } from "../../ui/use-async-action.ts";
import { ConventionFields, year } from "../convention-fields.tsx";
import { startFirstRun } from "../first-run/first-run-progress.ts";
import { openCreatedSpace } from "../fresh-space.ts";
import "../demarche/demarche.css";
import "./renewal.css";

type Previous = Pick<SpaceView, "id" | "name" | "period">;

/** The facilitator's button, and the small form it opens: the next convention's name and period. */
export function PrepareNextConvention({ space, secret }: { space: Previous; secret: string }) {
  const [open, setOpen] = useState(false);
  const trigger = useFocusReturn<HTMLButtonElement>(open);
  if (open) return <RenewalForm space={space} secret={secret} onCancel={() => setOpen(false)} />;
  return (
    <p>
      <button ref={trigger} type="button" className="button button--primary" onClick={() => setOpen(true)}>
        {t.renewal.open}
      </button>
    </p>
  );
}

/**
 * Proposes the five years after this convention, and its name with those years (the name follows the years typed,
 * until one writes a name of one's own). Once the server made the new space, this browser
 * keeps its facilitator link and opens it as any space it created (its link shown once, the guided start).
 */
function RenewalForm({ space, secret, onCancel }: { space: Previous; secret: string; onCancel: () => void }) {
  const [, navigate] = useLocation();
  const [proposed] = useState(() => proposedRenewal(space));
  const [name, setName] = useState(proposed.name);
  const [start, setStart] = useState(String(proposed.period.start));
  const [end, setEnd] = useState(String(proposed.period.end));
  const [nameWritten, setNameWritten] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitting, setSubmitting] = useState(false);
  const { failure, run } = useAsyncAction();
  const form = useRef<HTMLFormElement>(null);
  const first = useRef<HTMLInputElement>(null);
  useFocusFirstInvalid(form, errors);
  useFocusOnMount(first);

  function period(nextStart: string, nextEnd: string) {
    setStart(nextStart);
    setEnd(nextEnd);
    const years = { start: year(nextStart), end: year(nextEnd) };
    // Only once both are whole years: not at each digit typed.
    if (!nameWritten && YearSchema.safeParse(years.start).success && YearSchema.safeParse(years.end).success) {
      setName(renewalName(space, years));
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = RenewalSchema.safeParse({ name, period: { start: year(start), end: year(end) } });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    // The server refuses it too; said here at the field, before anything is sent.
    const overlap = renewalRefusal(space.period, parsed.data.period);
    if (overlap) {
      setErrors({ "period.start": wordRefusal(refusalWords.refusals, overlap) });
      return;
    }
    setErrors({});
    setSubmitting(true);
    const created = await run(async () => {
      const next = await spacesApi.renew(space.id, secret, parsed.data);
      startFirstRun(next.id);
      openCreatedSpace(next, navigate);
    });
    if (!created) setSubmitting(false);
  }

  return (
    <form
      ref={form}
      className="demarche-form demarche-form--on-notice renewal-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="renewal-form-title"
    >
      <h3 id="renewal-form-title">{t.renewal.formTitle}</h3>
      <p className="muted">{t.renewal.formIntro}</p>
      <ConventionFields
        words={{ name: t.renewal.nameLabel, period: t.renewal.periodLegend }}
        name={name}
        start={start}
        end={end}
        onName={(value) => {
          setName(value);
          setNameWritten(true);
        }}
        onStart={(value) => period(value, end)}
        onEnd={(value) => period(start, value)}
        errors={errors}
        nameRef={first}
      />
      {failure && (
        <p className="alert alert--error" role="alert">
          {failure}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={submitting}>
          {submitting ? t.renewal.submitting : t.renewal.submit}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t.form.cancel}
        </button>
      </div>
    </form>
  );
}
