import { type Meeting, SignatureInputSchema } from "@atelier/shared";
import { type FormEvent, useState } from "react";
import { type PlanVersionView, planApi } from "../../api/plan-api.ts";
import { t } from "../../i18n/text.ts";
import { CheckboxGroup } from "../../ui/choice-group.tsx";
import { TextField } from "../../ui/text-field.tsx";
import { useAsyncAction } from "../../ui/use-async-action.ts";
import { formatDate, formatDateTime } from "../dates.ts";
import { SelectField } from "../fiche/live-field.tsx";
import { usePlan } from "../plan-context.ts";
import { refusal } from "../validation.ts";

interface SignFormProps {
  versions: PlanVersionView[];
  meetings: Meeting[];
  /** A version is already signed: replacing it asks for a reason, as the server does. */
  replacing: boolean;
  onSigned: () => Promise<void>;
}

/** Marks a frozen version as the signed one: the day, the parties who signed, the comité that decided it. */
export function SignForm({ versions, meetings, replacing, onSigned }: SignFormProps) {
  const { space, token, announce } = usePlan();
  const [versionId, setVersionId] = useState(versions[0]?.id ?? "");
  const [signedOn, setSignedOn] = useState("");
  // Parties by their position in the space's list: what the API takes, and unique even when two share a name.
  const [signatories, setSignatories] = useState<string[]>([]);
  const [meetingId, setMeetingId] = useState("");
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { failure, run } = useAsyncAction();
  const deciding = meetings.filter((meeting) => meeting.decisions.some((decision) => decision.kind === "signature"));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    const parsed = SignatureInputSchema.safeParse({
      signedOn,
      signatories: signatories.map(Number),
      meetingId: meetingId || null,
      ...(replacing ? { reason } : {}),
    });
    const missingReason = replacing && !reason.trim() ? t.plan.governance.reasonRequired : null;
    setError(refusal(parsed) ?? missingReason);
    if (!parsed.success || missingReason) return;
    const label = versions.find((version) => version.id === versionId)?.label ?? "";
    const signed = await run(async () => {
      await planApi.sign(space.id, token, versionId, parsed.data);
      await onSigned();
    });
    if (!signed) return;
    setReason("");
    // A first signature folds this form away (the section then leads with the signed version): told out of its focus.
    if (replacing) setDone(t.plan.governance.signed(label));
    else announce(t.plan.governance.signed(label));
  }

  return (
    <form className="panel plan-form" onSubmit={submit} noValidate aria-labelledby="sign-title">
      <h4 id="sign-title">{t.plan.governance.signTitle}</h4>
      <p className="muted">{t.plan.governance.signIntro}</p>
      <div className="plan-form__row plan-form__row--even plan-fields-row">
        <SelectField label={t.plan.governance.signVersion} value={versionId} onChange={setVersionId}>
          {versions.map((version) => (
            <option key={version.id} value={version.id}>
              {t.plan.governance.versionOption(version.label, formatDateTime(version.createdAt))}
            </option>
          ))}
        </SelectField>
        <TextField
          type="date"
          label={t.plan.governance.signDate}
          value={signedOn}
          onChange={(event) => setSignedOn(event.target.value)}
        />
      </div>
      {space.parties.length === 0 ? (
        <p className="muted">{t.plan.governance.noParties}</p>
      ) : (
        <CheckboxGroup
          legend={t.plan.governance.signatories}
          choices={space.parties.map((party, index) => ({ value: String(index), label: party.name }))}
          values={signatories}
          onChange={setSignatories}
        />
      )}
      <SelectField
        label={t.plan.governance.signMeeting}
        hint={t.plan.governance.signMeetingHint(t.demarche.decisionKinds.signature)}
        value={meetingId}
        onChange={setMeetingId}
      >
        <option value="">{t.plan.governance.lastSigningMeeting}</option>
        {deciding.map((meeting) => (
          <option key={meeting.id} value={meeting.id}>
            {t.plan.governance.meetingOption(meeting.title, formatDate(meeting.date))}
          </option>
        ))}
      </SelectField>
      {replacing && (
        <TextField
          label={t.plan.governance.replaceReason}
          hint={t.plan.governance.replaceReasonHint}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      )}
      {error && (
        <p className="plan-error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button--primary">
          {t.plan.governance.sign}
        </button>
        <p role="status" className="plan-outcome">
          {failure ? <span className="plan-error">{failure}</span> : done}
        </p>
      </div>
    </form>
  );
}

/** Withdraws the signature in force: never without a reason, which stays beside it. */
export function WithdrawForm({ onWithdrawn }: { onWithdrawn: () => Promise<void> }) {
  const { space, token, announce } = usePlan();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const { failure, run } = useAsyncAction();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing = reason.trim() ? null : t.plan.governance.reasonRequired;
    setError(missing);
    if (missing) return;
    const withdrawn = await run(async () => {
      await planApi.withdrawSignature(space.id, token, reason.trim());
      await onWithdrawn();
    });
    // This form is gone once the signature is: the news is told out of its focus.
    if (withdrawn) announce(t.plan.governance.withdrawnDone);
  }

  return (
    <form className="panel plan-form" onSubmit={submit} noValidate aria-labelledby="withdraw-title">
      <h4 id="withdraw-title">{t.plan.governance.withdrawTitle}</h4>
      <TextField
        label={t.plan.governance.withdrawReason}
        value={reason}
        error={error ?? undefined}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="actions">
        <button type="submit" className="button">
          {t.plan.governance.withdraw}
        </button>
        <p role="status" className="plan-outcome">
          {failure && <span className="plan-error">{failure}</span>}
        </p>
      </div>
    </form>
  );
}
