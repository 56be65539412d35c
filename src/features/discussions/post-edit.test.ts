import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ageAccount, createThread } from '../../../test/factories/discussions.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createThemes } from '../../../test/factories/themes.ts';
import { createTestApp, type Client, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';

// Authors edit and delete their own posts; moderators do not change others' text.

let t: TestApp;
let themeId: number;
let author: { id: number; client: Client };
let other: Client;
let coordinator: Client;

const subject = () => ({ kind: 'theme' as const, id: themeId });

async function postRow(id: number) {
  return t.deps.db.selectFrom('posts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

before(async () => {
  t = await createTestApp();
  themeId = Object.values(await createThemes(t.deps))[0]!;
  const a = await signInNew(t.app, t.deps, { name: 'Eda Editor' });
  author = { id: a.official.id, client: a.client };
  await ageAccount(t.deps, author.id);
  other = (await signInNew(t.app, t.deps)).client;
  coordinator = (await signInNew(t.app, t.deps, { roles: ['coordinator'] })).client;
});
after(() => t.close());

describe('editing a post', () => {
  it('keeps the old text as a revision, marks it edited and renders it again', async () => {
    const thread = await createThread(t.deps, {
      subject: subject(),
      authorId: author.id,
      body: 'First *draft*',
    });
    const postId = thread.postIds[0]!;
    const page = await author.client.get(`/posts/${postId}/edit`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /First \*draft\*<\/textarea>/);
    const res = await author.client.submit(`/posts/${postId}/edit`, `/posts/${postId}/edit`, {
      body: 'Second **version**',
    });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `/threads/${thread.id}?page=1&done=edited#post-${postId}`);
    const row = await postRow(postId);
    assert.equal(row.body, 'Second **version**');
    assert.match(row.body_html, /<strong>version<\/strong>/);
    assert.ok(row.edited_at);
    const revisions = await t.deps.db
      .selectFrom('post_revisions')
      .selectAll()
      .where('post_id', '=', postId)
      .execute();
    assert.deepEqual(
      revisions.map((r) => [r.body, r.edited_by]),
      [['First *draft*', author.id]],
    );
  });

  it('only its author: others and moderators get 403; invalid text 400 kept', async () => {
    const thread = await createThread(t.deps, { subject: subject(), authorId: author.id });
    const postId = thread.postIds[0]!;
    assert.equal((await other.get(`/posts/${postId}/edit`)).statusCode, 403);
    assert.equal((await coordinator.get(`/posts/${postId}/edit`)).statusCode, 403);
    const csrf = await other.csrfFrom(`/discussions/theme/${themeId}/new`);
    assert.equal(
      (await other.post(`/posts/${postId}/edit`, { _csrf: csrf, body: 'mine now' })).statusCode,
      403,
    );
    const long = await author.client.submit(`/posts/${postId}/edit`, `/posts/${postId}/edit`, {
      body: 'x'.repeat(20_001),
    });
    assert.equal(long.statusCode, 400);
    assert.match(long.body, /at most 20,000 characters/);
    const huge = await author.client.submit(`/posts/${postId}/edit`, `/posts/${postId}/edit`, {
      body: 'y'.repeat(1024 * 1024),
    });
    // Over the platform's body limit (1 MB): refused before any handler runs.
    assert.equal(huge.statusCode, 413);
    assert.equal((await postRow(postId)).edited_at, null);
    assert.equal((await author.client.get('/posts/999999/edit')).statusCode, 404);
  });

  it('tells a newly mentioned official once, however often the post is edited', async () => {
    const named = await createOfficial(t.deps, { name: 'Nina Named' });
    const thread = await createThread(t.deps, { subject: subject(), authorId: author.id });
    const postId = thread.postIds[0]!;
    for (const body of ['Hello @Nina Named', 'Hello again @nina named', 'Bye'])
      assert.equal(
        (await author.client.submit(`/posts/${postId}/edit`, `/posts/${postId}/edit`, { body }))
          .statusCode,
        303,
      );
    const told = await t.deps.db
      .selectFrom('notifications')
      .select('kind')
      .where('user_id', '=', named.id)
      .execute();
    assert.deepEqual(
      told.map((n) => n.kind),
      ['mention'],
    );
  });
});

describe('deleting a post', () => {
  it('leaves a placeholder, keeps the text, refreshes the thread counters', async () => {
    const thread = await createThread(t.deps, {
      subject: subject(),
      authorId: author.id,
      replies: [{ authorId: author.id, body: 'Regret this' }],
    });
    const postId = thread.postIds[1]!;
    assert.equal(
      (await other.submit(`/discussions/theme/${themeId}/new`, `/posts/${postId}/delete`, {}))
        .statusCode,
      403,
    );
    const res = await author.client.submit(
      `/discussions/theme/${themeId}/new`,
      `/posts/${postId}/delete`,
      {},
    );
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `/threads/${thread.id}?page=1&done=deleted#post-${postId}`);
    const row = await postRow(postId);
    assert.equal(row.status, 'deleted');
    assert.equal(row.body, 'Regret this');
    assert.ok(row.deleted_at);
    const counters = await t.deps.db
      .selectFrom('threads')
      .selectAll()
      .where('id', '=', thread.id)
      .executeTakeFirstOrThrow();
    assert.equal(Number(counters.post_count), 1);
    assert.equal(counters.last_post_id, thread.postIds[0]);
    // Deleted: it can be neither edited nor deleted again.
    assert.equal((await author.client.get(`/posts/${postId}/edit`)).statusCode, 404);
  });
});
