import { MEETING_KINDS, MeetingInputSchema } from "@atelier/shared";
import { type FormEvent, useRef, useState } from "react";
import { type FieldErrors, fieldErrors } from "../../forms/field-errors.ts";
import { useFocusFirstInvalid } from "../../forms/use-focus-first-invalid.ts";
import { t } from "../../i18n/text.ts";
import { RadioGroup } from "../../ui/choice-group.tsx";
import { TextField } from "../../ui/text-field.tsx";
import { useAsyncAction } from "../../ui/use-async-action.ts";
import { formatDate } from "../dates.ts";
import { type MeetingView, planApi } from "../plan-api.ts";
import { usePlan } from "../plan-context.ts";
import { TextAreaField } from "./text-area-field.tsx";

type MeetingKind = (typeof MEETING_KINDS)[number];

const KIND_CHOICES = MEETING_KINDS.map((kind) => ({ value: kind, label: t.plan.governance.kinds[kind] }));

/** The comités where the plan was discussed, validated or changed, with what they decided. */
export function MeetingsSection({ meetings, onAdded }: { meetings: MeetingView[]; onAdded: () => Promise<void> }) {
  const { canEdit } = usePlan();
  return (
    <section className="plan-governance__block" aria-labelledby="meetings-title">
      <h3 id="meetings-title">{t.plan.governance.meetingsTitle}</h3>
      {meetings.length === 0 ? (
        <p className="muted">{t.plan.governance.noMeetings}</p>
      ) : (
        <ol className="plan-meetings">
          {meetings.map((meeting) => (
            <li key={meeting.id} className="plan-meeting">
              <p className="plan-meeting__when">
                <span className="badge">{t.plan.governance.kinds[meeting.kind]}</span>{" "}
                <time dateTime={meeting.date}>{formatDate(meeting.date)}</time>
              </p>
              <h4>{meeting.title}</h4>
              {meeting.decisions && (
                <div className="plan-meeting__decisions">
                  <span className="plan-meeting__label">{t.plan.governance.decisions}</span>
                  <p>{meeting.decisions}</p>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {canEdit && <MeetingForm onAdded={onAdded} />}
    </section>
  );
}

const EMPTY = { date: "", kind: "copil" as MeetingKind, title: "", decisions: "" };

function MeetingForm({ onAdded }: { onAdded: () => Promise<void> }) {
  const { space, token } = usePlan();
  const [fields, setFields] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [added, setAdded] = useState<string | null>(null);
  const { failure, run } = useAsyncAction();
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAdded(null);
    const parsed = MeetingInputSchema.safeParse(fields);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    const done = await run(async () => {
      await planApi.addMeeting(space.id, token, parsed.data);
      await onAdded();
    });
    if (done) {
      setFields(EMPTY);
      setAdded(t.plan.governance.meetingAdded(parsed.data.title));
    }
  }

  return (
    <form ref={form} className="panel plan-form" onSubmit={submit} noValidate aria-labelledby="meeting-form-title">
      <h4 id="meeting-form-title">{t.plan.governance.addMeetingTitle}</h4>
      <div className="plan-form__row plan-fields-row">
        <TextField
          type="date"
          label={t.plan.governance.date}
          value={fields.date}
          error={errors.date}
          onChange={(event) => setFields({ ...fields, date: event.target.value })}
        />
        <TextField
          label={t.plan.governance.meetingTitle}
          hint={t.plan.governance.meetingTitleHint}
          value={fields.title}
          error={errors.title}
          onChange={(event) => setFields({ ...fields, title: event.target.value })}
        />
      </div>
      <RadioGroup
        legend={t.plan.governance.kind}
        choices={KIND_CHOICES}
        value={fields.kind}
        onChange={(kind) => setFields({ ...fields, kind })}
      />
      <TextAreaField
        label={t.plan.governance.decisions}
        hint={t.plan.governance.decisionsHint}
        optional
        value={fields.decisions}
        error={errors.decisions}
        onChange={(event) => setFields({ ...fields, decisions: event.target.value })}
      />
      <div className="actions">
        <button type="submit" className="button button--primary">
          {t.plan.governance.addMeeting}
        </button>
        <p role="status" className="plan-outcome">
          {failure ? <span className="plan-error">{failure}</span> : added}
        </p>
      </div>
    </form>
  );
}
