import {
  type Decision,
  type Demarche,
  deriveDemarche,
  type Meeting,
  type MeetingFields,
  type MeetingPatch,
  type PlanningPatchSchema,
  type Reopening,
  type ReopeningInputSchema,
} from "@atelier/shared";
import type { z } from "zod/mini";
import { type Outcome, refused } from "../outcome.ts";
import { newId } from "../spaces/secrets.ts";
import type { MeetingRecord } from "../store/governance-store.ts";
import type { Store } from "../store/store.ts";
import type { DecisionsHeader } from "./decisions-docx.ts";

/**
 * Today in France, as meetings are dated (whatever the server's own time zone): a decision counts once its meeting
 * has taken place.
 */
export function today(): string {
  return new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Paris" });
}

function meetingView({ spaceId: _, ...meeting }: MeetingRecord): Meeting {
  return meeting;
}

/** The démarche CTG as the comités run it: meetings and their decisions, the retro-planning, re-opened steps. */
export class GovernanceService {
  private readonly store: Store;

  constructor(store: Store) {
    this.store = store;
  }

  async meetings(spaceId: string): Promise<Meeting[]> {
    return (await this.store.governance.listMeetings(spaceId)).map(meetingView);
  }

  async meeting(spaceId: string, meetingId: string): Promise<Outcome<Meeting>> {
    const found = await this.store.governance.findMeeting(spaceId, meetingId);
    return found ? { ok: true, value: meetingView(found) } : refused(404, "meetingNotFound");
  }

  /** A meeting and what its relevé de décisions names beside it. */
  async releve(spaceId: string, meetingId: string): Promise<Outcome<{ meeting: Meeting; header: DecisionsHeader }>> {
    const [space, meeting, boards] = await Promise.all([
      this.store.spaces.get(spaceId),
      this.store.governance.findMeeting(spaceId, meetingId),
      this.store.spaces.listBoards(spaceId),
    ]);
    if (!space || !meeting) return refused(404, "meetingNotFound");
    const boardTheme = boards.find((board) => board.id === meeting.boardId)?.theme ?? null;
    return { ok: true, value: { meeting: meetingView(meeting), header: { spaceName: space.name, boardTheme } } };
  }

  async addMeeting(spaceId: string, input: MeetingFields): Promise<Outcome<Meeting>> {
    const unknownBoard = await this.unknownBoard(spaceId, input.boardId);
    if (unknownBoard) return unknownBoard;
    const yearOutside = await this.bilanYearOutsidePeriod(spaceId, input.decisions);
    if (yearOutside) return yearOutside;
    const now = Date.now();
    const meeting: MeetingRecord = { ...input, id: newId(), spaceId, createdAt: now, updatedAt: now };
    await this.store.governance.addMeeting(meeting);
    return { ok: true, value: meetingView(meeting) };
  }

  async updateMeeting(spaceId: string, meetingId: string, patch: MeetingPatch): Promise<Outcome<Meeting>> {
    const stored = await this.store.governance.findMeeting(spaceId, meetingId);
    if (!stored) return refused(404, "meetingNotFound");
    const unknownBoard = patch.boardId === undefined ? undefined : await this.unknownBoard(spaceId, patch.boardId);
    if (unknownBoard) return unknownBoard;
    const yearOutside = await this.bilanYearOutsidePeriod(spaceId, patch.decisions ?? []);
    if (yearOutside) return yearOutside;
    const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    const meeting: MeetingRecord = { ...stored, ...defined, updatedAt: Date.now() };
    if (!(await this.store.governance.replaceMeeting(meeting))) return refused(404, "meetingNotFound");
    return { ok: true, value: meetingView(meeting) };
  }

  async deleteMeeting(spaceId: string, meetingId: string): Promise<Outcome<null>> {
    const outcome = await this.store.governance.deleteMeeting(spaceId, meetingId);
    if (outcome === "missing") return refused(404, "meetingNotFound");
    if (outcome === "referenced") {
      return refused(409, "meetingReferenced");
    }
    return { ok: true, value: null };
  }

  async demarche(spaceId: string, on = today()): Promise<Demarche> {
    const { meetings, planning, reopenings, period } = await this.records(spaceId);
    return deriveDemarche(meetings, planning, reopenings, on, period);
  }

  async updatePlanning(spaceId: string, input: z.output<typeof PlanningPatchSchema>): Promise<Demarche> {
    await this.store.governance.updatePlanning(spaceId, input.planned);
    return this.demarche(spaceId);
  }

  /** Only a validated step re-opens, and only from its validation on: earlier, the re-opening would change nothing. */
  async reopen(spaceId: string, input: z.output<typeof ReopeningInputSchema>): Promise<Outcome<Demarche>> {
    const now = today();
    const on = input.on ?? now;
    if (on > now) return refused(409, "reopeningInFuture");
    const { meetings, planning, reopenings, period } = await this.records(spaceId);
    const derive = (list: Reopening[]) => deriveDemarche(meetings, planning, list, now, period);
    const stateOf = (demarche: Demarche) => demarche.steps.find((step) => step.step === input.step)?.state;
    if (stateOf(derive(reopenings)) !== "validee") return refused(409, "reopeningNotValidated");
    const reopening = { id: newId(), step: input.step, reason: input.reason, on, recordedAt: Date.now() };
    const after = derive([...reopenings, reopening]);
    if (stateOf(after) === "validee") {
      return refused(409, "reopeningBeforeValidation");
    }
    await this.store.governance.addReopening(spaceId, reopening);
    return { ok: true, value: after };
  }

  private async records(spaceId: string) {
    const { governance, spaces } = this.store;
    const [space, meetings, planning, reopenings] = await Promise.all([
      spaces.get(spaceId),
      governance.listMeetings(spaceId),
      governance.planning(spaceId),
      governance.listReopenings(spaceId),
    ]);
    // The routes let in only those with access to the space: it exists.
    if (!space) throw new Error(`Espace ${spaceId} introuvable.`);
    return { meetings, planning, reopenings, period: { start: space.periodStart, end: space.periodEnd } };
  }

  /** A bilan annuel names a year of the convention: another would be stored and count for nothing. */
  private async bilanYearOutsidePeriod(spaceId: string, decisions: readonly Decision[]) {
    const years = decisions.flatMap((decision) => (decision.year === undefined ? [] : [decision.year]));
    if (years.length === 0) return undefined;
    const space = await this.store.spaces.get(spaceId);
    if (!space || years.every((year) => year >= space.periodStart && year <= space.periodEnd)) return undefined;
    return refused(400, "bilanYearOutsidePeriod", { start: space.periodStart, end: space.periodEnd });
  }

  private async unknownBoard(spaceId: string, boardId: string | null) {
    if (boardId === null) return undefined;
    const boards = await this.store.spaces.listBoards(spaceId);
    return boards.some((board) => board.id === boardId) ? undefined : refused(404, "thematicGroupUnknown");
  }
}
