import { type ConventionStatus, type Meeting, PlanVersionInputSchema } from "@atelier/shared";
import { type FormEvent, useRef, useState } from "react";
import { type PlanVersionView, planApi } from "../../api/plan-api.ts";
import { t } from "../../i18n/text.ts";
import { TextField } from "../../ui/text-field.tsx";
import { useAsyncAction } from "../../ui/use-async-action.ts";
import { formatDate, formatDateTime } from "../dates.ts";
import { SelectField } from "../fiche/live-field.tsx";
import { usePlan } from "../plan-context.ts";
import { refusal } from "../validation.ts";

interface VersionsSectionProps {
  versions: PlanVersionView[];
  meetings: Meeting[];
  convention: ConventionStatus;
  onFrozen: () => Promise<void>;
}

/** The versions of the plan kept for good, such as the one a COPIL validated. */
export function VersionsSection({ versions, meetings, convention, onFrozen }: VersionsSectionProps) {
  const { canEdit } = usePlan();
  return (
    <section className="plan-governance__block" aria-labelledby="versions-title">
      <h3 id="versions-title">{t.plan.governance.versionsTitle}</h3>
      {versions.length === 0 ? (
        <p className="muted">{t.plan.governance.noVersions}</p>
      ) : (
        <ol className="plan-versions">
          {versions.map((version) => {
            const meeting = meetings.find((candidate) => candidate.id === version.meetingId);
            const avenant = convention.avenants.find((candidate) => candidate.versionId === version.id);
            return (
              <li key={version.id} className="plan-version">
                {convention.signature?.versionId === version.id && (
                  <span className="plan-version__badge">{t.plan.governance.signedBadge}</span>
                )}
                {avenant && (
                  <span className="plan-version__badge">{t.plan.governance.avenantBadge(avenant.number)}</span>
                )}
                <span className="plan-version__label">{version.label}</span>
                <span className="muted">
                  {/* The comité's day is the version's; the day it was frozen is the tool's, said as such. */}
                  {meeting && `${t.plan.governance.forMeeting(meeting.title, formatDate(meeting.date))} · `}
                  {t.plan.governance.frozenOn(formatDateTime(version.createdAt))}
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {canEdit && <FreezeForm meetings={meetings} onFrozen={onFrozen} />}
    </section>
  );
}

function FreezeForm({ meetings, onFrozen }: { meetings: Meeting[]; onFrozen: () => Promise<void> }) {
  const { space, token } = usePlan();
  const [label, setLabel] = useState("");
  const [meetingId, setMeetingId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [frozen, setFrozen] = useState<string | null>(null);
  const { failure, run } = useAsyncAction();
  const input = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFrozen(null);
    const parsed = PlanVersionInputSchema.safeParse({ label, meetingId: meetingId || null });
    setError(refusal(parsed));
    if (!parsed.success) {
      input.current?.focus();
      return;
    }
    const done = await run(async () => {
      await planApi.freeze(space.id, token, parsed.data);
      await onFrozen();
    });
    if (done) {
      setLabel("");
      setMeetingId("");
      setFrozen(t.plan.governance.frozen(parsed.data.label));
    }
  }

  return (
    <form className="panel plan-form" onSubmit={submit} noValidate aria-labelledby="freeze-title">
      <h4 id="freeze-title">{t.plan.governance.freezeTitle}</h4>
      <p className="muted">{t.plan.governance.freezeIntro}</p>
      <div className="plan-form__row plan-form__row--even plan-fields-row">
        <TextField
          ref={input}
          label={t.plan.governance.versionLabel}
          hint={t.plan.governance.versionLabelHint}
          value={label}
          error={error ?? undefined}
          onChange={(event) => setLabel(event.target.value)}
        />
        <SelectField
          label={t.plan.governance.versionMeeting}
          hint={t.plan.governance.versionMeetingHint}
          value={meetingId}
          onChange={setMeetingId}
        >
          <option value="">{t.plan.governance.noMeeting}</option>
          {meetings.map((meeting) => (
            <option key={meeting.id} value={meeting.id}>
              {t.plan.governance.meetingOption(meeting.title, formatDate(meeting.date))}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary">
          {t.plan.governance.freeze}
        </button>
        <p role="status" className="plan-outcome">
          {failure ? <span className="plan-error">{failure}</span> : frozen}
        </p>
      </div>
    </form>
  );
}
