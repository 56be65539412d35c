import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createThread } from '../../../test/factories/discussions.ts';
import { smallPdf } from '../../../test/factories/files.ts';
import type { Client, TestApp } from '../../../test/support/app.ts';
import {
  createDiscussionSetup,
  postIdOf,
  type DiscussionSetup,
} from '../../../test/support/discussions.ts';
import { clearAttempts } from '../accounts/rate-limits.ts';

// Posts' Markdown kept safe, and attachments: refused files, downloads for readers only.

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

describe('Markdown of posts', () => {
  it('stores scripts, raw HTML and javascript: links as harmless text', async () => {
    const thread = await createThread(t.deps, {
      subject: { kind: 'theme', id: themeId },
      authorId: learnerId,
    });
    const body = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(2)>',
      '[click](javascript:alert(3))',
      '<a href="javascript:alert(4)">x</a>',
    ].join('\n\n');
    const res = await send(learner, `/threads/${thread.id}/posts`, { body, requestKey: key() });
    assert.equal(res.statusCode, 303);
    const html = (await postOf(postIdOf(res.headers.location))).body_html;
    assert.doesNotMatch(html, /<script|<img|<a href="javascript|href="javascript/i);
    assert.match(html, /&lt;script&gt;/);
  });

  it('renders 10,000 nested quotes without failing', async () => {
    const thread = await createThread(t.deps, {
      subject: { kind: 'theme', id: themeId },
      authorId: learnerId,
    });
    const body = `${'>'.repeat(10_000)} deep`;
    const res = await send(learner, `/threads/${thread.id}/posts`, { body, requestKey: key() });
    assert.equal(res.statusCode, 303);
    const html = (await postOf(postIdOf(res.headers.location))).body_html;
    assert.ok(html.length > 0);
  });

  it('refuses a body over 20,000 characters and a 1 MB body with 400, never a 500', async () => {
    const thread = await createThread(t.deps, {
      subject: { kind: 'theme', id: themeId },
      authorId: learnerId,
    });
    const url = `/threads/${thread.id}/posts`;
    const long = await send(learner, url, { body: 'a'.repeat(20_001), requestKey: key() });
    assert.equal(long.statusCode, 400);
    assert.match(long.body, /at most 20,000 characters/);
    const huge = await send(learner, url, { body: 'b'.repeat(1024 * 1024), requestKey: key() });
    assert.equal(huge.statusCode, 400);
    assert.match(huge.body, /at most 20,000 characters/);
    const n = await t.deps.db
      .selectFrom('posts')
      .select('id')
      .where('thread_id', '=', thread.id)
      .execute();
    assert.equal(n.length, 1);
  });
});

describe('attachments', () => {
  it('keeps one file with a reply; readers download it, others do not', async () => {
    const thread = await createThread(t.deps, {
      subject: { kind: 'run', id: runId },
      authorId: learnerId,
    });
    const res = await send(
      learner,
      `/threads/${thread.id}/posts`,
      { body: 'Our plan', requestKey: key() },
      { filename: 'plan.pdf', content: smallPdf('Plan') },
    );
    assert.equal(res.statusCode, 303);
    const postId = postIdOf(res.headers.location);
    const attachment = await t.deps.db
      .selectFrom('post_attachments')
      .selectAll()
      .where('post_id', '=', postId)
      .executeTakeFirstOrThrow();
    const url = `/posts/${postId}/attachments/${attachment.id}`;
    const got = await facilitator.get(url);
    assert.equal(got.statusCode, 200);
    assert.match(String(got.headers['content-disposition']), /^attachment; filename="plan.pdf"/);
    assert.equal(got.headers['content-type'], 'application/pdf');
    assert.equal((await stranger.get(url)).statusCode, 404);
    assert.equal(
      (await learner.get(`/posts/${postId}/attachments/${attachment.id + 1000}`)).statusCode,
      404,
    );
    // A hidden post's file: only moderators.
    await t.deps.db
      .updateTable('posts')
      .set({ status: 'hidden' })
      .where('id', '=', postId)
      .execute();
    assert.equal((await learner.get(url)).statusCode, 404);
    assert.equal((await facilitator.get(url)).statusCode, 200);
  });

  it('a file lying about its type: 415; too large: 413; the text is kept', async () => {
    const thread = await createThread(t.deps, {
      subject: { kind: 'theme', id: themeId },
      authorId: learnerId,
    });
    const url = `/threads/${thread.id}/posts`;
    const html = Buffer.from('<html><script>alert(1)</script></html>');
    const lying = await send(
      learner,
      url,
      { body: 'See file', requestKey: key() },
      { filename: 'a.pdf', content: html },
    );
    assert.equal(lying.statusCode, 415);
    assert.match(lying.body, /See file<\/textarea>/);
    const big = Buffer.concat([smallPdf('x'), Buffer.alloc(t.deps.config.UPLOAD_LIMIT_BYTES + 10)]);
    const tooBig = await send(
      learner,
      url,
      { body: 'Big file', requestKey: key() },
      { filename: 'b.pdf', content: big },
    );
    assert.equal(tooBig.statusCode, 413);
    assert.match(tooBig.body, /Big file<\/textarea>/);
    const n = await t.deps.db
      .selectFrom('posts')
      .select('id')
      .where('thread_id', '=', thread.id)
      .execute();
    assert.equal(n.length, 1);
  });
});
