import type { SqlDatabase } from "./sql-database.ts";

/** An immutable, dated copy of the plan (a COPIL's validation): the Yjs state and its fiches as read then. */
export interface PlanVersionRecord {
  id: string;
  spaceId: string;
  label: string;
  meetingId: string | null;
  createdAt: number;
  state: Uint8Array;
  fichesJson: string;
}

/** A version as listed, without its content. */
export type PlanVersionSummary = Omit<PlanVersionRecord, "state" | "fichesJson">;

/** The versions of each space's plan: added, never changed. */
export interface PlanVersionStore {
  add(version: PlanVersionRecord): Promise<void>;
  /** Oldest first. */
  list(spaceId: string): Promise<PlanVersionSummary[]>;
  get(spaceId: string, id: string): Promise<PlanVersionRecord | undefined>;
}

interface SummaryRow {
  id: string;
  space_id: string;
  label: string;
  meeting_id: string | null;
  created_at: number;
}

interface PlanVersionRow extends SummaryRow {
  state: Uint8Array;
  fiches_json: string;
}

function toSummary(row: SummaryRow): PlanVersionSummary {
  return {
    id: row.id,
    spaceId: row.space_id,
    label: row.label,
    meetingId: row.meeting_id,
    createdAt: row.created_at,
  };
}

function toPlanVersion(row: PlanVersionRow): PlanVersionRecord {
  return { ...toSummary(row), state: row.state, fichesJson: row.fiches_json };
}

export class SqlPlanVersionStore implements PlanVersionStore {
  private readonly db: SqlDatabase;

  constructor(db: SqlDatabase) {
    this.db = db;
  }

  async add(version: PlanVersionRecord): Promise<void> {
    await this.db.run(
      "INSERT INTO plan_versions (id, space_id, label, meeting_id, created_at, state, fiches_json) VALUES (?, ?, ?, ?, ?, ?, ?)",
      [
        version.id,
        version.spaceId,
        version.label,
        version.meetingId,
        version.createdAt,
        version.state,
        version.fichesJson,
      ],
    );
  }

  async list(spaceId: string): Promise<PlanVersionSummary[]> {
    // Without their content: a plan's state may weigh a lot, and a listing shows none of it.
    const rows = await this.db.all<SummaryRow>(
      "SELECT id, space_id, label, meeting_id, created_at FROM plan_versions WHERE space_id = ? ORDER BY created_at, id",
      [spaceId],
    );
    return rows.map(toSummary);
  }

  async get(spaceId: string, id: string): Promise<PlanVersionRecord | undefined> {
    const row = await this.db.get<PlanVersionRow>("SELECT * FROM plan_versions WHERE space_id = ? AND id = ?", [
      spaceId,
      id,
    ]);
    return row && toPlanVersion(row);
  }
}
