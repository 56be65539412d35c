import type { Deps } from '../../src/deps.ts';
import { insertEnrolment, takeSeat } from '../../src/features/courses/enrolments.queries.ts';
import {
  insertFacilitators,
  insertRun,
  type NewRun,
} from '../../src/features/courses/runs.queries.ts';

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
