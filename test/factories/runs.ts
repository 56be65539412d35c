import type { Deps } from '../../src/deps.ts';
import { sessionSettings, startSession } from '../../src/features/accounts/sessions.service.ts';
import { insertEnrolment, takeSeat } from '../../src/features/courses/enrolments.queries.ts';
import {
  insertFacilitators,
  insertRun,
  type NewRun,
} from '../../src/features/courses/runs.queries.ts';
import { createCourse } from './courses.ts';
import { createOfficial } from './officials.ts';
import { createOrganisation } from './organisations.ts';

/** A scheduled run of the course: open enrolment, no seat limit, dates a month ahead unless told. */
export async function createRun(
  deps: Deps,
  courseId: number,
  options: Partial<Omit<NewRun, 'courseId'>> & { facilitatorIds?: number[] } = {},
): Promise<{ id: number }> {
  const now = new Date();
  const day = (d: number) => new Date(now.getTime() + d * 86_400_000).toISOString().slice(0, 10);
  const { facilitatorIds = [], ...run } = options;
  const id = await insertRun(
    deps.db,
    {
      courseId,
      title: '',
      startsOn: day(30),
      endsOn: day(60),
      location: '',
      enrolmentMode: 'open',
      enrolmentClosesAt: null,
      seats: null,
      isAlwaysOpen: false,
      isDemo: false,
      createdBy: null,
      ...run,
    },
    now.toISOString(),
  );
  await insertFacilitators(deps.db, id, facilitatorIds);
  return { id };
}

/** Enrols the official in the run (taking a seat), as if they had enrolled themselves. */
export async function enrol(deps: Deps, runId: number, userId: number): Promise<{ id: number }> {
  const now = new Date().toISOString();
  if (!(await takeSeat(deps.db, runId, now))) throw new Error(`run ${runId} is full`);
  return { id: await insertEnrolment(deps.db, { runId, userId, status: 'enrolled' }, now) };
}

/**
 * A published course of the given format (facilitated unless told) owned by a new partner
 * organisation, with one lesson and one run made with `options`.
 */
export async function createOfferedRun(
  deps: Deps,
  options: Partial<Omit<NewRun, 'courseId'>> & {
    facilitatorIds?: number[];
    format?: string;
    courseStatus?: 'draft' | 'in_review' | 'published';
    title?: string;
  } = {},
): Promise<{ courseId: number; slug: string; runId: number; organisationId: number }> {
  const { format = 'facilitated', courseStatus = 'published', title, ...run } = options;
  const organisation = await createOrganisation(deps, { isPartner: true });
  const owner = await createOfficial(deps, {
    roles: ['partner_editor'],
    partnerOrganisationId: organisation.id,
  });
  const course = await createCourse(deps, {
    organisationId: organisation.id,
    createdBy: owner.id,
    status: courseStatus,
    modules: [1],
    ...(title ? { title } : {}),
  });
  await deps.db.updateTable('courses').set({ format }).where('id', '=', course.id).execute();
  const { id: runId } = await createRun(deps, course.id, run);
  return { courseId: course.id, slug: course.slug, runId, organisationId: organisation.id };
}

/** A session for the official without the sign-in form (which costs a password hash each). */
export async function sessionFor(
  deps: Deps,
  userId: number,
): Promise<{ cookie: string; csrf: string }> {
  const { token, csrfToken } = await startSession(deps.db, sessionSettings(deps.config), {
    userId,
    ip: '127.0.0.1',
    userAgent: 'test',
  });
  return { cookie: token, csrf: csrfToken };
}

/** The official's enrolment state in the run, straight from the table. */
export async function enrolmentStatus(
  deps: Deps,
  runId: number,
  userId: number,
): Promise<string | undefined> {
  const row = await deps.db
    .selectFrom('enrolments')
    .select('status')
    .where('run_id', '=', runId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.status;
}

/** How many enrolments of the run are in each state, and the seats the run counts as taken. */
export async function runCounts(
  deps: Deps,
  runId: number,
): Promise<{ byStatus: Record<string, number>; seatsTaken: number; rows: number }> {
  const rows = await deps.db
    .selectFrom('enrolments')
    .select(['status'])
    .where('run_id', '=', runId)
    .execute();
  const byStatus: Record<string, number> = {};
  for (const r of rows) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
  const run = await deps.db
    .selectFrom('runs')
    .select('seats_taken')
    .where('id', '=', runId)
    .executeTakeFirstOrThrow();
  return { byStatus, seatsTaken: Number(run.seats_taken), rows: rows.length };
}
