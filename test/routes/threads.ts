import { createThread } from '../factories/discussions.ts';
import { type ActorKind, type RouteRow, seedTableRun, type SetupContext } from './types.ts';

// A thread page and its actions, in a run whose facilitator is the table's facilitator and whose
// learner is the table's learner. The partner editor is no member: the thread is not found.
// Visitors are sent to sign in (GET) or refused (POST).

export async function setup(ctx: SetupContext): Promise<void> {
  const { deps, values, officials } = ctx;
  const run = await seedTableRun(ctx);
  const thread = await createThread(deps, {
    subject: { kind: 'run', id: run.id },
    authorId: officials.learner.id,
    title: 'Route table thread',
    replies: [{ authorId: officials.facilitator.id, body: 'An answer.' }],
  });
  values[':threadsthread'] = String(thread.id);
  values[':threadspost'] = String(thread.postIds[1]);
}

/** Readers of the run's discussions (its learner, facilitator, coordinators) get `status`. */
const readers = (method: 'GET' | 'POST', status: number): Record<ActorKind, number> => ({
  anonymous: method === 'GET' ? 303 : 401,
  learner: status,
  facilitator: status,
  partner_editor: 404,
  coordinator: status,
  admin: status,
});
/** Moderators (the run's facilitator, coordinators) get 303; the learner may read but not act. */
const moderators: Record<ActorKind, number> = { ...readers('POST', 303), learner: 403 };

const threadActions = ['follow', 'mute', 'unfollow'].map((action): RouteRow => ({
  method: 'POST',
  route: `/threads/:id/${action}`,
  url: `/threads/:threadsthread/${action}`,
  expect: readers('POST', 303),
}));
const moderatorActions = ['pin', 'unpin', 'lock', 'unlock'].map((action): RouteRow => ({
  method: 'POST',
  route: `/threads/:id/${action}`,
  url: `/threads/:threadsthread/${action}`,
  expect: moderators,
}));
const answerActions = ['answer', 'unanswer'].map((action): RouteRow => ({
  method: 'POST',
  route: `/posts/:id/${action}`,
  url: `/posts/:threadspost/${action}`,
  expect: moderators,
}));

export const routes: RouteRow[] = [
  {
    method: 'GET',
    route: '/threads/:id',
    url: '/threads/:threadsthread',
    expect: readers('GET', 200),
  },
  ...threadActions,
  ...moderatorActions,
  ...answerActions,
];
