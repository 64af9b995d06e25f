import type { IndicatorView } from "@atelier/shared";
import type { SqlDatabase } from "./sql-database.ts";

/** A territorial figure of a space, unique per label, theme and year. */
export interface IndicatorRecord extends IndicatorView {
  spaceId: string;
  updatedAt: number;
}

/** The territorial indicators of each space. */
export interface IndicatorStore {
  /** Inserts or updates (same label, theme and year) every row in one transaction; returns the stored records. */
  upsert(
    spaceId: string,
    rows: Omit<IndicatorRecord, "id" | "spaceId">[],
    newId: () => string,
  ): Promise<IndicatorRecord[]>;
  /** By theme, label and year. */
  list(spaceId: string): Promise<IndicatorRecord[]>;
  find(spaceId: string, id: string): Promise<IndicatorRecord | undefined>;
  update(
    spaceId: string,
    id: string,
    changes: Pick<IndicatorRecord, "values" | "unit" | "source" | "updatedAt">,
  ): Promise<IndicatorRecord | undefined>;
}

interface IndicatorRow {
  id: string;
  space_id: string;
  label: string;
  theme: string;
  year: number;
  unit: string;
  source: string;
  territoire: number | null;
  departement: number | null;
  france: number | null;
  updated_at: number;
}

function toIndicator(row: IndicatorRow): IndicatorRecord {
  return {
    id: row.id,
    spaceId: row.space_id,
    label: row.label,
    theme: row.theme,
    year: row.year,
    unit: row.unit,
    source: row.source,
    values: { territoire: row.territoire, departement: row.departement, france: row.france },
    updatedAt: row.updated_at,
  };
}

export class SqlIndicatorStore implements IndicatorStore {
  private readonly db: SqlDatabase;

  constructor(db: SqlDatabase) {
    this.db = db;
  }

  async upsert(
    spaceId: string,
    rows: Omit<IndicatorRecord, "id" | "spaceId">[],
    newId: () => string,
  ): Promise<IndicatorRecord[]> {
    return this.db.transaction(async (tx) => {
      const stored: IndicatorRecord[] = [];
      for (const row of rows) {
        const saved = await tx.get<IndicatorRow>(
          `INSERT INTO indicators (id, space_id, label, theme, year, unit, source, territoire, departement, france, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (space_id, label, theme, year) DO UPDATE SET
             unit = excluded.unit, source = excluded.source, territoire = excluded.territoire,
             departement = excluded.departement, france = excluded.france, updated_at = excluded.updated_at
           RETURNING *`,
          [
            newId(),
            spaceId,
            row.label,
            row.theme,
            row.year,
            row.unit,
            row.source,
            row.values.territoire,
            row.values.departement,
            row.values.france,
            row.updatedAt,
          ],
        );
        if (saved) stored.push(toIndicator(saved));
      }
      return stored;
    });
  }

  async list(spaceId: string): Promise<IndicatorRecord[]> {
    const rows = await this.db.all<IndicatorRow>(
      "SELECT * FROM indicators WHERE space_id = ? ORDER BY theme, label, year",
      [spaceId],
    );
    return rows.map(toIndicator);
  }

  async find(spaceId: string, id: string): Promise<IndicatorRecord | undefined> {
    const row = await this.db.get<IndicatorRow>("SELECT * FROM indicators WHERE space_id = ? AND id = ?", [
      spaceId,
      id,
    ]);
    return row && toIndicator(row);
  }

  async update(
    spaceId: string,
    id: string,
    changes: Pick<IndicatorRecord, "values" | "unit" | "source" | "updatedAt">,
  ): Promise<IndicatorRecord | undefined> {
    const row = await this.db.get<IndicatorRow>(
      `UPDATE indicators SET territoire = ?, departement = ?, france = ?, unit = ?, source = ?, updated_at = ?
         WHERE space_id = ? AND id = ? RETURNING *`,
      [
        changes.values.territoire,
        changes.values.departement,
        changes.values.france,
        changes.unit,
        changes.source,
        changes.updatedAt,
        spaceId,
        id,
      ],
    );
    return row && toIndicator(row);
  }
}
