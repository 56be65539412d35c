import { createCourse } from '../factories/courses.ts';
import type { ActorKind, RouteRow, SetupContext } from './types.ts';

// Course authoring and review. The rows run in order on two draft courses that setup() seeds for
// the "Table Partner" organisation (every signed-in actor's partner organisation); each row that
// changes something does so once per partner editor, coordinator and admin.

/** Course 1: modules 1–3 (three lessons in module 1, one in each other); course 2: one module. */
export async function setup({
  deps,
  values,
  organisationId,
  officials,
}: SetupContext): Promise<void> {
  const make = (modules: number[]) =>
    createCourse(deps, { organisationId, createdBy: officials.partner_editor.id, modules });
  const one = await make([3, 1, 1]);
  const two = await make([1]);
  values[':courseone'] = String(one.id);
  values[':coursetwo'] = String(two.id);
  values[':moduleone'] = String(one.moduleIds[0]);
  values[':moduletwo'] = String(one.moduleIds[1]);
  values[':lessonone'] = String(one.lessonIds[0]![0]);
  values[':lessontwo'] = String(one.lessonIds[0]![1]);
  values[':modulefour'] = String(two.moduleIds[0]);
  values[':lessonfour'] = String(two.lessonIds[0]![0]);
}

type Ok = [number, number, number];
/** Visitors are sent to sign in (GET) or refused (POST); learners and facilitators are refused. */
const authors = (method: 'GET' | 'POST', [pe, co, ad]: Ok): Record<ActorKind, number> => ({
  anonymous: method === 'GET' ? 303 : 401,
  learner: 403,
  facilitator: 403,
  partner_editor: pe,
  coordinator: co,
  admin: ad,
});
const reviewers = (method: 'GET' | 'POST', [co, ad]: [number, number]) =>
  authors(method, [403, co, ad]);

const details = {
  language: 'en',
  title: 'Route table course',
  summary: 'A summary.',
  objectives: 'One\nTwo',
  theme_ids: '1',
  format: 'blended',
  level: 'advanced',
  duration_hours: '12',
  organisation_id: '1',
};
const title = { language: 'en', title: 'Route table part' };

export const routes: RouteRow[] = [
  {
    method: 'GET',
    route: '/authoring/courses',
    url: '/authoring/courses',
    expect: authors('GET', [200, 200, 200]),
  },
  {
    method: 'GET',
    route: '/authoring/courses/new',
    url: '/authoring/courses/new',
    expect: authors('GET', [200, 200, 200]),
  },
  {
    method: 'POST',
    route: '/authoring/courses',
    url: '/authoring/courses',
    form: details,
    expect: authors('POST', [303, 303, 303]),
  },
  {
    method: 'POST',
    route: '/authoring/courses',
    url: '/authoring/courses',
    form: { ...details, title: 'x'.repeat(10_000) },
    expect: authors('POST', [400, 400, 400]),
  },
  {
    method: 'GET',
    route: '/authoring/courses/:id',
    url: '/authoring/courses/:courseone',
    expect: authors('GET', [200, 200, 200]),
  },
  {
    method: 'GET',
    route: '/authoring/courses/:id',
    url: '/authoring/courses/:courseone?lang=ar',
    expect: authors('GET', [200, 200, 200]),
  },
  {
    method: 'GET',
    route: '/authoring/courses/:id',
    url: '/authoring/courses/:courseone?lang=xx',
    expect: authors('GET', [400, 400, 400]),
  },
  {
    method: 'GET',
    route: '/authoring/courses/:id',
    url: '/authoring/courses/abc',
    expect: authors('GET', [404, 404, 404]),
  },
  {
    method: 'GET',
    route: '/authoring/courses/:id',
    url: '/authoring/courses/999999',
    expect: authors('GET', [404, 404, 404]),
  },
  {
    method: 'POST',
    route: '/authoring/courses/:id',
    url: '/authoring/courses/:courseone',
    form: details,
    expect: authors('POST', [303, 303, 303]),
  },
  {
    method: 'POST',
    route: '/authoring/courses/:id',
    url: '/authoring/courses/:courseone',
    form: { ...details, theme_ids: '999' },
    expect: authors('POST', [400, 400, 400]),
  },
  // Three more modules at the end of course 1.
  {
    method: 'POST',
    route: '/authoring/courses/:id/modules',
    url: '/authoring/courses/:courseone/modules',
    form: title,
    expect: authors('POST', [303, 303, 303]),
  },
  {
    method: 'POST',
    route: '/authoring/modules/:id',
    url: '/authoring/modules/:moduleone',
    form: { language: 'fr', title: 'Partie' },
    expect: authors('POST', [303, 303, 303]),
  },
  // Module 1 goes down three places; module 2 is then first and cannot go up.
  {
    method: 'POST',
    route: '/authoring/modules/:id/move',
    url: '/authoring/modules/:moduleone/move',
    form: { direction: 'down' },
    expect: authors('POST', [303, 303, 303]),
  },
  {
    method: 'POST',
    route: '/authoring/modules/:id/move',
    url: '/authoring/modules/:moduletwo/move',
    form: { direction: 'up' },
    expect: authors('POST', [400, 400, 400]),
  },
  // Three more lessons at the end of module 1.
  {
    method: 'POST',
    route: '/authoring/modules/:id/lessons',
    url: '/authoring/modules/:moduleone/lessons',
    form: title,
    expect: authors('POST', [303, 303, 303]),
  },
  {
    method: 'GET',
    route: '/authoring/lessons/:id',
    url: '/authoring/lessons/:lessonone',
    expect: authors('GET', [200, 200, 200]),
  },
  {
    method: 'GET',
    route: '/authoring/lessons/:id',
    url: '/authoring/lessons/999999',
    expect: authors('GET', [404, 404, 404]),
  },
  {
    method: 'POST',
    route: '/authoring/lessons/:id',
    url: '/authoring/lessons/:lessonone',
    form: {
      language: 'en',
      title: 'Lesson',
      body: '# Hello',
      kind: 'text',
      video_url: '',
      is_required: '1',
    },
    expect: authors('POST', [303, 303, 303]),
  },
  {
    method: 'POST',
    route: '/authoring/lessons/:id',
    url: '/authoring/lessons/:lessonone',
    form: {
      language: 'en',
      title: 'Lesson',
      body: '',
      kind: 'video',
      video_url: 'javascript:alert(1)',
    },
    expect: authors('POST', [400, 400, 400]),
  },
  {
    method: 'POST',
    route: '/authoring/lessons/:id/move',
    url: '/authoring/lessons/:lessonone/move',
    form: { direction: 'up' },
    expect: authors('POST', [400, 400, 400]),
  },
  // Course 1 goes to review (once), is sent back, then published.
  {
    method: 'POST',
    route: '/authoring/courses/:id/submit',
    url: '/authoring/courses/:courseone/submit',
    expect: authors('POST', [303, 409, 409]),
  },
  {
    method: 'GET',
    route: '/review/courses',
    url: '/review/courses',
    expect: reviewers('GET', [200, 200]),
  },
  {
    method: 'POST',
    route: '/authoring/courses/:id/send-back',
    url: '/authoring/courses/:courseone/send-back',
    form: { comment: 'Please add sources.' },
    expect: reviewers('POST', [303, 409]),
  },
  {
    method: 'POST',
    route: '/authoring/courses/:id/publish',
    url: '/authoring/courses/:courseone/publish',
    expect: reviewers('POST', [303, 409]),
  },
  // Deleting: course 1 is published now; course 2 is still a draft.
  {
    method: 'POST',
    route: '/authoring/lessons/:id/delete',
    url: '/authoring/lessons/:lessontwo/delete',
    expect: authors('POST', [409, 409, 409]),
  },
  {
    method: 'POST',
    route: '/authoring/courses/:id/modules',
    url: '/authoring/courses/:coursetwo/modules',
    form: title,
    expect: authors('POST', [303, 303, 303]),
  },
  {
    method: 'POST',
    route: '/authoring/modules/:id/lessons',
    url: '/authoring/modules/:modulefour/lessons',
    form: title,
    expect: authors('POST', [303, 303, 303]),
  },
  {
    method: 'POST',
    route: '/authoring/lessons/:id/delete',
    url: '/authoring/lessons/:lessonfour/delete',
    expect: authors('POST', [303, 404, 404]),
  },
  {
    method: 'POST',
    route: '/authoring/modules/:id/delete',
    url: '/authoring/modules/:modulefour/delete',
    expect: authors('POST', [303, 404, 404]),
  },
  {
    method: 'POST',
    route: '/authoring/modules/:id/delete',
    url: '/authoring/modules/abc/delete',
    expect: authors('POST', [404, 404, 404]),
  },
];
