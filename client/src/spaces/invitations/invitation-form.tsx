import { type BoardView, INVITED_ROLES, type NewInvitation } from "@atelier/shared";
import { type FormEvent, useRef, useState } from "react";
import { failureMessage } from "../../api/request.ts";
import type { FieldErrors } from "../../forms/field-errors.ts";
import { useFocusFirstInvalid } from "../../forms/use-focus-first-invalid.ts";
import { t } from "../../i18n/text.ts";
import { RadioGroup } from "../../ui/choice-group.tsx";
import { TextField } from "../../ui/text-field.tsx";
import { BoardScopeFields } from "./board-scope-fields.tsx";
import { ExpiryFields } from "./expiry-fields.tsx";
import { HabitantFields } from "./habitant-fields.tsx";
import { EMPTY_DRAFT, type InvitationDraft, readDraft } from "./invitation-draft.ts";

const ROLE_CHOICES = INVITED_ROLES.map((role) => ({ value: role, ...t.invitations.roles[role] }));

interface InvitationFormProps {
  boards: BoardView[];
  onCreate: (invitation: NewInvitation) => Promise<void>;
}

export function InvitationForm({ boards, onCreate }: InvitationFormProps) {
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);
  const change = (patch: Partial<InvitationDraft>) => setDraft((previous) => ({ ...previous, ...patch }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const reading = readDraft(draft, new Date());
    if (!reading.ok) {
      setErrors(reading.errors);
      return;
    }
    setErrors({});
    setSubmitting(true);
    try {
      await onCreate(reading.invitation);
      // The next link is most often for the same public and boards: only its name changes.
      change({ label: "" });
    } catch (error) {
      setFailure(failureMessage(error));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form ref={form} className="panel invite-form" onSubmit={submit} noValidate aria-labelledby="invite-form-title">
      <h3 id="invite-form-title">{t.invitations.formTitle}</h3>
      <RadioGroup
        legend={t.invitations.roleLegend}
        choices={ROLE_CHOICES}
        value={draft.role}
        onChange={(role) => change({ role })}
      />
      <TextField
        label={t.invitations.labelLabel}
        hint={t.invitations.labelHint}
        error={errors.label}
        value={draft.label}
        onChange={(event) => change({ label: event.target.value })}
        autoComplete="off"
        required
      />
      <BoardScopeFields boards={boards} draft={draft} onChange={change} error={errors.boardIds} />
      <ExpiryFields draft={draft} onChange={change} error={errors.expiresAt} />
      <TextField
        label={t.invitations.maxUsesLabel}
        hint={t.invitations.maxUsesHint}
        optional
        error={errors.maxUses}
        value={draft.maxUses}
        onChange={(event) => change({ maxUses: event.target.value })}
        type="number"
        inputMode="numeric"
        min={1}
      />
      {draft.role === "habitant" && <HabitantFields draft={draft} onChange={change} error={errors.kinds} />}
      {failure && (
        <p className="alert alert--error" role="alert">
          {failure}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={submitting}>
        {submitting ? t.invitations.submitting : t.invitations.submit}
      </button>
    </form>
  );
}
