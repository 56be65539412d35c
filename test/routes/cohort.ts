import { type RouteRow, seedTableRun, type SetupContext } from './types.ts';

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

export async function setup(ctx: SetupContext): Promise<void> {
  const run = await seedTableRun(ctx);
  ctx.values[':cohortrun'] = String(run.id);
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
