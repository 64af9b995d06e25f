import { JoinSchema } from "@atelier/shared";
import { type FormEvent, useRef, useState } from "react";
import { useLocation } from "wouter";
import type { ReceivedInvitation } from "../access/invitation-link.ts";
import { storeParticipantAccess } from "../access/participant-access.ts";
import { accessApi } from "../api/access-api.ts";
import { ApiError, failureMessage } from "../api/request.ts";
import { type FieldErrors, fieldErrors } from "../forms/field-errors.ts";
import { useFocusFirstInvalid } from "../forms/use-focus-first-invalid.ts";
import { t } from "../i18n/text.ts";
import { participationPath, spacePath } from "../routes.ts";
import { TextField } from "../ui/text-field.tsx";
import { NO_ORGANISATION, organisationErrors, organisationText } from "./organisation.ts";
import { OrganisationFields } from "./organisation-fields.tsx";
import { PrivacyNotice } from "./privacy-notice.tsx";

type Failure = { message: string; linkUnusable: boolean };

/** Unknown, revoked, expired or used-up: trying again with the same link cannot succeed. */
const isUnusableLink = (error: unknown) => error instanceof ApiError && (error.status === 404 || error.status === 410);

export function JoinForm({ invitation }: { invitation: ReceivedInvitation }) {
  const [, navigate] = useLocation();
  const role = invitation.roleHint;
  const [name, setName] = useState("");
  const [organisation, setOrganisation] = useState(NO_ORGANISATION);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const partner = role === "partner";
    const parsed = JoinSchema.safeParse({
      token: invitation.token,
      displayName: name,
      organisation: partner ? organisationText(organisation) : "",
    });
    const found = {
      ...(parsed.success ? {} : fieldErrors(parsed.error)),
      ...(partner ? organisationErrors(organisation) : {}),
    };
    if (!parsed.success || Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    setErrors({});
    setSubmitting(true);
    try {
      const { participantToken, ...view } = await accessApi.join(parsed.data);
      storeParticipantAccess({ token: participantToken, view });
      // Replace: going back must not land on a link that has been used.
      navigate(view.role === "habitant" ? participationPath(view.spaceId) : spacePath(view.spaceId), { replace: true });
    } catch (error) {
      setFailure({ message: failureMessage(error), linkUnusable: isUnusableLink(error) });
      setSubmitting(false);
    }
  }

  if (failure?.linkUnusable) {
    return (
      <div className="alert alert--error" role="alert">
        <h2>{t.join.unusableTitle}</h2>
        <p>{failure.message}</p>
        <p>{t.join.unusableAdvice}</p>
      </div>
    );
  }

  const habitant = role === "habitant";
  return (
    <form ref={form} className="join__form" onSubmit={submit} noValidate aria-label={t.join.title}>
      {habitant && <PrivacyNotice />}
      <TextField
        label={habitant ? t.join.pseudonymLabel : t.join.nameLabel}
        hint={habitant ? t.join.pseudonymHint : t.join.nameHint}
        error={errors.displayName}
        value={name}
        onChange={(event) => setName(event.target.value)}
        autoComplete={habitant ? "nickname" : "name"}
        required
      />
      {role === "partner" && (
        <OrganisationFields
          value={organisation}
          onChange={setOrganisation}
          choiceError={errors.organisationChoice}
          precisionError={errors.organisation}
        />
      )}
      {failure && (
        <p className="alert alert--error" role="alert">
          {failure.message}
        </p>
      )}
      <button type="submit" className="button button--primary button--wide" disabled={submitting}>
        {submitting ? t.join.submitting : t.join.submit}
      </button>
    </form>
  );
}
