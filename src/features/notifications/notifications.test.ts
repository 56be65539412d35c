import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Deps } from '../../deps.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signIn, signInNew } from '../../../test/support/sign-in.ts';
import { createOfficial, type CreatedOfficial } from '../../../test/factories/officials.ts';
import { notify } from './notify.ts';

// The list, the header count, opening and read marks: each official sees only their own.

async function tell(deps: Deps, userId: number, source: string, link = '/learning') {
  await notify(deps.db, deps.config, {
    kind: 'mention',
    message: 'notifications.list.title',
    link,
    recipients: [userId],
    source,
  });
}

async function idOf(deps: Deps, userId: number, source: string): Promise<number> {
  const row = await deps.db
    .selectFrom('notifications')
    .select('id')
    .where('user_id', '=', userId)
    .where('source', '=', source)
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('notifications list', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('shows an empty state and no count to an official without notifications', async () => {
    const { client } = await signInNew(t.app, t.deps);
    const res = await client.get('/notifications');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /You have no notifications yet/);
    assert.doesNotMatch(res.body, /unread"/);
    assert.doesNotMatch(res.body, /aria-label="Notifications: /);
  });

  it('sends visitors to sign in', async () => {
    const res = await new Client(t.app).get('/notifications');
    assert.equal(res.statusCode, 303);
    assert.match(String(res.headers.location), /^\/sign-in\?next=/);
  });

  it('lists unread first, then newest, each line in the reader’s language', async () => {
    const { official, client } = await signInNew(t.app, t.deps, { preferredLanguage: 'fr' });
    await tell(t.deps, official.id, 'a');
    await tell(t.deps, official.id, 'b');
    await tell(t.deps, official.id, 'c');
    const a = await idOf(t.deps, official.id, 'a');
    const c = await idOf(t.deps, official.id, 'c');
    await client.submit('/notifications', `/notifications/${c}/read`, {});
    const res = await client.get('/notifications');
    assert.equal(res.statusCode, 200);
    const order = [...res.body.matchAll(/href="\/notifications\/(\d+)\/open"/g)].map((m) =>
      Number(m[1]),
    );
    const b = await idOf(t.deps, official.id, 'b');
    assert.deepEqual(order, [b, a, c]);
    assert.match(res.body, /Non lue/); // the unread marker, in French
    assert.match(res.body, /<time datetime="/);
    // The header counts the two unread ones, with an accessible label.
    assert.match(res.body, /aria-label="Notifications : 2 non lues"/);
  });

  it('shows 30 per page', async () => {
    const { official, client } = await signInNew(t.app, t.deps);
    for (let i = 0; i < 31; i++) await tell(t.deps, official.id, `p${i}`);
    const first = await client.get('/notifications');
    assert.equal([...first.body.matchAll(/\/open"/g)].length, 30);
    assert.match(first.body, /href="\/notifications\?page=2"/);
    const second = await client.get('/notifications?page=2');
    assert.equal([...second.body.matchAll(/\/open"/g)].length, 1);
  });

  it('caps the header count at "99+"', async () => {
    const { official, client } = await signInNew(t.app, t.deps);
    const now = new Date().toISOString();
    await t.deps.db
      .insertInto('notifications')
      .values(
        Array.from({ length: 120 }, (_, i) => ({
          user_id: official.id,
          kind: 'reply',
          message: 'notifications.list.title',
          link: '/',
          source: `bulk${i}`,
          delivery: 'off',
          created_at: now,
        })),
      )
      .execute();
    const res = await client.get('/');
    assert.match(res.body, /aria-label="Notifications: 99\+ unread"/);
  });

  it('opens a notification: marks it read and goes to its link', async () => {
    const { official, client } = await signInNew(t.app, t.deps);
    await tell(t.deps, official.id, 'open', '/courses?x=1#top');
    const id = await idOf(t.deps, official.id, 'open');
    const res = await client.get(`/notifications/${id}/open`);
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/courses?x=1#top');
    const row = await t.deps.db
      .selectFrom('notifications')
      .select('read_at')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.notEqual(row.read_at, null);
  });

  it('never leaves the site, whatever link was stored', async () => {
    const { official, client } = await signInNew(t.app, t.deps);
    for (const [i, link] of [
      '//evil.example/x',
      'https://evil.example',
      '/\\evil.example',
    ].entries()) {
      await tell(t.deps, official.id, `evil${i}`, link);
      const res = await client.get(
        `/notifications/${await idOf(t.deps, official.id, `evil${i}`)}/open`,
      );
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/notifications');
    }
  });

  it('gives 404 for someone else’s notification, and leaves it unread', async () => {
    const owner: CreatedOfficial = await createOfficial(t.deps);
    await tell(t.deps, owner.id, 'private');
    const id = await idOf(t.deps, owner.id, 'private');
    const { client } = await signInNew(t.app, t.deps);
    assert.equal((await client.get(`/notifications/${id}/open`)).statusCode, 404);
    const read = await client.submit('/notifications', `/notifications/${id}/read`, {});
    assert.equal(read.statusCode, 404);
    for (const bad of ['abc', '0', '99999999999', '2147483648'])
      assert.equal((await client.get(`/notifications/${bad}/open`)).statusCode, 404, bad);
    const row = await t.deps.db
      .selectFrom('notifications')
      .select('read_at')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(row.read_at, null);
  });

  it('marks all as read, only the actor’s own', async () => {
    const other = await createOfficial(t.deps);
    await tell(t.deps, other.id, 'theirs');
    const official = await createOfficial(t.deps);
    await tell(t.deps, official.id, 'x');
    await tell(t.deps, official.id, 'y');
    const client = await signIn(t.app, official);
    const res = await client.submit('/notifications', '/notifications/read-all', {});
    assert.equal(res.statusCode, 303);
    const page = await client.get(String(res.headers.location));
    assert.match(page.body, /All your notifications are marked as read/);
    const unread = await t.deps.db
      .selectFrom('notifications')
      .select('user_id')
      .where('read_at', 'is', null)
      .where('user_id', 'in', [official.id, other.id])
      .execute();
    assert.deepEqual(
      unread.map((r) => r.user_id),
      [other.id],
    );
  });
});
