import type { Attendee, Decision, DemarcheStep, Meeting, MeetingKind, Planning, Reopening } from "@atelier/shared";
import type { SqlDatabase } from "./sql-database.ts";

export interface MeetingRecord extends Meeting {
  spaceId: string;
}

/** The démarche's records: meetings with their decisions, the retro-planning and the re-opened steps. */
export interface GovernanceStore {
  addMeeting(meeting: MeetingRecord): Promise<void>;
  /** By date, then in the order they were recorded. */
  listMeetings(spaceId: string): Promise<MeetingRecord[]>;
  findMeeting(spaceId: string, id: string): Promise<MeetingRecord | undefined>;
  replaceMeeting(meeting: MeetingRecord): Promise<boolean>;
  /**
   * Refuses (`referenced`) a meeting a version of the plan or a signature names: they must keep saying who decided.
   */
  deleteMeeting(spaceId: string, id: string): Promise<"deleted" | "missing" | "referenced">;
  planning(spaceId: string): Promise<Planning>;
  /** `null` clears a step's planned day; steps left out keep theirs. */
  updatePlanning(spaceId: string, planned: Partial<Record<DemarcheStep, string | null>>): Promise<void>;
  addReopening(spaceId: string, reopening: Reopening): Promise<void>;
  listReopenings(spaceId: string): Promise<Reopening[]>;
}

interface MeetingRow {
  id: string;
  space_id: string;
  date: string;
  kind: MeetingKind;
  title: string;
  /** The free text of meetings recorded before decisions had kinds. */
  decisions: string;
  decision_list: string | null;
  place: string;
  agenda: string;
  board_id: string | null;
  attendees: string;
  created_at: number;
  updated_at: number | null;
}

/** Stored JSON is read as written; a meeting from before structured decisions shows its text as one free decision. */
function toMeeting(row: MeetingRow): MeetingRecord {
  const legacy: Decision[] = row.decisions ? [{ kind: "libre", text: row.decisions }] : [];
  return {
    id: row.id,
    spaceId: row.space_id,
    date: row.date,
    kind: row.kind,
    title: row.title,
    place: row.place,
    agenda: row.agenda,
    boardId: row.board_id,
    attendees: JSON.parse(row.attendees) as Attendee[],
    decisions: row.decision_list === null ? legacy : (JSON.parse(row.decision_list) as Decision[]),
    createdAt: row.created_at,
    updatedAt: row.updated_at ?? row.created_at,
  };
}

/** The row's values after its id and space, in the order of MEETING_COLUMNS. */
const meetingValues = (meeting: MeetingRecord) => [
  meeting.date,
  meeting.kind,
  meeting.title,
  meeting.place,
  meeting.agenda,
  meeting.boardId,
  JSON.stringify(meeting.attendees),
  JSON.stringify(meeting.decisions),
  meeting.updatedAt,
];
const MEETING_COLUMNS = "date, kind, title, place, agenda, board_id, attendees, decision_list, updated_at";

export class SqlGovernanceStore implements GovernanceStore {
  private readonly db: SqlDatabase;

  constructor(db: SqlDatabase) {
    this.db = db;
  }

  async addMeeting(meeting: MeetingRecord): Promise<void> {
    // The legacy `decisions` text stays empty: `decision_list` holds them from now on.
    await this.db.run(
      `INSERT INTO meetings (id, space_id, decisions, created_at, ${MEETING_COLUMNS})
         VALUES (?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [meeting.id, meeting.spaceId, meeting.createdAt, ...meetingValues(meeting)],
    );
  }

  async listMeetings(spaceId: string): Promise<MeetingRecord[]> {
    const rows = await this.db.all<MeetingRow>("SELECT * FROM meetings WHERE space_id = ? ORDER BY date, created_at", [
      spaceId,
    ]);
    return rows.map(toMeeting);
  }

  async findMeeting(spaceId: string, id: string): Promise<MeetingRecord | undefined> {
    const row = await this.db.get<MeetingRow>("SELECT * FROM meetings WHERE space_id = ? AND id = ?", [spaceId, id]);
    return row && toMeeting(row);
  }

  async replaceMeeting(meeting: MeetingRecord): Promise<boolean> {
    const updated = await this.db.run(
      `UPDATE meetings SET date = ?, kind = ?, title = ?, place = ?, agenda = ?, board_id = ?, attendees = ?,
           decision_list = ?, updated_at = ?, decisions = ''
         WHERE space_id = ? AND id = ?`,
      [...meetingValues(meeting), meeting.spaceId, meeting.id],
    );
    return updated.changes === 1;
  }

  async deleteMeeting(spaceId: string, id: string): Promise<"deleted" | "missing" | "referenced"> {
    return this.db.transaction(async (tx) => {
      if (await tx.get("SELECT 1 FROM plan_versions WHERE space_id = ? AND meeting_id = ?", [spaceId, id])) {
        return "referenced";
      }
      // A signature, even withdrawn, keeps naming the meeting that decided it.
      if (await tx.get("SELECT 1 FROM plan_signatures WHERE space_id = ? AND meeting_id = ?", [spaceId, id])) {
        return "referenced";
      }
      const deleted = await tx.run("DELETE FROM meetings WHERE space_id = ? AND id = ?", [spaceId, id]);
      return deleted.changes === 1 ? "deleted" : "missing";
    });
  }

  async planning(spaceId: string): Promise<Planning> {
    const rows = await this.db.all<{ step: DemarcheStep; planned_on: string }>(
      "SELECT step, planned_on FROM demarche_planning WHERE space_id = ?",
      [spaceId],
    );
    return Object.fromEntries(rows.map((row) => [row.step, row.planned_on]));
  }

  async updatePlanning(spaceId: string, planned: Partial<Record<DemarcheStep, string | null>>): Promise<void> {
    await this.db.transaction(async (tx) => {
      for (const [step, on] of Object.entries(planned)) {
        if (on === null || on === undefined) {
          await tx.run("DELETE FROM demarche_planning WHERE space_id = ? AND step = ?", [spaceId, step]);
        } else {
          await tx.run(
            `INSERT INTO demarche_planning (space_id, step, planned_on) VALUES (?, ?, ?)
               ON CONFLICT (space_id, step) DO UPDATE SET planned_on = excluded.planned_on`,
            [spaceId, step, on],
          );
        }
      }
    });
  }

  async addReopening(spaceId: string, reopening: Reopening): Promise<void> {
    await this.db.run(
      "INSERT INTO demarche_reopenings (id, space_id, step, reason, reopened_on, recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
      [reopening.id, spaceId, reopening.step, reopening.reason, reopening.on, reopening.recordedAt],
    );
  }

  async listReopenings(spaceId: string): Promise<Reopening[]> {
    const rows = await this.db.all<{
      id: string;
      step: DemarcheStep;
      reason: string;
      reopened_on: string;
      recorded_at: number;
    }>("SELECT * FROM demarche_reopenings WHERE space_id = ? ORDER BY reopened_on, recorded_at", [spaceId]);
    return rows.map((row) => ({
      id: row.id,
      step: row.step,
      reason: row.reason,
      on: row.reopened_on,
      recordedAt: row.recorded_at,
    }));
  }
}
