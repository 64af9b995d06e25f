import type { Meeting, MeetingInput } from "@atelier/shared";
import { useState } from "react";
import { governanceApi } from "../../api/governance-api.ts";
import { t } from "../../i18n/text.ts";
import { usePlan } from "../plan-context.ts";
import { MeetingForm } from "./meeting-form.tsx";
import { MeetingItem } from "./meeting-item.tsx";

/** The comités where the démarche moved on: recorded, edited and deleted by facilitators, read by the others. */
export function MeetingsSection({ meetings, onChanged }: { meetings: Meeting[]; onChanged: () => Promise<void> }) {
  const { space, token, canEdit } = usePlan();
  const [announcement, setAnnouncement] = useState("");

  async function add(input: MeetingInput) {
    setAnnouncement("");
    await governanceApi.addMeeting(space.id, token, input);
    await onChanged();
    setAnnouncement(t.plan.governance.meetingAdded(input.title));
  }

  return (
    // The meeting form has rows of attendees and decisions: it takes the page's width, versions go below.
    <section className="plan-governance__block plan-governance__block--wide" aria-labelledby="meetings-title">
      <h3 id="meetings-title">{t.plan.governance.meetingsTitle}</h3>
      {meetings.length === 0 ? (
        <p className="muted">{t.plan.governance.noMeetings}</p>
      ) : (
        <ol className="plan-meetings">
          {meetings.map((meeting) => (
            <MeetingItem
              key={meeting.id}
              meeting={meeting}
              announce={setAnnouncement}
              onSaved={async (input) => {
                setAnnouncement("");
                await governanceApi.updateMeeting(space.id, token, meeting.id, input);
                await onChanged();
                setAnnouncement(t.demarche.saved(input.title));
              }}
              onDeleted={async () => {
                await governanceApi.deleteMeeting(space.id, token, meeting.id);
                await onChanged();
                setAnnouncement(t.demarche.deleted(meeting.title));
              }}
            />
          ))}
        </ol>
      )}
      {canEdit && <MeetingForm onSubmit={add} />}
      <p role="status" className="plan-outcome">
        {announcement}
      </p>
    </section>
  );
}
