import { createCourse } from '../factories/courses.ts';
import { createRun, enrol } from '../factories/runs.ts';
import type { RouteRow, SetupContext } from './types.ts';

// The cohort view: the run's facilitator (the table's facilitator) and coordinators get in;
// learners and partner editors are refused; visitors are sent to sign in.

const cohort = {
  anonymous: 303,
  learner: 403,
  facilitator: 200,
  partner_editor: 403,
  coordinator: 200,
  admin: 200,
};

export async function setup({
  deps,
  values,
  organisationId,
  officials,
}: SetupContext): Promise<void> {
  const course = await createCourse(deps, {
    organisationId,
    createdBy: officials.partner_editor.id,
    status: 'published',
    modules: [1],
  });
  const run = await createRun(deps, course.id, { facilitatorIds: [officials.facilitator.id] });
  await enrol(deps, run.id, officials.learner.id);
  values[':cohortrun'] = String(run.id);
}

export const routes: RouteRow[] = [
  { method: 'GET', route: '/facilitate', url: '/facilitate', expect: cohort },
  {
    method: 'GET',
    route: '/facilitate/runs/:run',
    url: '/facilitate/runs/:cohortrun',
    expect: cohort,
  },
  {
    method: 'GET',
    route: '/facilitate/runs/:run/cohort.csv',
    url: '/facilitate/runs/:cohortrun/cohort.csv',
    expect: cohort,
  },
];
