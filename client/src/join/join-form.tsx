import type { ClosedLinkReason, InvitedRole, JoinKey } from "@atelier/shared";
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { useLocation } from "wouter";
import { storeParticipantAccess } from "../access/participant-access.ts";
import { accessApi } from "../api/access-api.ts";
import { failureMessage, loadedOnDemand } from "../api/request.ts";
import type { FieldErrors } from "../forms/field-errors.ts";
import { useFocusFirstInvalid } from "../forms/use-focus-first-invalid.ts";
import { t } from "../i18n/text.ts";
import { participationPath, spacePath } from "../routes.ts";
import { TextField } from "../ui/text-field.tsx";
import { ClosedLink, closedLinkReason } from "./closed-link.tsx";
import { NO_ORGANISATION, organisationErrors, organisationText } from "./organisation.ts";
import { OrganisationFields } from "./organisation-fields.tsx";
import { PrivacyNotice } from "./privacy-notice.tsx";

/** Asked for as the form shows, so that it has come by the time the form is sent. */
const loadCheck = loadedOnDemand(() => import("./join-check.ts"));

/** The link may die between the page's check and the join (revoked, used up): then it says why. */
type Failure = { message: string; closed: ClosedLinkReason | null };

interface JoinFormProps {
  joinKey: JoinKey;
  /** What the link grants, or its address's hint when the server could not be asked. */
  role: InvitedRole | null;
  closedAdvice?: ReactNode;
  /** Once joined, or once the link turns out dead at the join. */
  onSettled?: () => void;
}

export function JoinForm({ joinKey, role, closedAdvice, onSettled }: JoinFormProps) {
  const [, navigate] = useLocation();
  const [name, setName] = useState("");
  const [organisation, setOrganisation] = useState(NO_ORGANISATION);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);
  useEffect(() => {
    loadCheck().catch(() => {});
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const partner = role === "partner";
    setSubmitting(true);
    try {
      const checked = (await loadCheck()).checkJoin({
        ...joinKey,
        displayName: name,
        organisation: partner ? organisationText(organisation) : "",
      });
      const found = {
        ...(checked.ok ? {} : checked.errors),
        ...(partner ? organisationErrors(organisation) : {}),
      };
      setErrors(found);
      if (!checked.ok || Object.keys(found).length > 0) {
        setSubmitting(false);
        return;
      }
      const { participantToken, ...view } = await accessApi.join(checked.value);
      storeParticipantAccess({ token: participantToken, view });
      onSettled?.();
      // Replace: going back must not land on a link that has been used.
      navigate(view.role === "habitant" ? participationPath(view.spaceId) : spacePath(view.spaceId), { replace: true });
    } catch (error) {
      const closed = closedLinkReason(error);
      if (closed) onSettled?.();
      setFailure({ message: failureMessage(error), closed });
      setSubmitting(false);
    }
  }

  if (failure?.closed) return <ClosedLink reason={failure.closed} joinKey={joinKey} advice={closedAdvice} />;

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
