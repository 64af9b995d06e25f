import { INDICATOR_LEVELS, type IndicatorCorrection, type IndicatorSeries } from "@atelier/shared";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import type { FieldErrors } from "../forms/field-errors.ts";
import { useFocusFirstInvalid } from "../forms/use-focus-first-invalid.ts";
import { useFocusOnMount } from "../forms/use-focus-on-mount.ts";
import { t } from "../i18n/text.ts";
import "../ui/confirm.css";
import { Field } from "../ui/field.tsx";
import { TextField } from "../ui/text-field.tsx";
import { useAsyncAction } from "../ui/use-async-action.ts";
import { type CorrectionFields, fieldsOf, reviewCorrection } from "./correction.ts";

interface CorrectionFormProps {
  /** The latest year is corrected unless another is chosen. */
  series: IndicatorSeries;
  /** Resolves once the server has the correction; a rejection is shown in the server's words. */
  onCorrect: (indicatorId: string, correction: IndicatorCorrection) => Promise<void>;
  onClose: () => void;
}

/**
 * A figure corrected in place. Every card citing it changes for everyone at once, so the form first says what will
 * change and asks for confirmation.
 */
export function CorrectionForm({ series, onCorrect, onClose }: CorrectionFormProps) {
  const { label, years } = series;
  const [indicator, setIndicator] = useState(series.latest);
  const [fields, setFields] = useState(() => fieldsOf(indicator));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState<{ correction: IndicatorCorrection; changes: string[] } | null>(null);
  const { failure, run } = useAsyncAction();
  const form = useRef<HTMLFormElement>(null);
  const territoire = useRef<HTMLInputElement>(null);
  const back = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  useFocusOnMount(territoire, pending === null);
  useFocusFirstInvalid(form, errors);

  // As with every confirmation of the app, the safe answer has the focus: a stray Enter changes nothing.
  useEffect(() => {
    if (pending) back.current?.focus();
  }, [pending]);

  function chooseYear(id: string) {
    const chosen = years.find((candidate) => candidate.id === id);
    if (!chosen) return;
    setIndicator(chosen);
    setFields(fieldsOf(chosen));
    setErrors({});
  }

  function reviewChanges(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const review = reviewCorrection(indicator, fields);
    setErrors(review.ok ? {} : review.errors);
    setNotice(review.ok && review.changes.length === 0 ? t.indicators.correction.noChange : null);
    if (review.ok && review.changes.length > 0) setPending(review);
  }

  async function confirm(correction: IndicatorCorrection) {
    if (await run(() => onCorrect(indicator.id, correction))) onClose();
    else setPending(null);
  }

  const edit = (name: keyof CorrectionFields) => ({
    value: fields[name],
    error: errors[name],
    onChange: (event: { target: { value: string } }) => setFields({ ...fields, [name]: event.target.value }),
  });
  const { correction: text } = t.indicators;

  return (
    <form ref={form} className="correction" onSubmit={reviewChanges} noValidate aria-labelledby={titleId}>
      <p className="correction__title" id={titleId}>
        {text.title(label)}
      </p>
      {pending ? (
        <fieldset className="confirm confirm--info correction__confirm">
          <legend>{text.confirmQuestion}</legend>
          <ul>
            {pending.changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
          <div className="actions">
            <button
              type="button"
              className="button button--small button--primary"
              onClick={() => confirm(pending.correction)}
            >
              {text.confirm}
            </button>
            <button ref={back} type="button" className="button button--small" onClick={() => setPending(null)}>
              {text.back}
            </button>
          </div>
        </fieldset>
      ) : (
        <>
          <div className="correction__fields">
            {years.length > 1 && (
              <Field label={text.yearLabel}>
                {(control) => (
                  <select
                    className="input"
                    {...control}
                    value={indicator.id}
                    onChange={(event) => chooseYear(event.target.value)}
                  >
                    {years.map((year) => (
                      <option key={year.id} value={year.id}>
                        {year.year}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
            {INDICATOR_LEVELS.map((level) => (
              <TextField
                key={level}
                ref={level === "territoire" ? territoire : undefined}
                label={t.indicatorLevels[level]}
                hint={level === "territoire" ? text.numberHint : text.optionalHint}
                inputMode="decimal"
                autoComplete="off"
                required={level === "territoire"}
                {...edit(level)}
              />
            ))}
            <TextField label={text.unitLabel} hint={text.unitHint} autoComplete="off" {...edit("unit")} />
            <TextField className="correction__source" label={text.sourceLabel} autoComplete="off" {...edit("source")} />
          </div>
          <p className="correction__notice" role="status">
            {notice}
          </p>
          <div className="actions">
            <button type="submit" className="button button--small button--primary">
              {text.review}
            </button>
            <button type="button" className="button button--small" onClick={onClose}>
              {t.form.cancel}
            </button>
          </div>
        </>
      )}
      {failure && (
        <p className="alert alert--error" role="alert">
          {failure}
        </p>
      )}
    </form>
  );
}
