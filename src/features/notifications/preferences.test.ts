import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signIn, signInNew } from '../../../test/support/sign-in.ts';
import { countEmailsTo, latestEmailTo } from '../../../test/support/mail.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { DEFAULT_DELIVERY, NOTIFICATION_KINDS } from './kinds.ts';
import { notify } from './notify.ts';
import { signUnsubscribe } from './unsubscribe-token.ts';

// E-mail choices per kind, the e-mails notify sends, and the unsubscribe link.

const defaults: Record<string, string> = { ...DEFAULT_DELIVERY };

describe('e-mail choices and unsubscribe', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  const stored = (userId: number) =>
    t.deps.db
      .selectFrom('notification_preferences')
      .select(['kind', 'delivery'])
      .where('user_id', '=', userId)
      .orderBy('kind')
      .execute();

  it('shows every kind with its default checked, and stores only what differs', async () => {
    const { official, client } = await signInNew(t.app, t.deps);
    const page = await client.get('/account/notifications');
    assert.equal(page.statusCode, 200);
    for (const kind of NOTIFICATION_KINDS)
      assert.match(page.body, new RegExp(`name="${kind}" value="${defaults[kind]}" [^>]*checked`));
    const res = await client.submit('/account/notifications', '/account/notifications', {
      ...defaults,
      grade: 'off',
      reply: 'immediate',
    });
    assert.equal(res.statusCode, 303);
    assert.deepEqual(await stored(official.id), [
      { kind: 'grade', delivery: 'off' },
      { kind: 'reply', delivery: 'immediate' },
    ]);
    const again = await client.submit('/account/notifications', '/account/notifications', defaults);
    assert.equal(again.statusCode, 303);
    assert.deepEqual(await stored(official.id), []);
  });

  it('re-renders the form with 400 and the input kept when a choice is missing or odd', async () => {
    const { official, client } = await signInNew(t.app, t.deps);
    const res = await client.submit('/account/notifications', '/account/notifications', {
      ...defaults,
      grade: 'off',
      mention: 'sometimes',
      reply: '',
    });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /class="error-summary"/);
    assert.match(res.body, /href="#field-mention"/);
    assert.match(res.body, /name="grade" value="off" [^>]*checked/);
    assert.deepEqual(await stored(official.id), []);
  });

  it('e-mails at once in the recipient’s language with the footer, as they chose', async () => {
    const ana = await createOfficial(t.deps, { preferredLanguage: 'es' });
    const quiet = await createOfficial(t.deps);
    await t.deps.db
      .insertInto('notification_preferences')
      .values({ user_id: quiet.id, kind: 'grade', delivery: 'off', updated_at: '2026-01-01' })
      .execute();
    const told = await notify(t.deps.db, t.deps.config, {
      kind: 'grade',
      message: 'notifications.notices.saved',
      link: '/learning',
      recipients: [ana.id, quiet.id],
    });
    assert.equal(told, 2); // both see it on the site
    const email = await latestEmailTo(t.deps, ana.email);
    assert.equal(email?.subject, 'Se han guardado sus preferencias de correo.');
    assert.match(email!.text, /\/learning/);
    assert.match(
      email!.text,
      /Cambiar sus preferencias de correo: http\S+\/account\/notifications/,
    );
    assert.match(email!.text, /\/notifications\/unsubscribe\?token=\S+/);
    assert.equal(await countEmailsTo(t.deps, quiet.email), 0);
  });

  it('unsubscribes without signing in, from the link of an e-mail', async () => {
    const official = await createOfficial(t.deps);
    await notify(t.deps.db, t.deps.config, {
      kind: 'mention',
      message: 'notifications.list.title',
      link: '/',
      recipients: [official.id],
    });
    const email = await latestEmailTo(t.deps, official.email);
    const link = /\/notifications\/unsubscribe\?token=\S+/.exec(email!.text)![0];
    const visitor = new Client(t.app);
    const page = await visitor.get(link);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /turns off e-mails about: Mentions/);
    const token = new URL(link, 'http://x').searchParams.get('token')!;
    const res = await visitor.submit(link, '/notifications/unsubscribe', { token });
    assert.equal(res.statusCode, 303);
    const done = await visitor.get(String(res.headers.location));
    assert.match(done.body, /are now turned off/);
    assert.deepEqual(await stored(official.id), [{ kind: 'mention', delivery: 'off' }]);
    // The official sees it among their choices.
    const client = await signIn(t.app, official);
    const choices = await client.get('/account/notifications');
    assert.match(choices.body, /name="mention" value="off" [^>]*checked/);
  });

  it('refuses forged, malformed and expired links with 400, changing nothing', async () => {
    const official = await createOfficial(t.deps);
    const good = await signUnsubscribe(t.deps.db, official.id, 'grade');
    const forged = good.replace(/^\d+/, String(official.id + 1));
    const old = await signUnsubscribe(
      t.deps.db,
      official.id,
      'grade',
      new Date(Date.now() - 91 * 86_400_000),
    );
    const visitor = new Client(t.app);
    for (const token of [forged, 'nonsense', '', `${good}x`, old]) {
      const page = await visitor.get(
        `/notifications/unsubscribe?token=${encodeURIComponent(token)}`,
      );
      assert.equal(page.statusCode, 400, token);
      const res = await visitor.submit(
        '/notifications/unsubscribe?token=' + good,
        '/notifications/unsubscribe',
        {
          token,
        },
      );
      assert.equal(res.statusCode, 400, token);
    }
    visitor.lang = 'ru';
    const expired = await visitor.get(`/notifications/unsubscribe?token=${old}`);
    assert.match(expired.body, /истёк/);
    assert.deepEqual(await stored(official.id), []);
  });

  it('turning a kind off drops what waits for its digest', async () => {
    const { official, client } = await signInNew(t.app, t.deps);
    await notify(t.deps.db, t.deps.config, {
      kind: 'reply',
      message: 'notifications.list.title',
      link: '/',
      recipients: [official.id],
    });
    await client.submit('/account/notifications', '/account/notifications', {
      ...defaults,
      reply: 'off',
    });
    const row = await t.deps.db
      .selectFrom('notifications')
      .select('delivery')
      .where('user_id', '=', official.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.delivery, 'off');
  });
});
