import { type Attendee, type Decision, type Meeting, type MeetingInput, MeetingInputSchema } from "@atelier/shared";
import { newId } from "../../board/new-id.ts";
import { type FieldErrors, fieldErrors } from "../../forms/field-errors.ts";

/** A row as typed; `key` keeps React's rows (and the focus) in place when one above is removed. */
export type AttendeeDraft = Attendee & { key: string };
export type DecisionDraft = Decision & { key: string };

export interface MeetingDraft {
  kind: Meeting["kind"];
  date: string;
  title: string;
  place: string;
  agenda: string;
  /** "" for none: a select's value. */
  boardId: string;
  attendees: AttendeeDraft[];
  decisions: DecisionDraft[];
}

export const newAttendee = (): AttendeeDraft => ({ key: newId(), name: "", organisation: "", attendance: "present" });
export const newDecision = (): DecisionDraft => ({ key: newId(), kind: "libre", text: "" });

export function draftOf(meeting?: Meeting): MeetingDraft {
  if (!meeting) {
    return { kind: "copil", date: "", title: "", place: "", agenda: "", boardId: "", attendees: [], decisions: [] };
  }
  return {
    ...meeting,
    boardId: meeting.boardId ?? "",
    attendees: meeting.attendees.map((attendee) => ({ ...attendee, key: newId() })),
    decisions: meeting.decisions.map((decision) => ({ ...decision, key: newId() })),
  };
}

/** The draft checked with the API's own schema: errors are keyed as the form's fields are ("decisions.0.text"). */
export function readDraft(draft: MeetingDraft): { ok: true; input: MeetingInput } | { ok: false; errors: FieldErrors } {
  const input = {
    ...draft,
    // Only a comité opérationnel gathers one thematic group.
    boardId: draft.kind === "comite-operationnel" && draft.boardId ? draft.boardId : null,
    attendees: draft.attendees.map(({ key: _, ...attendee }) => attendee),
    decisions: draft.decisions.map(({ key: _, ...decision }) => decision),
  };
  const parsed = MeetingInputSchema.safeParse(input);
  return parsed.success ? { ok: true, input } : { ok: false, errors: fieldErrors(parsed.error) };
}
