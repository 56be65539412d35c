import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createThread } from '../../../test/factories/discussions.ts';
import { multipart } from '../../../test/factories/files.ts';
import { Client, type TestApp } from '../../../test/support/app.ts';
import {
  createDiscussionSetup,
  postIdOf,
  type DiscussionSetup,
} from '../../../test/support/discussions.ts';
import { clearAttempts } from '../accounts/rate-limits.ts';

// Writing in discussions over HTTP: new threads and replies, quotes, locked threads and double
// submissions.

let t: TestApp;
let themeId: number;
let runId: number;
let learner: Client;
let learnerId: number;
let facilitator: Client;
let stranger: Client;
let send: DiscussionSetup['send'];
let postOf: DiscussionSetup['postOf'];

const key = () => crypto.randomUUID();

before(async () => {
  ({ t, themeId, runId, learner, learnerId, facilitator, stranger, send, postOf } =
    await createDiscussionSetup());
});
after(() => t.close());
// Each test posts a few times: the posting rate limit is tested in posting-limits.test.ts.
beforeEach(() => clearAttempts(t.deps.db, `post:${learnerId}`));

describe('new thread', () => {
  it('starts a thread with its first post; its author follows it', async () => {
    const page = await learner.get(`/discussions/theme/${themeId}/new`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /name="requestKey"/);
    const res = await send(learner, `/discussions/theme/${themeId}/new`, {
      title: 'Bike lanes in winter',
      body: 'How do you **clear** them?',
      requestKey: key(),
    });
    assert.equal(res.statusCode, 303);
    const threadId = Number(/^\/threads\/(\d+)\?done=posted$/.exec(res.headers.location!)?.[1]);
    const thread = await t.deps.db
      .selectFrom('threads')
      .selectAll()
      .where('id', '=', threadId)
      .executeTakeFirstOrThrow();
    assert.equal(thread.title, 'Bike lanes in winter');
    assert.equal(Number(thread.post_count), 1);
    const follow = await t.deps.db
      .selectFrom('thread_follows')
      .selectAll()
      .where('thread_id', '=', threadId)
      .execute();
    assert.deepEqual(
      follow.map((f) => [f.user_id, f.state]),
      [[learnerId, 'following']],
    );
  });

  it('refuses a short title and an empty body with the text kept', async () => {
    const res = await send(learner, `/discussions/theme/${themeId}/new`, {
      title: 'ab',
      body: '   ',
      requestKey: key(),
    });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /at least 3 characters/);
    assert.match(res.body, /Please write a message/);
    assert.match(res.body, /value="ab"/);
  });

  it('a run one is not enrolled in, an unknown subject or kind: 404; anonymous: sign in', async () => {
    assert.equal((await stranger.get(`/discussions/run/${runId}/new`)).statusCode, 404);
    const title = `Not a member ${key()}`;
    const posted = await send(stranger, `/discussions/run/${runId}/new`, { title, body: 'Hi' });
    assert.equal(posted.statusCode, 404);
    const none = await t.deps.db
      .selectFrom('threads')
      .select('id')
      .where('title', '=', title)
      .execute();
    assert.equal(none.length, 0);
    assert.equal((await learner.get(`/discussions/run/${runId}/new`)).statusCode, 200);
    assert.equal((await learner.get('/discussions/theme/999999/new')).statusCode, 404);
    assert.equal((await learner.get(`/discussions/planet/${themeId}/new`)).statusCode, 404);
    const res = await new Client(t.app).get(`/discussions/theme/${themeId}/new`);
    assert.equal(res.statusCode, 303);
    assert.match(res.headers.location!, /^\/sign-in\?next=/);
  });

  it('the same form sent twice at once makes one thread', async () => {
    const requestKey = key();
    const title = `Parallel ${requestKey}`;
    const fields = { title, body: 'Once only', requestKey };
    const url = `/discussions/run/${runId}/new`;
    const [a, b] = await Promise.all([send(learner, url, fields), send(learner, url, fields)]);
    assert.equal(a.statusCode, 303);
    assert.equal(b.statusCode, 303);
    assert.equal(a.headers.location, b.headers.location);
    const rows = await t.deps.db
      .selectFrom('threads')
      .select('id')
      .where('title', '=', title)
      .execute();
    assert.equal(rows.length, 1);
    const posts = await t.deps.db
      .selectFrom('posts')
      .select('id')
      .where('thread_id', '=', rows[0]!.id)
      .execute();
    assert.equal(posts.length, 1);
  });
});

describe('replies', () => {
  it('goes to the last page of the thread, at the new post', async () => {
    const replies = Array.from({ length: 55 }, (_, i) => ({ authorId: learnerId, body: `r${i}` }));
    const thread = await createThread(t.deps, {
      subject: { kind: 'theme', id: themeId },
      authorId: learnerId,
      replies,
    });
    const res = await send(learner, `/threads/${thread.id}/posts`, {
      body: 'Late reply',
      requestKey: key(),
    });
    assert.equal(res.statusCode, 303);
    const postId = postIdOf(res.headers.location);
    assert.equal(res.headers.location, `/threads/${thread.id}?page=2&done=posted#post-${postId}`);
    const row = await postOf(postId);
    assert.equal(row.body, 'Late reply');
    assert.equal(row.status, 'visible');
  });

  it('refuses a reply without the form token, before reading it', async () => {
    const thread = await createThread(t.deps, {
      subject: { kind: 'theme', id: themeId },
      authorId: learnerId,
    });
    const form = multipart([['body', 'Forged']]);
    const res = await t.app.inject({
      method: 'POST',
      url: `/threads/${thread.id}/posts`,
      payload: form.payload,
      headers: {
        ...form.headers,
        cookie: [...learner.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    assert.equal(res.statusCode, 403);
    const n = await t.deps.db
      .selectFrom('posts')
      .select('id')
      .where('thread_id', '=', thread.id)
      .execute();
    assert.equal(n.length, 1);
  });

  it('two submissions of one reply at once make one post', async () => {
    const thread = await createThread(t.deps, {
      subject: { kind: 'theme', id: themeId },
      authorId: learnerId,
    });
    const fields = { body: 'Only once please', requestKey: key() };
    const url = `/threads/${thread.id}/posts`;
    const [a, b] = await Promise.all([send(learner, url, fields), send(learner, url, fields)]);
    assert.equal(a.statusCode, 303);
    assert.equal(b.statusCode, 303);
    assert.equal(a.headers.location, b.headers.location);
    const n = await t.deps.db
      .selectFrom('posts')
      .select('id')
      .where('thread_id', '=', thread.id)
      .execute();
    assert.equal(n.length, 2);
  });

  it('quotes a visible post of the same thread, not a held, hidden, deleted or foreign one', async () => {
    const thread = await createThread(t.deps, {
      subject: { kind: 'theme', id: themeId },
      authorId: learnerId,
      replies: [
        { authorId: learnerId, body: 'held' },
        { authorId: learnerId, body: 'hidden' },
        { authorId: learnerId, body: 'deleted' },
      ],
    });
    const [first, held, hidden, deleted] = thread.postIds as [number, number, number, number];
    for (const [id, status] of [
      [held, 'held'],
      [hidden, 'hidden'],
      [deleted, 'deleted'],
    ] as const)
      await t.deps.db.updateTable('posts').set({ status }).where('id', '=', id).execute();
    const other = await createThread(t.deps, {
      subject: { kind: 'theme', id: themeId },
      authorId: learnerId,
    });
    const url = `/threads/${thread.id}/posts`;
    for (const quote of [held, hidden, deleted, other.postIds[0]!, 999_999, 'x']) {
      const res = await send(learner, url, {
        body: 'Quoting this',
        quote: String(quote),
        requestKey: key(),
      });
      assert.equal(res.statusCode, 400, `quote ${quote}`);
      assert.match(res.body, /cannot be quoted/);
      assert.match(res.body, /Quoting this<\/textarea>/);
    }
    const ok = await send(learner, url, {
      body: 'I agree',
      quote: String(first),
      requestKey: key(),
    });
    assert.equal(ok.statusCode, 303);
    assert.equal((await postOf(postIdOf(ok.headers.location))).quote_post_id, first);
  });

  it('a locked thread: 409 for members, moderators may still post', async () => {
    const thread = await createThread(t.deps, {
      subject: { kind: 'run', id: runId },
      authorId: learnerId,
    });
    await t.deps.db
      .updateTable('threads')
      .set({ is_locked: 1 })
      .where('id', '=', thread.id)
      .execute();
    const url = `/threads/${thread.id}/posts`;
    const locked = await send(learner, url, { body: 'Hello?', requestKey: key() });
    assert.equal(locked.statusCode, 409);
    assert.match(locked.body, /This discussion is locked/);
    assert.equal(
      (await send(facilitator, url, { body: 'Closed now.', requestKey: key() })).statusCode,
      303,
    );
    assert.equal(
      (await send(stranger, url, { body: 'Me too', requestKey: key() })).statusCode,
      404,
    );
  });
});
