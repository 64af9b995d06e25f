import { type Demarche, ReopeningInputSchema, type StepProgress } from "@atelier/shared";
import { type FormEvent, useRef, useState } from "react";
import { Link } from "wouter";
import { governanceApi } from "../../api/governance-api.ts";
import { type FieldErrors, fieldErrors } from "../../forms/field-errors.ts";
import { useFocusFirstInvalid } from "../../forms/use-focus-first-invalid.ts";
import { useFocusOnMount } from "../../forms/use-focus-on-mount.ts";
import { useFocusReturn } from "../../forms/use-focus-return.ts";
import { t } from "../../i18n/text.ts";
import { formatDate } from "../../plan/dates.ts";
import { TextAreaField } from "../../plan/governance/text-area-field.tsx";
import { TextField } from "../../ui/text-field.tsx";
import { useAsyncAction } from "../../ui/use-async-action.ts";
import { STEP_DOCUMENTS, stepDocumentPath } from "./step-documents.ts";
import { YearlyBilans } from "./yearly-bilans.tsx";

interface DemarcheStepItemProps {
  spaceId: string;
  token: string;
  progress: StepProgress;
  position: number;
  canEdit: boolean;
  onReopened: (demarche: Demarche) => void;
}

/** One step of the timeline: its state and dates, its documents, the comités that decided about it, its re-openings. */
export function DemarcheStepItem({ spaceId, token, progress, position, canEdit, onReopened }: DemarcheStepItemProps) {
  const [reopening, setReopening] = useState(false);
  const reopenButton = useFocusReturn<HTMLButtonElement>(reopening);
  const name = t.demarche.steps[progress.step];
  const dates = [
    progress.plannedOn ? t.demarche.plannedOn(formatDate(progress.plannedOn)) : t.demarche.notPlanned,
    progress.validatedOn && t.demarche.validatedOn(formatDate(progress.validatedOn)),
  ].filter(Boolean);

  return (
    <li
      className={`demarche-step demarche-step--${progress.state}`}
      aria-current={progress.state === "en-cours" ? "step" : undefined}
    >
      <span className="demarche-step__marker" aria-hidden="true">
        {progress.state === "validee" ? "✓" : position}
      </span>
      <div className="demarche-step__body">
        <div className="demarche-step__head">
          <h3>
            <span className="visually-hidden">{t.demarche.position(position)}</span>
            {name}
          </h3>
          <span className={`badge demarche-state demarche-state--${progress.state}`}>
            {t.demarche.states[progress.state]}
          </span>
        </div>
        <p className="demarche-step__dates">{dates.join(" · ")}</p>
        {progress.state === "en-cours" && (
          <p className="demarche-step__awaiting">
            {progress.yearly?.next
              ? t.demarche.awaitingBilan(progress.yearly.next)
              : t.demarche.awaiting(progress.awaiting.map((kind) => t.demarche.decisionKinds[kind]).join(", "))}
          </p>
        )}
        {progress.yearly && progress.state !== "a-venir" && <YearlyBilans yearly={progress.yearly} stepName={name} />}
        <ul className="demarche-documents" aria-label={`${t.demarche.stepDocuments} · ${name}`}>
          {STEP_DOCUMENTS[progress.step].map((document) => (
            <li key={document}>
              <Link href={stepDocumentPath(spaceId, document)}>{t.demarche.documents[document]}</Link>
            </li>
          ))}
        </ul>
        {progress.meetings.length > 0 && (
          <ul className="demarche-meetings" aria-label={`${t.demarche.stepMeetings} · ${name}`}>
            {progress.meetings.map((meeting) => (
              <li key={meeting.id}>
                <time dateTime={meeting.date}>{formatDate(meeting.date)}</time> · {meeting.title}
              </li>
            ))}
          </ul>
        )}
        {progress.reopenings.map((reopened) => (
          <p key={reopened.id} className="demarche-step__reopened">
            {t.demarche.reopenedOn(formatDate(reopened.on), reopened.reason)}
          </p>
        ))}
        {canEdit && progress.state === "validee" && !reopening && (
          <button
            ref={reopenButton}
            type="button"
            className="button button--small demarche-step__reopen"
            aria-label={t.demarche.reopenLabel(name)}
            onClick={() => setReopening(true)}
          >
            {t.demarche.reopen}
          </button>
        )}
        {reopening && (
          <ReopenForm
            spaceId={spaceId}
            token={token}
            progress={progress}
            onDone={(demarche) => {
              setReopening(false);
              onReopened(demarche);
            }}
            onCancel={() => setReopening(false)}
          />
        )}
      </div>
    </li>
  );
}

interface ReopenFormProps {
  spaceId: string;
  token: string;
  progress: StepProgress;
  onDone: (demarche: Demarche) => void;
  onCancel: () => void;
}

function ReopenForm({ spaceId, token, progress, onDone, onCancel }: ReopenFormProps) {
  const [reason, setReason] = useState("");
  const [on, setOn] = useState(() => new Date().toLocaleDateString("sv-SE"));
  const [errors, setErrors] = useState<FieldErrors>({});
  const { failure, run } = useAsyncAction();
  const form = useRef<HTMLFormElement>(null);
  const dateField = useRef<HTMLInputElement>(null);
  useFocusFirstInvalid(form, errors);
  useFocusOnMount(dateField);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ReopeningInputSchema.safeParse({ step: progress.step, reason, on });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    await run(async () => onDone(await governanceApi.reopen(spaceId, token, parsed.data)));
  }

  return (
    <form
      ref={form}
      className="demarche-form"
      onSubmit={submit}
      noValidate
      aria-label={t.demarche.reopenFormLabel(t.demarche.steps[progress.step])}
    >
      <TextField
        ref={dateField}
        type="date"
        label={t.demarche.reopenedDate}
        value={on}
        error={errors.on}
        onChange={(event) => setOn(event.target.value)}
      />
      <TextAreaField
        label={t.demarche.reason}
        hint={t.demarche.reasonHint}
        rows={2}
        value={reason}
        error={errors.reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="actions">
        <button type="submit" className="button button--small button--primary">
          {t.demarche.reopenSubmit}
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          {t.form.cancel}
        </button>
        {failure && <p className="plan-error">{failure}</p>}
      </div>
    </form>
  );
}
