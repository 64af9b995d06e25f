import { type ServiceFields, type ServiceKind, serviceTheme, type TerritoryService } from "@atelier/shared";
import type { SqlDatabase } from "./sql-database.ts";

export interface ServiceRecord extends Omit<TerritoryService, "themeHint"> {
  spaceId: string;
  createdAt: number;
}

/** The existing services of each space's territory (l'offre existante of the diagnostic partagé). */
export interface TerritoryServicesStore {
  /** Adds it unless the space already has `max` services; returns whether it was added. */
  add(service: ServiceRecord, max: number): Promise<boolean>;
  /** In no particular order. */
  list(spaceId: string): Promise<TerritoryService[]>;
  find(spaceId: string, id: string): Promise<TerritoryService | undefined>;
  replace(spaceId: string, service: TerritoryService): Promise<boolean>;
  delete(spaceId: string, id: string): Promise<boolean>;
}

interface ServiceRow {
  id: string;
  kind: ServiceKind;
  name: string;
  commune_insee: string | null;
  commune_name: string | null;
  capacity: number | null;
  manager: string;
  caf_funded: number;
  note: string;
  updated_at: number;
}

/** The theme is not stored: it follows the kind, as the shared domain says today. */
function toService(row: ServiceRow): TerritoryService {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    communeInsee: row.commune_insee,
    communeName: row.commune_name,
    capacity: row.capacity,
    manager: row.manager,
    cafFunded: row.caf_funded === 1,
    note: row.note,
    themeHint: serviceTheme(row.kind),
    updatedAt: row.updated_at,
  };
}

const COLUMNS = "kind, name, commune_insee, commune_name, capacity, manager, caf_funded, note, updated_at";

/** The row's values in the order of COLUMNS. */
const valuesOf = (service: ServiceFields & Pick<TerritoryService, "communeName" | "updatedAt">) => [
  service.kind,
  service.name,
  service.communeInsee,
  service.communeName,
  service.capacity,
  service.manager,
  service.cafFunded ? 1 : 0,
  service.note,
  service.updatedAt,
];

export class SqlTerritoryServicesStore implements TerritoryServicesStore {
  private readonly db: SqlDatabase;

  constructor(db: SqlDatabase) {
    this.db = db;
  }

  add(service: ServiceRecord, max: number): Promise<boolean> {
    // Counted and inserted in one transaction: two facilitators adding at once cannot pass the limit together.
    return this.db.transaction(async (tx) => {
      const counted = await tx.get<{ n: number }>("SELECT COUNT(*) AS n FROM territory_services WHERE space_id = ?", [
        service.spaceId,
      ]);
      if ((counted?.n ?? 0) >= max) return false;
      await tx.run(
        `INSERT INTO territory_services (id, space_id, created_at, ${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [service.id, service.spaceId, service.createdAt, ...valuesOf(service)],
      );
      return true;
    });
  }

  async list(spaceId: string): Promise<TerritoryService[]> {
    const rows = await this.db.all<ServiceRow>("SELECT * FROM territory_services WHERE space_id = ?", [spaceId]);
    return rows.map(toService);
  }

  async find(spaceId: string, id: string): Promise<TerritoryService | undefined> {
    const row = await this.db.get<ServiceRow>("SELECT * FROM territory_services WHERE space_id = ? AND id = ?", [
      spaceId,
      id,
    ]);
    return row && toService(row);
  }

  async replace(spaceId: string, service: TerritoryService): Promise<boolean> {
    const updated = await this.db.run(
      `UPDATE territory_services SET kind = ?, name = ?, commune_insee = ?, commune_name = ?, capacity = ?, manager = ?,
           caf_funded = ?, note = ?, updated_at = ?
         WHERE space_id = ? AND id = ?`,
      [...valuesOf(service), spaceId, service.id],
    );
    return updated.changes === 1;
  }

  async delete(spaceId: string, id: string): Promise<boolean> {
    const deleted = await this.db.run("DELETE FROM territory_services WHERE space_id = ? AND id = ?", [spaceId, id]);
    return deleted.changes === 1;
  }
}
