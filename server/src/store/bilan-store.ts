import { type BilanEntry, type BilanProgress, type ImpactKey, type ImpactLink, toCents } from "@atelier/shared";
import type { SqlDatabase } from "./sql-database.ts";

/** The yearly bilan's records: what each year says of each fiche, and the fiches' indicators read against the territory's. */
export interface BilanStore {
  /** Replaces the fiche's entry of that year, if any. */
  putEntry(spaceId: string, entry: BilanEntry): Promise<void>;
  /** Every year's entries, by year. */
  listEntries(spaceId: string): Promise<BilanEntry[]>;
  /** Replaces the indicator's link, if any: a fiche's indicator reads against one territorial figure. */
  putImpact(spaceId: string, link: ImpactLink): Promise<void>;
  deleteImpact(spaceId: string, key: ImpactKey): Promise<boolean>;
  listImpacts(spaceId: string): Promise<ImpactLink[]>;
}

interface EntryRow {
  fiche_id: string;
  year: number;
  progress: BilanProgress;
  assessment: string;
  difficulties: string;
  adjustments: string;
  spent_cents: number | null;
  updated_at: number;
}

export class SqlBilanStore implements BilanStore {
  private readonly db: SqlDatabase;

  constructor(db: SqlDatabase) {
    this.db = db;
  }

  async putEntry(spaceId: string, entry: BilanEntry): Promise<void> {
    await this.db.run(
      `INSERT INTO bilan_entries
           (space_id, year, fiche_id, progress, assessment, difficulties, adjustments, spent_cents, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (space_id, year, fiche_id) DO UPDATE SET progress = excluded.progress,
           assessment = excluded.assessment, difficulties = excluded.difficulties,
           adjustments = excluded.adjustments, spent_cents = excluded.spent_cents, updated_at = excluded.updated_at`,
      [
        spaceId,
        entry.year,
        entry.ficheId,
        entry.progress,
        entry.assessment,
        entry.difficulties,
        entry.adjustments,
        entry.spent === null ? null : toCents(entry.spent),
        entry.updatedAt,
      ],
    );
  }

  async listEntries(spaceId: string): Promise<BilanEntry[]> {
    const rows = await this.db.all<EntryRow>("SELECT * FROM bilan_entries WHERE space_id = ? ORDER BY year, fiche_id", [
      spaceId,
    ]);
    return rows.map((row) => ({
      ficheId: row.fiche_id,
      year: row.year,
      progress: row.progress,
      assessment: row.assessment,
      difficulties: row.difficulties,
      adjustments: row.adjustments,
      spent: row.spent_cents === null ? null : row.spent_cents / 100,
      updatedAt: row.updated_at,
    }));
  }

  async putImpact(spaceId: string, link: ImpactLink): Promise<void> {
    await this.db.run(
      `INSERT INTO bilan_impacts (space_id, fiche_id, indicator_id, territorial_indicator_id) VALUES (?, ?, ?, ?)
         ON CONFLICT (space_id, fiche_id, indicator_id)
         DO UPDATE SET territorial_indicator_id = excluded.territorial_indicator_id`,
      [spaceId, link.ficheId, link.indicatorId, link.territorialIndicatorId],
    );
  }

  async deleteImpact(spaceId: string, key: ImpactKey): Promise<boolean> {
    const deleted = await this.db.run(
      "DELETE FROM bilan_impacts WHERE space_id = ? AND fiche_id = ? AND indicator_id = ?",
      [spaceId, key.ficheId, key.indicatorId],
    );
    return deleted.changes === 1;
  }

  async listImpacts(spaceId: string): Promise<ImpactLink[]> {
    const rows = await this.db.all<{ fiche_id: string; indicator_id: string; territorial_indicator_id: string }>(
      "SELECT * FROM bilan_impacts WHERE space_id = ? ORDER BY fiche_id, indicator_id",
      [spaceId],
    );
    return rows.map((row) => ({
      ficheId: row.fiche_id,
      indicatorId: row.indicator_id,
      territorialIndicatorId: row.territorial_indicator_id,
    }));
  }
}
