import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCourse } from '../../../test/factories/courses.ts';
import { ageAccount, createThread } from '../../../test/factories/discussions.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { createRun, enrol } from '../../../test/factories/runs.ts';
import { createThemes } from '../../../test/factories/themes.ts';
import { createTestApp, type Client, type TestApp } from '../../../test/support/app.ts';
import { sendPostForm } from '../../../test/support/discussions.ts';
import { signInNew } from '../../../test/support/sign-in.ts';
import { markMentions, mentionCandidates } from './mentions.ts';
import { announcePost } from './post-write-announce.ts';

// Mentions and followers: who is told about a new post, and who never learns of it. Held posts
// (links from new accounts) are told about when a moderator approves them.

let t: TestApp;
let runId: number;
let themeId: number;
let author: { id: number; client: Client };

function send(client: Client, url: string, fields: Record<string, string>) {
  const formUrl = `/discussions/theme/${themeId}/new`;
  const all: Array<[string, string]> = [
    ...Object.entries(fields),
    ['requestKey', crypto.randomUUID()],
  ];
  return sendPostForm(t, client, formUrl, url, all);
}

const postIdOf = (location: string | undefined) => Number(/#post-(\d+)$/.exec(location ?? '')?.[1]);

async function notices(userId: number, kind?: string) {
  let q = t.deps.db.selectFrom('notifications').selectAll().where('user_id', '=', userId);
  if (kind) q = q.where('kind', '=', kind);
  return q.execute();
}

before(async () => {
  t = await createTestApp();
  themeId = Object.values(await createThemes(t.deps))[0]!;
  const partner = await createOrganisation(t.deps);
  const owner = await createOfficial(t.deps);
  const course = await createCourse(t.deps, {
    organisationId: partner.id,
    createdBy: owner.id,
    status: 'published',
  });
  runId = (await createRun(t.deps, course.id)).id;
  const a = await signInNew(t.app, t.deps, { name: 'Ada Author' });
  author = { id: a.official.id, client: a.client };
  await ageAccount(t.deps, author.id);
  await enrol(t.deps, runId, author.id);
});
after(() => t.close());

describe('reading mentions', () => {
  it('takes up to four words after @, longest first, not e-mail addresses', () => {
    const found = mentionCandidates('Hi @Zoë de la Cruz Ruiz! mail a@b.org and @Li.');
    assert.deepEqual(
      found.map((r) => r.map((c) => c.typed)),
      [['@Zoë de la Cruz', '@Zoë de la', '@Zoë de', '@Zoë'], ['@Li']],
    );
    assert.equal(found[0]![0]!.folded, 'zoe de la cruz');
  });

  it('marks mentions in text, not inside links or code', () => {
    const html = '<p>@Ann Lee and <a href="/x">@Ann Lee</a> <code>@Ann Lee</code></p>';
    assert.equal(
      markMentions(html, ['@Ann Lee']),
      '<p><span class="mention">@Ann Lee</span> and <a href="/x">@Ann Lee</a> <code>@Ann Lee</code></p>',
    );
  });
});

describe('mentions', () => {
  it('tells a mentioned reader once, case and accents ignored; a non-reader learns nothing', async () => {
    const reader = await createOfficial(t.deps, { name: 'Zoë Mentionable' });
    await enrol(t.deps, runId, reader.id);
    const outsider = await createOfficial(t.deps, { name: 'Secret Outsider' });
    const thread = await createThread(t.deps, {
      subject: { kind: 'run', id: runId },
      authorId: author.id,
    });
    const res = await send(author.client, `/threads/${thread.id}/posts`, {
      body: 'Thanks @zoe mentionable and @Secret Outsider, and @Ada Author too',
    });
    assert.equal(res.statusCode, 303);
    const postId = postIdOf(res.headers.location);
    const told = await notices(reader.id, 'mention');
    assert.equal(told.length, 1);
    assert.equal(told[0]!.message, 'posts.notify.mention');
    assert.equal(told[0]!.link, `/threads/${thread.id}#post-${postId}`);
    assert.equal(told[0]!.source, `post:${postId}`);
    const { title } = await t.deps.db
      .selectFrom('threads')
      .select('title')
      .where('id', '=', thread.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(JSON.parse(told[0]!.params), { actor: 'Ada Author', thread: title });
    assert.equal((await notices(outsider.id)).length, 0);
    assert.equal((await notices(author.id, 'mention')).length, 0);
    const rows = await t.deps.db
      .selectFrom('post_mentions')
      .select('user_id')
      .where('post_id', '=', postId)
      .execute();
    assert.deepEqual(
      rows.map((r) => r.user_id),
      [reader.id],
    );
    const post = await t.deps.db
      .selectFrom('posts')
      .select('body_html')
      .where('id', '=', postId)
      .executeTakeFirstOrThrow();
    assert.match(post.body_html, /<span class="mention">@zoe mentionable<\/span>/);
    assert.doesNotMatch(post.body_html, /mention">@Secret/);
  });
});

describe('followers', () => {
  it('tells followers of a new reply, not those who muted, not the author', async () => {
    const follower = await createOfficial(t.deps);
    const muted = await createOfficial(t.deps);
    const thread = await createThread(t.deps, {
      subject: { kind: 'theme', id: themeId },
      authorId: follower.id,
    });
    const now = new Date().toISOString();
    await t.deps.db
      .insertInto('thread_follows')
      .values([
        { thread_id: thread.id, user_id: follower.id, state: 'following', updated_at: now },
        { thread_id: thread.id, user_id: muted.id, state: 'muted', updated_at: now },
      ])
      .execute();
    const res = await send(author.client, `/threads/${thread.id}/posts`, { body: 'A reply' });
    assert.equal(res.statusCode, 303);
    const told = await notices(follower.id, 'reply');
    assert.equal(told.length, 1);
    assert.equal(told[0]!.message, 'posts.notify.reply');
    assert.equal((await notices(muted.id)).length, 0);
    assert.equal((await notices(author.id)).length, 0);
    // The poster follows now; a muted poster stays muted.
    const follows = await t.deps.db
      .selectFrom('thread_follows')
      .select(['user_id', 'state'])
      .where('thread_id', '=', thread.id)
      .orderBy('user_id')
      .execute();
    assert.deepEqual(follows.find((f) => f.user_id === author.id)?.state, 'following');
  });

  it('a follower who may no longer read the thread is not told', async () => {
    const gone = await createOfficial(t.deps);
    const thread = await createThread(t.deps, {
      subject: { kind: 'run', id: runId },
      authorId: author.id,
    });
    await t.deps.db
      .insertInto('thread_follows')
      .values({
        thread_id: thread.id,
        user_id: gone.id,
        state: 'following',
        updated_at: new Date().toISOString(),
      })
      .execute();
    assert.equal(
      (await send(author.client, `/threads/${thread.id}/posts`, { body: 'Hello' })).statusCode,
      303,
    );
    assert.equal((await notices(gone.id)).length, 0);
  });
});

describe('held posts', () => {
  it('a link from a new account waits for review, tells no one until approved', async () => {
    const fresh = await signInNew(t.app, t.deps, { name: 'New Comer' });
    const follower = await createOfficial(t.deps, { name: 'Fay Follower' });
    const thread = await createThread(t.deps, {
      subject: { kind: 'theme', id: themeId },
      authorId: follower.id,
    });
    await t.deps.db
      .insertInto('thread_follows')
      .values({
        thread_id: thread.id,
        user_id: follower.id,
        state: 'following',
        updated_at: new Date().toISOString(),
      })
      .execute();
    const res = await send(fresh.client, `/threads/${thread.id}/posts`, {
      body: 'See www.example.org @Fay Follower',
    });
    assert.equal(res.statusCode, 303);
    assert.match(res.headers.location!, /done=held/);
    const postId = postIdOf(res.headers.location);
    const post = await t.deps.db
      .selectFrom('posts')
      .select('status')
      .where('id', '=', postId)
      .executeTakeFirstOrThrow();
    assert.equal(post.status, 'held');
    assert.equal((await notices(follower.id)).length, 0);
    const counted = await t.deps.db
      .selectFrom('threads')
      .select('post_count')
      .where('id', '=', thread.id)
      .executeTakeFirstOrThrow();
    assert.equal(Number(counted.post_count), 1);
    // A moderator approves: the post is told about, mention and reply once each.
    await t.deps.db
      .updateTable('posts')
      .set({ status: 'visible' })
      .where('id', '=', postId)
      .execute();
    await announcePost(t.deps.db, t.deps.config, postId);
    await announcePost(t.deps.db, t.deps.config, postId);
    const told = await notices(follower.id);
    assert.deepEqual(
      told.map((n) => n.kind),
      ['mention'],
    );
  });

  it('links from an older account, or without links, are posted at once', async () => {
    const fresh = await signInNew(t.app, t.deps);
    const thread = await createThread(t.deps, {
      subject: { kind: 'theme', id: themeId },
      authorId: author.id,
    });
    const plain = await send(fresh.client, `/threads/${thread.id}/posts`, {
      body: 'No links here',
    });
    assert.match(plain.headers.location!, /done=posted/);
    const linked = await send(author.client, `/threads/${thread.id}/posts`, {
      body: '[site](https://example.org)',
    });
    assert.match(linked.headers.location!, /done=posted/);
  });
});
