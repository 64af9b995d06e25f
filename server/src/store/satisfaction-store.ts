import type { SatisfactionAnswer, SatisfactionQuestion } from "@atelier/shared";
import type { SqlDatabase } from "./sql-database.ts";

export interface QuestionnaireRecord {
  spaceId: string;
  year: number;
  questions: SatisfactionQuestion[];
  /** The link's token is shown once; only its hash is kept. */
  tokenHash: string;
  openedAt: number;
  closedAt: number | null;
  answers: number;
}

/**
 * The partners' yearly satisfaction questionnaires and their answers. An answer is stored with neither a respondent
 * nor a time, under a random id: nothing stored links it to who gave it, nor to when.
 */
export interface SatisfactionStore {
  /**
   * Opens the year's questionnaire, or opens it again under a new link (the former one stops working), its answers
   * kept.
   */
  open(record: Omit<QuestionnaireRecord, "closedAt" | "answers">): Promise<QuestionnaireRecord>;
  find(spaceId: string, year: number): Promise<QuestionnaireRecord | undefined>;
  /** Most recent year first. */
  list(spaceId: string): Promise<QuestionnaireRecord[]>;
  findByTokenHash(tokenHash: string): Promise<QuestionnaireRecord | undefined>;
  /** False when there is no such questionnaire, or it is already closed. */
  close(spaceId: string, year: number, at: number): Promise<boolean>;
  /** False, and nothing stored, when the questionnaire was closed meanwhile. */
  addAnswer(spaceId: string, year: number, id: string, answer: SatisfactionAnswer): Promise<boolean>;
  answers(spaceId: string, year: number): Promise<SatisfactionAnswer[]>;
}

interface QuestionnaireRow {
  space_id: string;
  year: number;
  questions: string;
  token_hash: string;
  opened_at: number;
  closed_at: number | null;
  answers: number;
}

function toQuestionnaire(row: QuestionnaireRow): QuestionnaireRecord {
  return {
    spaceId: row.space_id,
    year: row.year,
    questions: JSON.parse(row.questions) as SatisfactionQuestion[],
    tokenHash: row.token_hash,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    answers: row.answers,
  };
}

const SELECT_QUESTIONNAIRE = `SELECT q.*, (SELECT COUNT(*) FROM satisfaction_answers a
                                            WHERE a.space_id = q.space_id AND a.year = q.year) AS answers
                                FROM satisfaction_questionnaires q`;

export class SqlSatisfactionStore implements SatisfactionStore {
  private readonly db: SqlDatabase;

  constructor(db: SqlDatabase) {
    this.db = db;
  }

  async open(record: Omit<QuestionnaireRecord, "closedAt" | "answers">): Promise<QuestionnaireRecord> {
    await this.db.run(
      `INSERT INTO satisfaction_questionnaires (space_id, year, questions, token_hash, opened_at)
         VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (space_id, year) DO UPDATE SET token_hash = excluded.token_hash, closed_at = NULL`,
      [record.spaceId, record.year, JSON.stringify(record.questions), record.tokenHash, record.openedAt],
    );
    return (await this.find(record.spaceId, record.year)) as QuestionnaireRecord;
  }

  async find(spaceId: string, year: number): Promise<QuestionnaireRecord | undefined> {
    const row = await this.db.get<QuestionnaireRow>(`${SELECT_QUESTIONNAIRE} WHERE q.space_id = ? AND q.year = ?`, [
      spaceId,
      year,
    ]);
    return row && toQuestionnaire(row);
  }

  async list(spaceId: string): Promise<QuestionnaireRecord[]> {
    const rows = await this.db.all<QuestionnaireRow>(
      `${SELECT_QUESTIONNAIRE} WHERE q.space_id = ? ORDER BY q.year DESC`,
      [spaceId],
    );
    return rows.map(toQuestionnaire);
  }

  async findByTokenHash(tokenHash: string): Promise<QuestionnaireRecord | undefined> {
    const row = await this.db.get<QuestionnaireRow>(`${SELECT_QUESTIONNAIRE} WHERE q.token_hash = ?`, [tokenHash]);
    return row && toQuestionnaire(row);
  }

  async close(spaceId: string, year: number, at: number): Promise<boolean> {
    const closed = await this.db.run(
      "UPDATE satisfaction_questionnaires SET closed_at = ? WHERE space_id = ? AND year = ? AND closed_at IS NULL",
      [at, spaceId, year],
    );
    return closed.changes === 1;
  }

  async addAnswer(spaceId: string, year: number, id: string, answer: SatisfactionAnswer): Promise<boolean> {
    // One statement: an answer arriving as the questionnaire closes is either in before it, or refused.
    const added = await this.db.run(
      `INSERT INTO satisfaction_answers (id, space_id, year, scores, comment)
         SELECT ?, space_id, year, ?, ? FROM satisfaction_questionnaires
          WHERE space_id = ? AND year = ? AND closed_at IS NULL`,
      [id, JSON.stringify(answer.scores), answer.comment, spaceId, year],
    );
    return added.changes === 1;
  }

  async answers(spaceId: string, year: number): Promise<SatisfactionAnswer[]> {
    const rows = await this.db.all<{ scores: string; comment: string }>(
      "SELECT scores, comment FROM satisfaction_answers WHERE space_id = ? AND year = ? ORDER BY id",
      [spaceId, year],
    );
    return rows.map((row) => ({
      scores: JSON.parse(row.scores) as SatisfactionAnswer["scores"],
      comment: row.comment,
    }));
  }
}
