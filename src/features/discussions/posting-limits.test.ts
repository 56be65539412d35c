import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ageAccount, createThread } from '../../../test/factories/discussions.ts';
import { multipart } from '../../../test/factories/files.ts';
import { createThemes } from '../../../test/factories/themes.ts';
import { createTestApp, type Client, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';
import { POSTING_LIMIT } from './posting-limits.ts';

// Who may post right now: the rate limit per official and suspensions from posting.

let t: TestApp;
let themeId: number;

async function send(client: Client, url: string, body: string) {
  const csrf = await client.csrfFrom(`/discussions/theme/${themeId}/new`);
  const form = multipart([
    ['_csrf', csrf],
    ['body', body],
    ['requestKey', crypto.randomUUID()],
  ]);
  return t.app.inject({
    method: 'POST',
    url,
    payload: form.payload,
    headers: {
      ...form.headers,
      cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    },
  });
}

before(async () => {
  t = await createTestApp();
  themeId = Object.values(await createThemes(t.deps))[0]!;
});
after(() => t.close());

describe('posting limits', () => {
  it('refuses posts beyond the rate limit with 429 and a translated message', async () => {
    const { official, client } = await signInNew(t.app, t.deps);
    await ageAccount(t.deps, official.id);
    const thread = await createThread(t.deps, {
      subject: { kind: 'theme', id: themeId },
      authorId: official.id,
    });
    for (let i = 0; i < POSTING_LIMIT.max; i++)
      assert.equal(
        (await send(client, `/threads/${thread.id}/posts`, `Post ${i}`)).statusCode,
        303,
      );
    const res = await send(client, `/threads/${thread.id}/posts`, 'One too many');
    assert.equal(res.statusCode, 429);
    assert.match(res.body, /many messages in a short time/);
    assert.doesNotMatch(res.body, /posts\.errors/);
  });

  it('a suspension in force: 403 with its reason, here or everywhere; a lifted one no more', async () => {
    const { official, client } = await signInNew(t.app, t.deps);
    const thread = await createThread(t.deps, {
      subject: { kind: 'theme', id: themeId },
      authorId: official.id,
    });
    const now = new Date().toISOString();
    const id = await t.deps.db
      .insertInto('posting_suspensions')
      .values({
        user_id: official.id,
        subject_kind: null,
        subject_id: null,
        reason: 'Repeated spam links',
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const res = await send(client, `/threads/${thread.id}/posts`, 'Let me in');
    assert.equal(res.statusCode, 403);
    assert.match(res.body, /Repeated spam links/);
    const fresh = await client.csrfFrom(`/discussions/theme/${themeId}/new`);
    const form = multipart([
      ['_csrf', fresh],
      ['title', 'A new topic'],
      ['body', 'Hi'],
    ]);
    const newThread = await t.app.inject({
      method: 'POST',
      url: `/discussions/theme/${themeId}/new`,
      payload: form.payload,
      headers: {
        ...form.headers,
        cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    assert.equal(newThread.statusCode, 403);
    await t.deps.db
      .updateTable('posting_suspensions')
      .set({ lifted_at: now })
      .where('id', '=', id.id)
      .execute();
    assert.equal((await send(client, `/threads/${thread.id}/posts`, 'Back again')).statusCode, 303);
  });
});
