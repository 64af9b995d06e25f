import type { Demarche, Meeting, MeetingInput, PlanningPatch, ReopeningInput } from "@atelier/shared";
import { downloaded, request, spaceEndpoint } from "./request.ts";

const meetingsEndpoint = (spaceId: string) => `${spaceEndpoint(spaceId)}/meetings`;
const meetingEndpoint = (spaceId: string, meetingId: string) =>
  `${meetingsEndpoint(spaceId)}/${encodeURIComponent(meetingId)}`;
const demarcheEndpoint = (spaceId: string) => `${spaceEndpoint(spaceId)}/demarche`;

/** The démarche and its comités: facilitators, partners and observers read; facilitators record and edit. */
export const governanceApi = {
  meetings: (spaceId: string, token: string) => request<Meeting[]>("GET", meetingsEndpoint(spaceId), { token }),
  addMeeting: (spaceId: string, token: string, meeting: MeetingInput) =>
    request<Meeting>("POST", meetingsEndpoint(spaceId), { body: meeting, token }),
  /** The whole meeting as edited: the form always sends every field. */
  updateMeeting: (spaceId: string, token: string, meetingId: string, meeting: MeetingInput) =>
    request<Meeting>("PATCH", meetingEndpoint(spaceId, meetingId), { body: meeting, token }),
  deleteMeeting: (spaceId: string, token: string, meetingId: string) =>
    request<void>("DELETE", meetingEndpoint(spaceId, meetingId), { token }),
  /** The relevé de décisions as a file, named as the server names it. */
  releve: (spaceId: string, token: string, meetingId: string) =>
    downloaded(`${meetingEndpoint(spaceId, meetingId)}/releve.docx`, token, "releve-decisions.docx"),
  demarche: (spaceId: string, token: string) => request<Demarche>("GET", demarcheEndpoint(spaceId), { token }),
  updatePlanning: (spaceId: string, token: string, planning: PlanningPatch) =>
    request<Demarche>("PATCH", demarcheEndpoint(spaceId), { body: planning, token }),
  reopen: (spaceId: string, token: string, reopening: ReopeningInput) =>
    request<Demarche>("POST", `${demarcheEndpoint(spaceId)}/reopenings`, { body: reopening, token }),
};
