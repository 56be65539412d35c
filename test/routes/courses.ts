import type { ActorKind, RouteRow } from './types.ts';

// Course authoring and review. The rows run in order on a fresh database, so the ids are known:
// themes 1–6, the "Table Partner" organisation is 1 (every signed-in actor's partner organisation),
// and each row that creates something creates it once per partner editor, coordinator and admin.

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
  // Creates courses 1, 2 and 3, all owned by organisation 1.
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
    url: '/authoring/courses/1',
    expect: authors('GET', [200, 200, 200]),
  },
  {
    method: 'GET',
    route: '/authoring/courses/:id',
    url: '/authoring/courses/1?lang=ar',
    expect: authors('GET', [200, 200, 200]),
  },
  {
    method: 'GET',
    route: '/authoring/courses/:id',
    url: '/authoring/courses/1?lang=xx',
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
    url: '/authoring/courses/1',
    form: details,
    expect: authors('POST', [303, 303, 303]),
  },
  {
    method: 'POST',
    route: '/authoring/courses/:id',
    url: '/authoring/courses/1',
    form: { ...details, theme_ids: '999' },
    expect: authors('POST', [400, 400, 400]),
  },
  // Modules 1, 2 and 3 in course 1.
  {
    method: 'POST',
    route: '/authoring/courses/:id/modules',
    url: '/authoring/courses/1/modules',
    form: title,
    expect: authors('POST', [303, 303, 303]),
  },
  {
    method: 'POST',
    route: '/authoring/modules/:id',
    url: '/authoring/modules/1',
    form: { language: 'fr', title: 'Partie' },
    expect: authors('POST', [303, 303, 303]),
  },
  // Module 1 goes down twice, then cannot; the first module cannot go up.
  {
    method: 'POST',
    route: '/authoring/modules/:id/move',
    url: '/authoring/modules/1/move',
    form: { direction: 'down' },
    expect: authors('POST', [303, 303, 400]),
  },
  {
    method: 'POST',
    route: '/authoring/modules/:id/move',
    url: '/authoring/modules/2/move',
    form: { direction: 'up' },
    expect: authors('POST', [400, 400, 400]),
  },
  // Lessons 1, 2 and 3 in module 1.
  {
    method: 'POST',
    route: '/authoring/modules/:id/lessons',
    url: '/authoring/modules/1/lessons',
    form: title,
    expect: authors('POST', [303, 303, 303]),
  },
  {
    method: 'GET',
    route: '/authoring/lessons/:id',
    url: '/authoring/lessons/1',
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
    url: '/authoring/lessons/1',
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
    url: '/authoring/lessons/1',
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
    url: '/authoring/lessons/1/move',
    form: { direction: 'up' },
    expect: authors('POST', [400, 400, 400]),
  },
  // Course 1 goes to review (once), is sent back, then published.
  {
    method: 'POST',
    route: '/authoring/courses/:id/submit',
    url: '/authoring/courses/1/submit',
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
    url: '/authoring/courses/1/send-back',
    form: { comment: 'Please add sources.' },
    expect: reviewers('POST', [303, 409]),
  },
  {
    method: 'POST',
    route: '/authoring/courses/:id/publish',
    url: '/authoring/courses/1/publish',
    expect: reviewers('POST', [303, 409]),
  },
  // Deleting: course 1 is published now; course 2 is a draft (modules 4–6, lessons 4–6 in module 4).
  {
    method: 'POST',
    route: '/authoring/lessons/:id/delete',
    url: '/authoring/lessons/2/delete',
    expect: authors('POST', [409, 409, 409]),
  },
  {
    method: 'POST',
    route: '/authoring/courses/:id/modules',
    url: '/authoring/courses/2/modules',
    form: title,
    expect: authors('POST', [303, 303, 303]),
  },
  {
    method: 'POST',
    route: '/authoring/modules/:id/lessons',
    url: '/authoring/modules/4/lessons',
    form: title,
    expect: authors('POST', [303, 303, 303]),
  },
  {
    method: 'POST',
    route: '/authoring/lessons/:id/delete',
    url: '/authoring/lessons/4/delete',
    expect: authors('POST', [303, 404, 404]),
  },
  {
    method: 'POST',
    route: '/authoring/modules/:id/delete',
    url: '/authoring/modules/4/delete',
    expect: authors('POST', [303, 404, 404]),
  },
  {
    method: 'POST',
    route: '/authoring/modules/:id/delete',
    url: '/authoring/modules/abc/delete',
    expect: authors('POST', [404, 404, 404]),
  },
];
