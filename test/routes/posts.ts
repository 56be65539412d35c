import { storeUpload } from '../../src/files/index.ts';
import { acceptUpload } from '../../src/files/upload.ts';
import { createThread } from '../factories/discussions.ts';
import { incomingFile, smallPdf } from '../factories/files.ts';
import { type ActorKind, type RouteRow, seedTableRun, type SetupContext } from './types.ts';

// Writing in discussions, in a run whose facilitator is the table's facilitator and whose learner
// is the table's learner (the author of the posts to edit and delete, one with an attachment).
// The partner editor is no member: the run's discussions are not found. Coordinators moderate
// but do not change others' text.

export async function setup(ctx: SetupContext): Promise<void> {
  const { deps, values, officials } = ctx;
  const run = await seedTableRun(ctx);
  const thread = await createThread(deps, {
    subject: { kind: 'run', id: run.id },
    authorId: officials.learner.id,
    title: 'Posts table thread',
    replies: [{ authorId: officials.learner.id, body: 'To be deleted.' }],
  });
  const upload = await acceptUpload(incomingFile('table.pdf', smallPdf('Table')), 1_000_000);
  const file = await storeUpload(deps.db, upload);
  const { id: attachmentId } = await deps.db
    .insertInto('post_attachments')
    .values({
      post_id: thread.postIds[0]!,
      file_id: file.id,
      file_name: upload.name,
      created_at: new Date().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  values[':postsrun'] = String(run.id);
  values[':poststhread'] = String(thread.id);
  values[':postspost'] = String(thread.postIds[0]);
  values[':postsdeleted'] = String(thread.postIds[1]);
  values[':postsattachment'] = String(attachmentId);
}

/** Members of the run's discussions (its learner, facilitator, coordinators) get `status`. */
const members = (method: 'GET' | 'POST', status: number): Record<ActorKind, number> => ({
  anonymous: method === 'GET' ? 303 : 401,
  learner: status,
  facilitator: status,
  partner_editor: 404,
  coordinator: status,
  admin: status,
});
/** Only the author (the learner) changes the post; other members get 403. */
const author = (method: 'GET' | 'POST', status: number): Record<ActorKind, number> => ({
  ...members(method, 403),
  learner: status,
});

export const routes: RouteRow[] = [
  {
    method: 'GET',
    route: '/discussions/:kind/:id/new',
    url: '/discussions/run/:postsrun/new',
    expect: members('GET', 200),
  },
  {
    method: 'POST',
    route: '/discussions/:kind/:id/new',
    url: '/discussions/run/:postsrun/new',
    form: { title: 'A table thread', body: 'Hello from the table.' },
    expect: members('POST', 303),
  },
  {
    method: 'POST',
    route: '/threads/:id/posts',
    url: '/threads/:poststhread/posts',
    form: { body: 'A table reply.' },
    expect: members('POST', 303),
  },
  {
    method: 'GET',
    route: '/posts/:id/edit',
    url: '/posts/:postspost/edit',
    expect: author('GET', 200),
  },
  {
    method: 'POST',
    route: '/posts/:id/edit',
    url: '/posts/:postspost/edit',
    form: { body: 'Edited in the table.' },
    expect: author('POST', 303),
  },
  {
    method: 'POST',
    route: '/posts/:id/delete',
    url: '/posts/:postsdeleted/delete',
    expect: author('POST', 303),
  },
  {
    method: 'GET',
    route: '/posts/:id/attachments/:attachmentId',
    url: '/posts/:postspost/attachments/:postsattachment',
    expect: members('GET', 200),
  },
];
