import { type MeetingInput, type PlanningPatch, pathOf, type ReopeningInput } from "@atelier/shared";
import { downloaded, request } from "./request.ts";

/** The démarche and its comités: facilitators, partners and observers read; facilitators record and edit. */
export const governanceApi = {
  meetings: (spaceId: string, token: string) => request("GET /spaces/:spaceId/meetings", { spaceId }, { token }),
  addMeeting: (spaceId: string, token: string, meeting: MeetingInput) =>
    request("POST /spaces/:spaceId/meetings", { spaceId }, { body: meeting, token }),
  /** The whole meeting as edited: the form always sends every field. */
  updateMeeting: (spaceId: string, token: string, meetingId: string, meeting: MeetingInput) =>
    request("PATCH /spaces/:spaceId/meetings/:meetingId", { spaceId, meetingId }, { body: meeting, token }),
  deleteMeeting: (spaceId: string, token: string, meetingId: string) =>
    request("DELETE /spaces/:spaceId/meetings/:meetingId", { spaceId, meetingId }, { token }),
  /** The relevé de décisions as a file, named as the server names it. */
  releve: (spaceId: string, token: string, meetingId: string) =>
    downloaded(
      pathOf("/spaces/:spaceId/meetings/:meetingId/releve.docx", { spaceId, meetingId }),
      token,
      "releve-decisions.docx",
    ),
  demarche: (spaceId: string, token: string) => request("GET /spaces/:spaceId/demarche", { spaceId }, { token }),
  updatePlanning: (spaceId: string, token: string, planning: PlanningPatch) =>
    request("PATCH /spaces/:spaceId/demarche", { spaceId }, { body: planning, token }),
  reopen: (spaceId: string, token: string, reopening: ReopeningInput) =>
    request("POST /spaces/:spaceId/demarche/reopenings", { spaceId }, { body: reopening, token }),
};
