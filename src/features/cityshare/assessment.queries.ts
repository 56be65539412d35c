import type { Db } from '../../db/database.ts';

// Reading a city's self-assessments: the dated rows (newest first) and one row's levels.

export interface AssessmentRow {
  id: number;
  isCurrent: boolean;
  isPrivate: boolean;
  priorities: string;
  /** Six digits 0–4 in THEME_SLUGS order. */
  strengths: string;
  needs: string;
  createdAt: string;
  createdBy: number | null;
  createdByName: string | null;
  isDemo: boolean;
}

export interface LevelRow {
  themeId: number;
  strength: number;
  need: number;
  evidence: string;
}

function assessmentsQuery(db: Db, cityId: number) {
  return db
    .selectFrom('assessments as a')
    .leftJoin('users as u', 'u.id', 'a.created_by')
    .select([
      'a.id',
      'a.is_current',
      'a.is_private',
      'a.priorities',
      'a.strengths',
      'a.needs',
      'a.created_at',
      'a.is_demo',
      'a.created_by',
      'u.name as created_by_name',
    ])
    .where('a.organisation_id', '=', cityId);
}

type Row = Awaited<ReturnType<ReturnType<typeof assessmentsQuery>['executeTakeFirstOrThrow']>>;

function toAssessment(r: Row): AssessmentRow {
  return {
    id: r.id,
    isCurrent: Number(r.is_current) === 1,
    isPrivate: Number(r.is_private) === 1,
    priorities: r.priorities,
    strengths: r.strengths,
    needs: r.needs,
    createdAt: r.created_at,
    createdBy: r.created_by,
    createdByName: r.created_by_name,
    isDemo: Number(r.is_demo) === 1,
  };
}

/** Every assessment of the city, newest first (the current one, then its history). */
export async function selectAssessments(db: Db, cityId: number): Promise<AssessmentRow[]> {
  const rows = await assessmentsQuery(db, cityId).orderBy('a.id', 'desc').limit(200).execute();
  return rows.map(toAssessment);
}

/** The city's current assessment, if it has one. */
export async function selectCurrentAssessment(
  db: Db,
  cityId: number,
): Promise<AssessmentRow | undefined> {
  const row = await assessmentsQuery(db, cityId).where('a.is_current', '=', 1).executeTakeFirst();
  return row ? toAssessment(row) : undefined;
}

export async function selectAssessmentLevels(db: Db, assessmentId: number): Promise<LevelRow[]> {
  const rows = await db
    .selectFrom('assessment_levels')
    .select(['theme_id', 'strength', 'need', 'evidence'])
    .where('assessment_id', '=', assessmentId)
    .execute();
  return rows.map((r) => ({
    themeId: r.theme_id,
    strength: Number(r.strength),
    need: Number(r.need),
    evidence: r.evidence,
  }));
}
