import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createOfficial } from '../../../test/factories/officials.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { countEmailsTo, latestEmailTo } from '../../../test/support/mail.ts';
import { signIn } from '../../../test/support/sign-in.ts';
import { requestPasswordReset } from './password-reset.service.ts';
import { LIMITS } from './rate-limits.ts';

const NEW_PASSWORD = 'seven blue herons at noon';

function linkIn(text: string): string {
  const match = /http:\/\/localhost:3000(\/reset-password\/[A-Za-z0-9_-]{43})/.exec(text);
  assert.ok(match, `no reset link in: ${text}`);
  return match[1]!;
}

describe('password reset', () => {
  let t: TestApp;
  const ask = (email: string, c = new Client(t.app)) =>
    c.submit('/forgot-password', '/forgot-password', { email });

  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('answers the same whether or not the address has an account', async () => {
    const official = await createOfficial(t.deps);
    const known = await ask(official.email.toUpperCase());
    const unknown = await ask('nobody-here@example.org');
    assert.equal(known.statusCode, 303);
    assert.equal(unknown.statusCode, 303);
    assert.equal(known.headers.location, unknown.headers.location);
    const page = await new Client(t.app).get(known.headers.location as string);
    assert.match(page.body, /If an account exists for this address/);
    assert.equal(await countEmailsTo(t.deps, 'nobody-here@example.org'), 0);
    assert.equal(await countEmailsTo(t.deps, official.email), 1);
  });

  it('resets end to end: link by e-mail, every session ends, new password works, notice sent', async () => {
    const official = await createOfficial(t.deps, { preferredLanguage: 'ru' });
    const laptop = await signIn(t.app, official);
    const phone = await signIn(t.app, official);
    await ask(official.email);
    const mail = await latestEmailTo(t.deps, official.email);
    assert.equal(mail?.kind, 'password-reset');
    assert.match(mail!.subject, /новый пароль/);
    const link = linkIn(mail!.text);
    const token = link.split('/').pop()!;
    const stored = await t.deps.db
      .selectFrom('password_resets')
      .select(['token_hash', 'expires_at', 'created_at'])
      .where('user_id', '=', official.id)
      .executeTakeFirstOrThrow();
    assert.notEqual(stored.token_hash, token);
    assert.equal(Date.parse(stored.expires_at) - Date.parse(stored.created_at), 60 * 60_000);

    const visitor = new Client(t.app);
    const form = await visitor.get(link);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /autocomplete="new-password"/);
    const mismatch = await visitor.submit(link, link, {
      password: NEW_PASSWORD,
      confirmation: 'something else entirely',
    });
    assert.equal(mismatch.statusCode, 400);
    assert.match(mismatch.body, /do not match/);
    const weak = await visitor.submit(link, link, { password: 'short', confirmation: 'short' });
    assert.equal(weak.statusCode, 400);
    assert.match(weak.body, /at least 12 characters/);

    const done = await visitor.submit(link, link, {
      password: NEW_PASSWORD,
      confirmation: NEW_PASSWORD,
    });
    assert.equal(done.statusCode, 303);
    assert.equal(done.headers.location, '/sign-in?done=passwordReset');
    assert.match(
      (await visitor.get('/sign-in?done=passwordReset')).body,
      /sign in with your new password/,
    );
    for (const c of [laptop, phone]) assert.equal((await c.get('/account')).statusCode, 303);
    const changed = await latestEmailTo(t.deps, official.email);
    assert.equal(changed?.kind, 'password-changed');
    assert.match(changed!.subject, /изменён/);
    await signIn(t.app, { email: official.email, password: NEW_PASSWORD });
    await assert.rejects(signIn(t.app, official));

    // The link works once only.
    const again = await new Client(t.app).get(link);
    assert.equal(again.statusCode, 404);
    assert.match(again.body, /can no longer be used/);
    assert.match(again.body, /href="\/forgot-password"/);
    const reuse = await visitor.submit('/forgot-password', link, {
      password: 'another fine long password',
      confirmation: 'another fine long password',
    });
    assert.equal(reuse.statusCode, 404);
  });

  it('refuses an expired link, and unknown or malformed ones, with a page offering a new link', async () => {
    const official = await createOfficial(t.deps);
    await requestPasswordReset(t.deps, {
      email: official.email,
      ip: '198.51.100.1',
      now: new Date(Date.now() - 61 * 60_000),
    });
    const expired = linkIn((await latestEmailTo(t.deps, official.email))!.text);
    for (const url of [
      expired,
      '/reset-password/unknown-token',
      `/reset-password/${'x'.repeat(99)}`,
    ]) {
      const res = await new Client(t.app).get(url);
      assert.equal(res.statusCode, 404, url);
      assert.match(res.body, /Ask for a new link/);
    }
    const post = await new Client(t.app).submit('/forgot-password', expired, {
      password: NEW_PASSWORD,
      confirmation: NEW_PASSWORD,
    });
    assert.equal(post.statusCode, 404);
  });

  it('sends nothing for a disabled account', async () => {
    const official = await createOfficial(t.deps);
    await t.deps.db
      .updateTable('users')
      .set({ is_disabled: 1 })
      .where('id', '=', official.id)
      .execute();
    assert.equal((await ask(official.email)).statusCode, 303);
    assert.equal(await countEmailsTo(t.deps, official.email), 0);
  });

  it('sends at most a few links an hour to one account, answering the same', async () => {
    const official = await createOfficial(t.deps);
    for (let i = 0; i < LIMITS.resetPerAccount.max + 2; i++)
      await requestPasswordReset(t.deps, { email: official.email, ip: `198.51.100.${10 + i}` });
    assert.equal(await countEmailsTo(t.deps, official.email), LIMITS.resetPerAccount.max);
  });

  it('limits requests per client address with a translated 429', async () => {
    const c = new Client(t.app);
    const csrf = await c.csrfFrom('/forgot-password');
    const from = () =>
      t.app.inject({
        method: 'POST',
        url: '/forgot-password',
        remoteAddress: '203.0.113.50',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'accept-language': 'es',
          cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        },
        payload: new URLSearchParams({ _csrf: csrf, email: 'someone@example.org' }).toString(),
      });
    for (let i = 0; i < LIMITS.resetPerAddress.max; i++)
      assert.equal((await from()).statusCode, 303);
    const blocked = await from();
    assert.equal(blocked.statusCode, 429);
    assert.match(blocked.body, /Demasiadas solicitudes/);
  });

  it('rejects an invalid address on the request form and keeps it', async () => {
    const res = await ask('not an address');
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /value="not an address"/);
  });
});
