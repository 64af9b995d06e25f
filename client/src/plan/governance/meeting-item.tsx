import type { Meeting, MeetingInput } from "@atelier/shared";
import { useState } from "react";
import { governanceApi } from "../../api/governance-api.ts";
import { useFocusReturn } from "../../forms/use-focus-return.ts";
import { t } from "../../i18n/text.ts";
import { ConfirmButton } from "../../ui/confirm-button.tsx";
import { useAsyncAction } from "../../ui/use-async-action.ts";
import { formatDate } from "../dates.ts";
import { usePlan } from "../plan-context.ts";
import { saveFile } from "../save-file.ts";
import { MeetingForm } from "./meeting-form.tsx";

interface MeetingItemProps {
  meeting: Meeting;
  onSaved: (input: MeetingInput) => Promise<void>;
  onDeleted: () => Promise<void>;
  announce: (message: string) => void;
}

/** One comité: what it decided at a glance, its agenda and attendees on request, its relevé de décisions. */
export function MeetingItem({ meeting, onSaved, onDeleted, announce }: MeetingItemProps) {
  const { space, token, canEdit } = usePlan();
  const [editing, setEditing] = useState(false);
  const editButton = useFocusReturn<HTMLButtonElement>(editing);
  const download = useAsyncAction();
  const present = meeting.attendees.filter((attendee) => attendee.attendance === "present");
  const excused = meeting.attendees.filter((attendee) => attendee.attendance === "excuse");
  const board = space.boards.find((candidate) => candidate.id === meeting.boardId);

  if (editing) {
    return (
      <li className="plan-meeting">
        <MeetingForm
          meeting={meeting}
          onSubmit={async (input) => {
            await onSaved(input);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }

  async function downloadReleve() {
    await download.run(async () => {
      const { blob, fileName } = await governanceApi.releve(space.id, token, meeting.id);
      saveFile(blob, fileName);
      announce(t.demarche.downloaded(fileName));
    });
  }

  const people = (list: Meeting["attendees"]) =>
    list.map((attendee) => (attendee.organisation ? `${attendee.name} (${attendee.organisation})` : attendee.name));

  return (
    <li className="plan-meeting">
      <p className="plan-meeting__when">
        <span className="badge">{t.demarche.meetingKinds[meeting.kind]}</span>{" "}
        <time dateTime={meeting.date}>{formatDate(meeting.date)}</time>
        {meeting.place && ` · ${meeting.place}`}
        {board && ` · ${board.theme}`}
      </p>
      <h4>{meeting.title}</h4>
      {meeting.decisions.length > 0 && (
        <ul className="plan-meeting__decisions" aria-label={t.demarche.decisionsLegend}>
          {meeting.decisions.map((decision, index) => (
            // Decisions have no id of their own: their place in the relevé is what names them.
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is read-only here.
            <li key={index}>
              <span className="plan-meeting__label">
                {decision.year
                  ? t.demarche.decisionOfYear(t.demarche.decisionKinds[decision.kind], decision.year)
                  : t.demarche.decisionKinds[decision.kind]}
              </span>
              <p>{decision.text}</p>
            </li>
          ))}
        </ul>
      )}
      {(meeting.agenda || meeting.attendees.length > 0) && (
        <details className="plan-meeting__details">
          <summary>{t.demarche.details}</summary>
          {meeting.agenda && (
            <div>
              <span className="plan-meeting__label">{t.demarche.agenda}</span>
              <p className="plan-meeting__agenda">{meeting.agenda}</p>
            </div>
          )}
          {present.length > 0 && (
            <p>
              <span className="plan-meeting__label">{t.demarche.present(present.length)}</span>{" "}
              {people(present).join(", ")}
            </p>
          )}
          {excused.length > 0 && (
            <p>
              <span className="plan-meeting__label">{t.demarche.excused(excused.length)}</span>{" "}
              {people(excused).join(", ")}
            </p>
          )}
        </details>
      )}
      <div className="plan-meeting__actions">
        <button
          type="button"
          className="button button--small"
          aria-label={t.demarche.releveLabel(meeting.title)}
          onClick={downloadReleve}
        >
          {t.demarche.releve}
        </button>
        {canEdit && (
          <>
            <button
              ref={editButton}
              type="button"
              className="button button--small"
              aria-label={t.demarche.editLabel(meeting.title)}
              onClick={() => setEditing(true)}
            >
              {t.demarche.edit}
            </button>
            <ConfirmButton
              label={t.demarche.delete}
              accessibleLabel={t.demarche.deleteLabel(meeting.title)}
              question={t.demarche.deleteQuestion(meeting.title)}
              confirmLabel={t.demarche.delete}
              onConfirm={onDeleted}
            />
          </>
        )}
      </div>
      {download.failure && <p className="plan-error">{download.failure}</p>}
    </li>
  );
}
