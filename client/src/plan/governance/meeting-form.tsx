import { MEETING_KINDS, type Meeting, type MeetingInput, type MeetingKind } from "@atelier/shared";
import { type FormEvent, useRef, useState } from "react";
import type { FieldErrors } from "../../forms/field-errors.ts";
import { useFocusFirstInvalid } from "../../forms/use-focus-first-invalid.ts";
import { t } from "../../i18n/text.ts";
import { TextField } from "../../ui/text-field.tsx";
import { useAsyncAction } from "../../ui/use-async-action.ts";
import { SelectField } from "../fiche/live-field.tsx";
import { usePlan } from "../plan-context.ts";
import { AttendeeRows } from "./attendee-rows.tsx";
import { DecisionRows } from "./decision-rows.tsx";
import { draftOf, type MeetingDraft, readDraft } from "./meeting-draft.ts";
import { TextAreaField } from "./text-area-field.tsx";

interface MeetingFormProps {
  /** The meeting to edit; a new one when left out. */
  meeting?: Meeting;
  /** A refusal is shown beside the buttons, in the server's words. */
  onSubmit: (input: MeetingInput) => Promise<void>;
  onCancel?: () => void;
}

/** A comité as the facilitator records it: when and where, who came, the agenda, and each decision with its kind. */
export function MeetingForm({ meeting, onSubmit, onCancel }: MeetingFormProps) {
  const { space } = usePlan();
  const [draft, setDraft] = useState(() => draftOf(meeting));
  const [errors, setErrors] = useState<FieldErrors>({});
  const { failure, run } = useAsyncAction();
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  const change = (patch: Partial<MeetingDraft>) => setDraft((previous) => ({ ...previous, ...patch }));
  // Errors are keyed by a row's position: once a row is removed they would show on its neighbours.
  const changeRows = (patch: Pick<MeetingDraft, "attendees"> | Pick<MeetingDraft, "decisions">) => {
    const [before, after] =
      "attendees" in patch
        ? [draft.attendees.length, patch.attendees.length]
        : [draft.decisions.length, patch.decisions.length];
    if (after < before) setErrors({});
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
    const done = await run(() => onSubmit(reading.input));
    if (done && !meeting) setDraft(draftOf());
  }

  const titleId = meeting ? undefined : "meeting-form-title";
  return (
    <form
      ref={form}
      className="panel plan-form meeting-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={titleId}
      aria-label={meeting ? t.demarche.editFormLabel(meeting.title) : undefined}
    >
      {!meeting && <h4 id={titleId}>{t.plan.governance.addMeetingTitle}</h4>}
      <div className="plan-form__row plan-fields-row">
        <TextField
          type="date"
          label={t.plan.governance.date}
          value={draft.date}
          error={errors.date}
          onChange={(event) => change({ date: event.target.value })}
        />
        <TextField
          label={t.plan.governance.meetingTitle}
          hint={t.plan.governance.meetingTitleHint}
          value={draft.title}
          error={errors.title}
          onChange={(event) => change({ title: event.target.value })}
        />
      </div>
      <div className="plan-form__row plan-form__row--even plan-fields-row">
        <SelectField
          label={t.plan.governance.kind}
          value={draft.kind}
          onChange={(kind) => change({ kind: kind as MeetingKind })}
        >
          {MEETING_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t.demarche.meetingKinds[kind]}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t.demarche.place}
          optional
          value={draft.place}
          error={errors.place}
          onChange={(event) => change({ place: event.target.value })}
        />
      </div>
      {draft.kind === "comite-operationnel" && (
        <SelectField label={t.demarche.board} value={draft.boardId} onChange={(boardId) => change({ boardId })}>
          <option value="">{t.demarche.noBoard}</option>
          {space.boards.map((board) => (
            <option key={board.id} value={board.id}>
              {board.theme}
            </option>
          ))}
        </SelectField>
      )}
      <TextAreaField
        label={t.demarche.agenda}
        optional
        rows={3}
        value={draft.agenda}
        error={errors.agenda}
        onChange={(event) => change({ agenda: event.target.value })}
      />
      <AttendeeRows attendees={draft.attendees} errors={errors} onChange={(attendees) => changeRows({ attendees })} />
      <DecisionRows decisions={draft.decisions} errors={errors} onChange={(decisions) => changeRows({ decisions })} />
      <div className="actions">
        <button type="submit" className="button button--primary">
          {meeting ? t.form.save : t.plan.governance.addMeeting}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t.form.cancel}
          </button>
        )}
        {failure && <p className="plan-error">{failure}</p>}
      </div>
    </form>
  );
}
