import { createCourse } from '../factories/courses.ts';
import { createOfficial } from '../factories/officials.ts';
import { createRun, enrol } from '../factories/runs.ts';
import { insertEnrolment } from '../../src/features/courses/enrolments.queries.ts';
import type { ActorKind, RouteRow, SetupContext } from './types.ts';

// Runs, enrolment and applications. setup() seeds a published course of the "Table Partner"
// organisation (every signed-in actor's partner organisation) with runs in each state the rows
// need; the rows run in order, so each actor enrols, withdraws and applies as it goes.

export async function setup({ deps, values, organisationId, officials }: SetupContext) {
  const course = await createCourse(deps, {
    organisationId,
    createdBy: officials.partner_editor.id,
    status: 'published',
    modules: [1],
  });
  await deps.db
    .updateTable('courses')
    .set({ format: 'blended' })
    .where('id', '=', course.id)
    .execute();
  const draft = await createCourse(deps, {
    organisationId,
    createdBy: officials.partner_editor.id,
    modules: [1],
  });
  const open = await createRun(deps, course.id, { facilitatorIds: [officials.facilitator.id] });
  const full = await createRun(deps, course.id, { seats: 1 });
  const byApplication = await createRun(deps, course.id, { enrolmentMode: 'application' });
  const toCancel = await createRun(deps, course.id);
  const inDraft = await createRun(deps, draft.id);
  const someone = await createOfficial(deps, { name: 'Table Applicant' });
  await enrol(deps, full.id, someone.id);
  const application = await insertEnrolment(
    deps.db,
    { runId: byApplication.id, userId: someone.id, status: 'applied', motivation: 'Why not.' },
    new Date().toISOString(),
  );
  values[':runscourse'] = String(course.id);
  values[':runsopen'] = String(open.id);
  values[':runsfull'] = String(full.id);
  values[':runsapp'] = String(byApplication.id);
  values[':runsapplication'] = String(application);
  values[':runscancel'] = String(toCancel.id);
  values[':runsdraft'] = String(inDraft.id);
}

/** Editors of the course (its organisation's partner editors, coordinators, admins). */
const editors = (method: 'GET' | 'POST', [pe, co, ad]: number[]): Record<ActorKind, number> => ({
  anonymous: method === 'GET' ? 303 : 401,
  learner: 403,
  facilitator: 403,
  partner_editor: pe!,
  coordinator: co!,
  admin: ad!,
});
/** Any signed-in official gets `status`; visitors are sent to sign in (GET) or refused (POST). */
const officials = (method: 'GET' | 'POST', status: number): Record<ActorKind, number> => ({
  anonymous: method === 'GET' ? 303 : 401,
  learner: status,
  facilitator: status,
  partner_editor: status,
  coordinator: status,
  admin: status,
});

const runForm = {
  title: 'Route table run',
  starts_on: '2031-04-01',
  ends_on: '2031-04-30',
  location: 'Online',
  enrolment_mode: 'open',
  enrolment_closes_on: '',
  seats: '',
};

export const routes: RouteRow[] = [
  {
    method: 'GET',
    route: '/authoring/courses/:id/runs',
    url: '/authoring/courses/:runscourse/runs',
    expect: editors('GET', [200, 200, 200]),
  },
  {
    method: 'GET',
    route: '/authoring/courses/:id/runs',
    url: '/authoring/courses/999999/runs',
    expect: editors('GET', [404, 404, 404]),
  },
  {
    method: 'POST',
    route: '/authoring/courses/:id/runs',
    url: '/authoring/courses/:runscourse/runs',
    form: runForm,
    expect: editors('POST', [303, 303, 303]),
  },
  {
    method: 'POST',
    route: '/authoring/courses/:id/runs',
    url: '/authoring/courses/:runscourse/runs',
    form: { ...runForm, ends_on: '2031-03-01' },
    expect: editors('POST', [400, 400, 400]),
  },
  {
    method: 'GET',
    route: '/authoring/runs/:run',
    url: '/authoring/runs/:runsopen',
    expect: editors('GET', [200, 200, 200]),
  },
  {
    method: 'GET',
    route: '/authoring/runs/:run',
    url: '/authoring/runs/999999',
    expect: editors('GET', [404, 404, 404]),
  },
  {
    method: 'POST',
    route: '/authoring/runs/:run',
    url: '/authoring/runs/:runsopen',
    form: runForm,
    expect: editors('POST', [303, 303, 303]),
  },
  {
    method: 'POST',
    route: '/authoring/runs/:run',
    url: '/authoring/runs/:runsopen',
    form: { ...runForm, seats: 'many' },
    expect: editors('POST', [400, 400, 400]),
  },
  {
    method: 'GET',
    route: '/authoring/runs/:run/applications',
    url: '/authoring/runs/:runsapp/applications',
    expect: editors('GET', [200, 200, 200]),
  },
  {
    method: 'POST',
    route: '/authoring/runs/:run/applications/:enrolment',
    url: '/authoring/runs/:runsapp/applications/:runsapplication',
    form: { decision: 'perhaps' },
    expect: editors('POST', [400, 400, 400]),
  },
  // Decided by the first editor; the others find it decided.
  {
    method: 'POST',
    route: '/authoring/runs/:run/applications/:enrolment',
    url: '/authoring/runs/:runsapp/applications/:runsapplication',
    form: { decision: 'decline' },
    expect: editors('POST', [303, 409, 409]),
  },
  {
    method: 'POST',
    route: '/authoring/runs/:run/applications/:enrolment',
    url: '/authoring/runs/:runsapp/applications/999999',
    form: { decision: 'accept' },
    expect: editors('POST', [404, 404, 404]),
  },
  {
    method: 'POST',
    route: '/runs/:run/enrol',
    url: '/runs/:runsopen/enrol',
    expect: officials('POST', 303),
  },
  // Twice: the enrolment already held is the answer.
  {
    method: 'POST',
    route: '/runs/:run/enrol',
    url: '/runs/:runsopen/enrol',
    form: { waitlist_if_full: '1' },
    expect: officials('POST', 303),
  },
  {
    method: 'POST',
    route: '/runs/:run/enrol',
    url: '/runs/:runsfull/enrol',
    expect: officials('POST', 409),
  },
  {
    method: 'POST',
    route: '/runs/:run/waitlist',
    url: '/runs/:runsfull/waitlist',
    expect: officials('POST', 303),
  },
  {
    method: 'POST',
    route: '/runs/:run/enrol',
    url: '/runs/:runsdraft/enrol',
    expect: officials('POST', 404),
  },
  {
    method: 'POST',
    route: '/runs/:run/enrol',
    url: '/runs/999999/enrol',
    expect: officials('POST', 404),
  },
  {
    method: 'POST',
    route: '/runs/:run/withdraw',
    url: '/runs/:runsopen/withdraw',
    expect: officials('POST', 303),
  },
  {
    method: 'POST',
    route: '/runs/:run/withdraw',
    url: '/runs/:runsapp/withdraw',
    expect: officials('POST', 409),
  },
  {
    method: 'GET',
    route: '/runs/:run/apply',
    url: '/runs/:runsapp/apply',
    expect: officials('GET', 200),
  },
  {
    method: 'GET',
    route: '/runs/:run/apply',
    url: '/runs/:runsopen/apply',
    expect: officials('GET', 409),
  },
  {
    method: 'POST',
    route: '/runs/:run/apply',
    url: '/runs/:runsapp/apply',
    form: { motivation: ' ', organisation_id: '' },
    expect: officials('POST', 400),
  },
  {
    method: 'POST',
    route: '/runs/:run/apply',
    url: '/runs/:runsapp/apply',
    form: { motivation: 'Our city wants to learn.', organisation_id: '' },
    expect: officials('POST', 303),
  },
  {
    method: 'POST',
    route: '/authoring/runs/:run/cancel',
    url: '/authoring/runs/:runscancel/cancel',
    expect: editors('POST', [303, 409, 409]),
  },
];
