import { avenantOwnLabel, type ConventionStatus, type Meeting } from "@atelier/shared";
import { CURRENT_PLAN, type PlanVersionView, SIGNED_PLAN } from "../../api/plan-api.ts";
import { t } from "../../i18n/text.ts";
import { formatDate, formatDateTime } from "../dates.ts";
import { usePlan } from "../plan-context.ts";
import { SignForm } from "./sign-form.tsx";
import { SignatureChanges } from "./signature-changes.tsx";

interface ConventionSectionProps {
  convention: ConventionStatus;
  versions: PlanVersionView[];
  meetings: Meeting[];
  onChanged: () => Promise<void>;
  /** Opens the comparison below on these two versions. */
  onCompare: (from: string, to: string) => void;
}

/** The signed version of the plan, who signed it and when, and the avenants frozen since. */
export function ConventionSection({ convention, versions, meetings, onChanged, onCompare }: ConventionSectionProps) {
  const { canEdit } = usePlan();
  const { signature, avenants, withdrawn } = convention;
  const labelOf = (versionId: string) => versions.find((version) => version.id === versionId)?.label ?? versionId;
  const meetingOf = (meetingId: string | null) => meetings.find((meeting) => meeting.id === meetingId);
  const signingMeeting = meetingOf(signature?.meetingId ?? null);
  return (
    <section className="plan-governance__block" aria-labelledby="convention-title">
      <h3 id="convention-title">{t.plan.governance.conventionTitle}</h3>
      {signature ? (
        <div className="plan-version plan-version--signed">
          <span className="plan-version__label">{t.plan.governance.signedOn(formatDate(signature.signedOn))}</span>
          <span>{labelOf(signature.versionId)}</span>
          <span className="muted">
            {t.plan.governance.signedBy(signature.signatories.map((party) => party.name).join(", "))}
            {signingMeeting &&
              ` · ${t.plan.governance.forMeeting(signingMeeting.title, formatDate(signingMeeting.date))}`}
          </span>
          <button type="button" className="button button--small" onClick={() => onCompare(SIGNED_PLAN, CURRENT_PLAN)}>
            {t.plan.governance.compareCurrentWithSigned}
          </button>
        </div>
      ) : (
        <p className="muted">{t.plan.governance.notSigned}</p>
      )}
      {signature && (
        <>
          <h4>{t.plan.governance.avenantsTitle}</h4>
          {avenants.length === 0 ? (
            <p className="muted">{t.plan.governance.noAvenants}</p>
          ) : (
            <ol className="plan-versions">
              {avenants.map((avenant) => {
                const meeting = meetingOf(avenant.meetingId);
                return (
                  <li key={avenant.versionId} className="plan-version">
                    <span className="plan-version__label">
                      {t.plan.governance.avenantLabel(
                        avenant.number,
                        avenantOwnLabel(avenant.label),
                        avenant.decidedOn && formatDate(avenant.decidedOn),
                      )}
                    </span>
                    <span className="muted">
                      {meeting && `${meeting.title} · `}
                      {t.plan.governance.frozenOn(formatDateTime(avenant.createdAt))}
                    </span>
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => onCompare(SIGNED_PLAN, avenant.versionId)}
                    >
                      {t.plan.governance.compareWithSigned}
                    </button>
                  </li>
                );
              })}
            </ol>
          )}
        </>
      )}
      {withdrawn.length > 0 && (
        <ul className="muted">
          {withdrawn.map((earlier) => (
            <li key={earlier.id}>
              {t.plan.governance.withdrawnSignature(
                labelOf(earlier.versionId),
                formatDate(earlier.signedOn),
                earlier.withdrawn?.reason ?? "",
              )}
            </li>
          ))}
        </ul>
      )}
      {/* Unsigned, marking the signed version is what the section is for; signed, changing it is folded away. */}
      {canEdit && !signature && versions.length > 0 && (
        <SignForm versions={versions} meetings={meetings} replacing={false} onSigned={onChanged} />
      )}
      {canEdit && signature && <SignatureChanges versions={versions} meetings={meetings} onChanged={onChanged} />}
    </section>
  );
}
