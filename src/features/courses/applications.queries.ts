import type { Db } from '../../db/database.ts';
import type { EnrolmentStatus } from './enrolments.queries.ts';

// SQL for the applications to a run (enrolments that came with a motivation).

export interface ApplicationRow {
  id: number;
  status: EnrolmentStatus;
  name: string;
  email: string;
  organisationName: string | null;
  motivation: string;
  appliedAt: string;
  decidedAt: string | null;
}

/** Everyone who applied to the run (whatever became of it), oldest first. */
export async function selectApplications(db: Db, runId: number): Promise<ApplicationRow[]> {
  const rows = await db
    .selectFrom('enrolments as e')
    .innerJoin('users as u', 'u.id', 'e.user_id')
    .leftJoin('organisations as o', 'o.id', 'e.applicant_organisation_id')
    .select([
      'e.id',
      'e.status',
      'u.name',
      'u.email',
      'o.name as organisationName',
      'e.motivation',
      'e.created_at as appliedAt',
      'e.decided_at as decidedAt',
    ])
    .where('e.run_id', '=', runId)
    .where('e.motivation', '!=', '')
    .orderBy('e.created_at')
    .orderBy('e.id')
    .execute();
  return rows.map((r) => ({ ...r, status: r.status as EnrolmentStatus }));
}
