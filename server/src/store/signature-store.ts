import type { Party, PlanSignature } from "@atelier/shared";
import type { SqlDatabase } from "./sql-database.ts";

/** The signatures of a space's plan: at most one in force (a partial unique index says so), the withdrawn kept. */
export interface SignatureStore {
  /** Oldest first, withdrawn ones included. */
  list(spaceId: string): Promise<PlanSignature[]>;
  inForce(spaceId: string): Promise<PlanSignature | undefined>;
  /**
   * Records a signature in one transaction. With `replacing`, the one in force (if any) is first withdrawn with that
   * reason; without, `in-force` is answered and nothing written when one is already in force.
   */
  sign(spaceId: string, signature: PlanSignature, replacing?: string): Promise<"signed" | "in-force">;
  /** Withdraws the signature in force; false when there is none. */
  withdraw(spaceId: string, at: number, reason: string): Promise<boolean>;
}

interface SignatureRow {
  id: string;
  version_id: string;
  signed_on: string;
  signatories: string;
  meeting_id: string | null;
  recorded_at: number;
  withdrawn_at: number | null;
  withdrawal_reason: string | null;
}

function toSignature(row: SignatureRow): PlanSignature {
  return {
    id: row.id,
    versionId: row.version_id,
    signedOn: row.signed_on,
    signatories: JSON.parse(row.signatories) as Party[],
    meetingId: row.meeting_id,
    recordedAt: row.recorded_at,
    withdrawn: row.withdrawn_at === null ? null : { at: row.withdrawn_at, reason: row.withdrawal_reason ?? "" },
  };
}

const WITHDRAW = `UPDATE plan_signatures SET withdrawn_at = ?, withdrawal_reason = ?
                    WHERE space_id = ? AND withdrawn_at IS NULL`;

export class SqlSignatureStore implements SignatureStore {
  private readonly db: SqlDatabase;

  constructor(db: SqlDatabase) {
    this.db = db;
  }

  async list(spaceId: string): Promise<PlanSignature[]> {
    const rows = await this.db.all<SignatureRow>(
      "SELECT * FROM plan_signatures WHERE space_id = ? ORDER BY recorded_at, id",
      [spaceId],
    );
    return rows.map(toSignature);
  }

  async inForce(spaceId: string): Promise<PlanSignature | undefined> {
    const row = await this.db.get<SignatureRow>(
      "SELECT * FROM plan_signatures WHERE space_id = ? AND withdrawn_at IS NULL",
      [spaceId],
    );
    return row && toSignature(row);
  }

  async sign(spaceId: string, signature: PlanSignature, replacing?: string): Promise<"signed" | "in-force"> {
    return this.db.transaction(async (tx) => {
      if (replacing === undefined) {
        if (await tx.get("SELECT 1 FROM plan_signatures WHERE space_id = ? AND withdrawn_at IS NULL", [spaceId])) {
          return "in-force";
        }
      } else {
        await tx.run(WITHDRAW, [signature.recordedAt, replacing, spaceId]);
      }
      await tx.run(
        `INSERT INTO plan_signatures (id, space_id, version_id, signed_on, signatories, meeting_id, recorded_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        [
          signature.id,
          spaceId,
          signature.versionId,
          signature.signedOn,
          JSON.stringify(signature.signatories),
          signature.meetingId,
          signature.recordedAt,
        ],
      );
      return "signed";
    });
  }

  async withdraw(spaceId: string, at: number, reason: string): Promise<boolean> {
    return (await this.db.run(WITHDRAW, [at, reason, spaceId])).changes === 1;
  }
}
