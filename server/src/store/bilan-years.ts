import { bilanYearsValidated, type Decision } from "@atelier/shared";
import type { SqlExecutor } from "./sql-database.ts";

/**
 * Every year a space keeps a bilan for: its fiches' yearly entries, its satisfaction questionnaires and the years its
 * meetings validated (PeriodHolds). Read through `db`, so that a change of the period reads them in its transaction.
 */
export async function bilanYearsIn(db: SqlExecutor, spaceId: string): Promise<number[]> {
  const recorded = await db.all<{ year: number }>(
    `SELECT year FROM bilan_entries WHERE space_id = ?
     UNION SELECT year FROM satisfaction_questionnaires WHERE space_id = ?`,
    [spaceId, spaceId],
  );
  // Meetings from before structured decisions hold free text only (governance-store.ts): none validates a bilan.
  const meetings = await db.all<{ date: string; decision_list: string }>(
    "SELECT date, decision_list FROM meetings WHERE space_id = ? AND decision_list IS NOT NULL",
    [spaceId],
  );
  const validated = bilanYearsValidated(
    meetings.map((meeting) => ({ date: meeting.date, decisions: JSON.parse(meeting.decision_list) as Decision[] })),
  );
  return [...new Set([...recorded.map((row) => row.year), ...validated])].sort((a, b) => a - b);
}
