import { movePostStatus } from '../../src/features/discussions/moderation.queries.ts';
import { insertReport } from '../../src/features/discussions/reports.queries.ts';
import { insertSuspension } from '../../src/features/discussions/suspensions-write.queries.ts';
import { insertPost } from '../../src/features/discussions/thread-write.queries.ts';
import { createThread } from '../factories/discussions.ts';
import { createOfficial } from '../factories/officials.ts';
import { enrol } from '../factories/runs.ts';
import { type RouteRow, seedTableRun, type SetupContext } from './types.ts';

// Moderation in a run whose facilitator is the table's facilitator and where the table's learner
// is enrolled. The partner editor cannot read the run (404); the learner reads but does not
// moderate (403). Actions that change a post's state succeed once (the facilitator, who comes
// first); the coordinator and admin after them find it changed already (409).

const moderators = {
  anonymous: 303,
  learner: 403,
  facilitator: 200,
  partner_editor: 403,
  coordinator: 200,
  admin: 200,
};
const inRun = { ...moderators, partner_editor: 404 };
const onceByFacilitator = {
  anonymous: 401,
  learner: 403,
  facilitator: 303,
  partner_editor: 404,
  coordinator: 409,
  admin: 409,
};

export async function setup(ctx: SetupContext): Promise<void> {
  const { deps, values, organisationId, officials } = ctx;
  const run = await seedTableRun(ctx);
  const other = await createOfficial(deps, { organisationId });
  await enrol(deps, run.id, other.id);
  const learner = officials.learner.id;
  const thread = await createThread(deps, {
    subject: { kind: 'run', id: run.id },
    authorId: learner,
    replies: [
      { authorId: officials.facilitator.id, body: 'Let us compare the two approaches.' },
      { authorId: other.id, body: 'Buy cheap watches here.' },
      { authorId: other.id, body: 'A post a moderator hid.' },
    ],
  });
  const [first, facilitatorPost, toHide, hidden] = thread.postIds as [
    number,
    number,
    number,
    number,
  ];
  const now = new Date().toISOString();
  await movePostStatus(deps.db, hidden, ['visible'], 'hidden', officials.facilitator.id, now);
  const held = async () =>
    insertPost(deps.db, {
      threadId: thread.id,
      authorId: other.id,
      body: 'See https://example.org',
      bodyHtml: '<p>See</p>',
      status: 'held',
      now,
    });
  const reporter = await createOfficial(deps, { organisationId });
  await insertReport(deps.db, {
    postId: first,
    reporterId: reporter.id,
    reason: 'spam',
    note: '',
    now,
  });
  const suspension = await insertSuspension(deps.db, {
    userId: other.id,
    subject: { kind: 'run', id: run.id },
    reason: 'Advertising',
    endsAt: null,
    by: officials.facilitator.id,
    now,
  });
  values[':moderationpost'] = String(facilitatorPost);
  values[':moderationfirst'] = String(first);
  values[':moderationhide'] = String(toHide);
  values[':moderationhidden'] = String(hidden);
  values[':moderationheld'] = String(await held());
  values[':moderationreject'] = String(await held());
  values[':moderationreport'] = String(
    (
      await deps.db
        .selectFrom('post_reports')
        .select('id')
        .where('post_id', '=', first)
        .executeTakeFirstOrThrow()
    ).id,
  );
  values[':moderationsuspension'] = String(suspension);
  values[':moderationuser'] = String(other.id);
  values[':moderationrun'] = String(run.id);
}

const suspendUrl =
  '/moderation/suspensions/new?user=:moderationuser&kind=run&subject=:moderationrun';

export const routes: RouteRow[] = [
  {
    method: 'GET',
    route: '/posts/:id/report',
    url: '/posts/:moderationpost/report',
    // The facilitator wrote the post: nobody reports their own.
    expect: { ...inRun, learner: 200, facilitator: 403 },
  },
  {
    method: 'POST',
    route: '/posts/:id/report',
    url: '/posts/:moderationpost/report',
    form: { reason: 'spam', note: '' },
    expect: {
      anonymous: 401,
      learner: 303,
      facilitator: 403,
      partner_editor: 404,
      coordinator: 303,
      admin: 303,
    },
  },
  { method: 'GET', route: '/moderation', url: '/moderation', expect: moderators },
  { method: 'GET', route: '/moderation/log', url: '/moderation/log', expect: moderators },
  {
    method: 'GET',
    route: '/posts/:id/history',
    url: '/posts/:moderationfirst/history',
    expect: inRun,
  },
  {
    method: 'POST',
    route: '/moderation/posts/:id/hide',
    url: '/moderation/posts/:moderationhide/hide',
    form: { reason: 'Advertising' },
    expect: onceByFacilitator,
  },
  {
    method: 'POST',
    route: '/moderation/posts/:id/restore',
    url: '/moderation/posts/:moderationhidden/restore',
    expect: onceByFacilitator,
  },
  {
    method: 'POST',
    route: '/moderation/posts/:id/approve',
    url: '/moderation/posts/:moderationheld/approve',
    expect: onceByFacilitator,
  },
  {
    method: 'POST',
    route: '/moderation/posts/:id/reject',
    url: '/moderation/posts/:moderationreject/reject',
    expect: onceByFacilitator,
  },
  {
    method: 'POST',
    route: '/moderation/reports/:id/dismiss',
    url: '/moderation/reports/:moderationreport/dismiss',
    expect: onceByFacilitator,
  },
  { method: 'GET', route: '/moderation/suspensions/new', url: suspendUrl, expect: inRun },
  {
    method: 'POST',
    route: '/moderation/suspensions/new',
    url: suspendUrl,
    form: { scope: 'subject', reason: 'Advertising', endsOn: '' },
    expect: {
      anonymous: 401,
      learner: 403,
      facilitator: 303,
      partner_editor: 404,
      coordinator: 303,
      admin: 303,
    },
  },
  {
    method: 'POST',
    route: '/moderation/suspensions/:id/lift',
    url: '/moderation/suspensions/:moderationsuspension/lift',
    expect: onceByFacilitator,
  },
];
