import { createCourse } from '../factories/courses.ts';
import { createThread } from '../factories/discussions.ts';
import { createRun, enrol } from '../factories/runs.ts';
import { createThemes } from '../factories/themes.ts';
import { all, signedIn, type RouteRow, type SetupContext } from './types.ts';

// Discussions: the hub, search and a subject's thread list. ":discrun" is a run whose facilitator
// is the table's facilitator with the table's learner enrolled: they and coordinators read its
// list; the partner editor (neither learner nor facilitator) gets "not found". Every official
// reads a theme's list.

const run = {
  anonymous: 303,
  learner: 200,
  facilitator: 200,
  partner_editor: 404,
  coordinator: 200,
  admin: 200,
};

export async function setup({ deps, values, organisationId, officials }: SetupContext) {
  const course = await createCourse(deps, {
    organisationId,
    createdBy: officials.partner_editor.id,
    status: 'published',
    modules: [1],
  });
  const { id } = await createRun(deps, course.id, { facilitatorIds: [officials.facilitator.id] });
  await enrol(deps, id, officials.learner.id);
  await createThread(deps, {
    subject: { kind: 'run', id },
    authorId: officials.learner.id,
    title: 'Mobility of welcome desks',
  });
  values[':discrun'] = String(id);
  values[':disctheme'] = String(Object.values(await createThemes(deps))[0]);
}

export const routes: RouteRow[] = [
  { method: 'GET', route: '/discussions', url: '/discussions', expect: signedIn(200) },
  {
    method: 'GET',
    route: '/discussions/search',
    url: '/discussions/search?q=mobility',
    expect: signedIn(200),
  },
  {
    method: 'GET',
    route: '/discussions/search',
    url: `/discussions/search?q=${encodeURIComponent('"NEAR( * OR -x \' ; --')}`,
    expect: signedIn(200),
  },
  {
    method: 'GET',
    route: '/discussions/:kind/:id',
    url: '/discussions/run/:discrun',
    expect: run,
  },
  {
    method: 'GET',
    route: '/discussions/:kind/:id',
    url: '/discussions/run/:discrun?q=welcome&page=2',
    expect: run,
  },
  {
    method: 'GET',
    route: '/discussions/:kind/:id',
    url: '/discussions/theme/:disctheme',
    expect: signedIn(200),
  },
  {
    method: 'GET',
    route: '/discussions/:kind/:id',
    url: '/discussions/run/999999',
    expect: { ...all(404), anonymous: 303 },
  },
  { method: 'GET', route: '/discussions/:kind/:id', url: '/discussions/nope/1', expect: all(404) },
  { method: 'GET', route: '/discussions/:kind/:id', url: '/discussions/run/x1', expect: all(404) },
];
