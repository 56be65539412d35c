import type { Db } from '../../db/database.ts';

// Writing a self-assessment: the new row becomes the city's current one and the previous stays
// as history. Call inside a transaction: the partial unique index on (organisation_id) where
// is_current = 1 makes a second, simultaneous save fail instead of leaving two current rows.

export interface NewAssessment {
  organisationId: number;
  isPrivate: boolean;
  priorities: string;
  /** Per theme id: levels 0–4 and the evidence behind them. */
  levels: Array<{ themeId: number; strength: number; need: number; evidence: string }>;
  /** Levels as six digits in THEME_SLUGS order (see the migration). */
  strengths: string;
  needs: string;
  createdBy: number | null;
  isDemo: boolean;
}

export async function insertAssessment(db: Db, a: NewAssessment, now: string): Promise<number> {
  await db
    .updateTable('assessments')
    .set({ is_current: 0 })
    .where('organisation_id', '=', a.organisationId)
    .where('is_current', '=', 1)
    .execute();
  return insertRows(db, a, now);
}

/**
 * Saves an assessment made from the form that showed `basedOn` as current (null: none), inside
 * a transaction. Returns null, saving nothing, when another save came first (a double submission
 * or a colleague): then `basedOn` is no longer current. On PostgreSQL a simultaneous first save
 * may instead raise the partial unique index's violation; callers treat both alike.
 */
export async function replaceCurrentAssessment(
  db: Db,
  a: NewAssessment,
  basedOn: number | null,
  now: string,
): Promise<number | null> {
  if (basedOn === null) {
    const current = await db
      .selectFrom('assessments')
      .select('id')
      .where('organisation_id', '=', a.organisationId)
      .where('is_current', '=', 1)
      .executeTakeFirst();
    if (current) return null;
  } else {
    const result = await db
      .updateTable('assessments')
      .set({ is_current: 0 })
      .where('id', '=', basedOn)
      .where('organisation_id', '=', a.organisationId)
      .where('is_current', '=', 1)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return null;
  }
  return insertRows(db, a, now);
}

async function insertRows(db: Db, a: NewAssessment, now: string): Promise<number> {
  const { id } = await db
    .insertInto('assessments')
    .values({
      organisation_id: a.organisationId,
      is_current: 1,
      is_private: a.isPrivate ? 1 : 0,
      priorities: a.priorities,
      strengths: a.strengths,
      needs: a.needs,
      created_by: a.createdBy,
      is_demo: a.isDemo ? 1 : 0,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('assessment_levels')
    .values(
      a.levels.map((l) => ({
        assessment_id: id,
        theme_id: l.themeId,
        strength: l.strength,
        need: l.need,
        evidence: l.evidence,
      })),
    )
    .execute();
  return id;
}
