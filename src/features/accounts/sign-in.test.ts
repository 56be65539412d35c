import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createOfficial, type CreatedOfficial } from '../../../test/factories/officials.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signIn } from '../../../test/support/sign-in.ts';
import { LIMITS, takeAttempt } from './rate-limits.ts';
import { addressKey } from './sign-in.service.ts';
import { resumeSession, startSession } from './sessions.service.ts';

function sessionCookie(res: { cookies: unknown }) {
  return (res.cookies as Array<Record<string, unknown>>).find((c) => c.name === 'lphm_session');
}

describe('sign-in and sign-out', () => {
  let t: TestApp;
  let official: CreatedOfficial;

  before(async () => {
    t = await createTestApp();
    official = await createOfficial(t.deps, { name: 'Sign-in Official' });
  });
  after(() => t.close());

  it('shows a labelled form with the next address in a hidden field', async () => {
    const res = await new Client(t.app).get('/sign-in?next=/about');
    assert.equal(res.statusCode, 200);
    assert.equal((res.body.match(/<h1[ >]/g) ?? []).length, 1);
    assert.match(res.body, /autocomplete="email"/);
    assert.match(res.body, /autocomplete="current-password"/);
    assert.match(res.body, /<input type="hidden" name="next" value="\/about"/);
  });

  it('signs in with a new HttpOnly, SameSite=Lax session cookie and follows next', async () => {
    const c = new Client(t.app);
    const res = await c.submit('/sign-in', '/sign-in', {
      email: official.email.toUpperCase(),
      password: official.password,
      next: '/about',
    });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/about');
    const cookie = sessionCookie(res)!;
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    assert.equal(cookie.secure, undefined);
    assert.equal(cookie.path, '/');
    assert.equal(cookie.maxAge, t.deps.config.SESSION_ABSOLUTE_HOURS * 3600);
    assert.match((await c.get('/account')).body, /Sign-in Official/);
  });

  it('starts a fresh session at every sign-in and ends the one before', async () => {
    const c = await signIn(t.app, official);
    const first = c.cookies.get('lphm_session')!;
    const res = await c.submit('/about', '/sign-in', {
      email: official.email,
      password: official.password,
    });
    assert.equal(res.statusCode, 303);
    const second = c.cookies.get('lphm_session')!;
    assert.notEqual(second, first);
    const old = new Client(t.app);
    old.cookies.set('lphm_session', first);
    assert.equal((await old.get('/account')).statusCode, 303);
  });

  it('gives the same message for an unknown address, a wrong password and a disabled account', async () => {
    const disabled = await createOfficial(t.deps);
    await t.deps.db
      .updateTable('users')
      .set({ is_disabled: 1 })
      .where('id', '=', disabled.id)
      .execute();
    const attempts = [
      { email: 'nobody@example.org', password: official.password },
      { email: official.email, password: 'not the right password' },
      { email: disabled.email, password: disabled.password },
    ];
    const bodies: string[] = [];
    for (const fields of attempts) {
      const c = new Client(t.app);
      const res = await c.submit('/sign-in', '/sign-in', fields);
      assert.equal(res.statusCode, 400);
      assert.equal(c.cookies.has('lphm_session'), false);
      assert.ok(!res.body.includes(fields.password));
      bodies.push(/<div class="error-summary" role="alert">([\s\S]*?)<\/div>/.exec(res.body)![1]!);
    }
    assert.match(bodies[0]!, /The e-mail address or password is not correct/);
    assert.equal(new Set(bodies).size, 1);
  });

  it('sends signed-in officials away from the sign-in page', async () => {
    const c = await signIn(t.app, official);
    const res = await c.get('/sign-in?next=/about');
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/about');
  });

  it('ignores next addresses that leave the site', async () => {
    for (const next of [
      '//evil.example',
      'https://evil.example',
      '/\\evil',
      'javascript:alert(1)',
    ]) {
      const c = new Client(t.app);
      const res = await c.submit('/sign-in', '/sign-in', {
        email: official.email,
        password: official.password,
        next,
      });
      assert.equal(res.headers.location, '/', next);
    }
  });

  it('treats a tampered session cookie as a visitor and forgets it', async () => {
    const c = await signIn(t.app, official);
    const token = c.cookies.get('lphm_session')!;
    c.cookies.set('lphm_session', `${token.slice(0, -2)}xx`);
    const res = await c.get('/account');
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/sign-in?next=%2Faccount');
    assert.equal(c.cookies.has('lphm_session'), false);
  });

  it('signs out: the session of that cookie ends and the cookie is cleared', async () => {
    const c = await signIn(t.app, official);
    const token = c.cookies.get('lphm_session')!;
    const res = await c.submit('/account', '/sign-out', {});
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/');
    assert.equal(c.cookies.has('lphm_session'), false);
    const replay = new Client(t.app);
    replay.cookies.set('lphm_session', token);
    assert.equal((await replay.get('/account')).statusCode, 303);
  });

  it('refuses sign-out without the session CSRF token', async () => {
    const c = await signIn(t.app, official);
    assert.equal((await c.post('/sign-out', {})).statusCode, 403);
    const visitorToken = await new Client(t.app).csrfFrom('/sign-in');
    assert.equal((await c.post('/sign-out', { _csrf: visitorToken })).statusCode, 403);
    assert.equal((await c.get('/account')).statusCode, 200);
  });

  it('ends sessions after the idle and the absolute time-outs', async () => {
    const settings = { idleMinutes: 30, absoluteHours: 1 };
    const start = new Date(Date.now() - 2 * 3_600_000);
    const minutes = (n: number) => new Date(start.getTime() + n * 60_000);
    const idle = await startSession(t.deps.db, settings, {
      userId: official.id,
      ip: '127.0.0.1',
      userAgent: 'test',
      now: start,
    });
    assert.ok(await resumeSession(t.deps.db, settings, idle.token, minutes(29)));
    assert.equal(await resumeSession(t.deps.db, settings, idle.token, minutes(61)), undefined);

    const busy = await startSession(t.deps.db, settings, {
      userId: official.id,
      ip: '127.0.0.1',
      userAgent: 'test',
      now: start,
    });
    for (const m of [20, 40, 59])
      assert.ok(await resumeSession(t.deps.db, settings, busy.token, minutes(m)));
    assert.equal(await resumeSession(t.deps.db, settings, busy.token, minutes(61)), undefined);

    // Through HTTP (the app's own time-outs: 8 hours idle), a session last seen 9 hours ago is over.
    const stale = await startSession(
      t.deps.db,
      { idleMinutes: 480, absoluteHours: 336 },
      {
        userId: official.id,
        ip: '127.0.0.1',
        userAgent: 'test',
        now: new Date(Date.now() - 9 * 3_600_000),
      },
    );
    const c = new Client(t.app);
    c.cookies.set('lphm_session', stale.token);
    assert.equal((await c.get('/account')).statusCode, 303);
  });

  it('limits failed attempts per account with a translated 429, and a success clears the count', async () => {
    const target = await createOfficial(t.deps);
    const fail = (c: Client) =>
      c.submit('/sign-in', '/sign-in', { email: target.email, password: 'wrong password here' });
    const c = new Client(t.app);
    for (let i = 0; i < 4; i++) assert.equal((await fail(c)).statusCode, 400);
    await signIn(t.app, target); // clears the count
    for (let i = 0; i < 5; i++) assert.equal((await fail(c)).statusCode, 400);
    c.lang = 'fr';
    const blocked = await c.submit('/sign-in', '/sign-in', {
      email: target.email,
      password: target.password,
    });
    assert.equal(blocked.statusCode, 429);
    assert.match(blocked.body, /Trop de tentatives/);
    assert.ok(Number(blocked.headers['retry-after']) > 0);
    assert.equal(c.cookies.has('lphm_session'), false);
    // Other accounts are not affected.
    await signIn(t.app, official);
  });

  it('limits failed attempts per client address, across accounts', async () => {
    const c = new Client(t.app);
    const csrf = await c.csrfFrom('/sign-in');
    const from = (email: string, password = 'wrong password here') =>
      t.app.inject({
        method: 'POST',
        url: '/sign-in',
        remoteAddress: '203.0.113.9',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        },
        payload: new URLSearchParams({ _csrf: csrf, email, password }).toString(),
      });
    assert.equal((await from('visitor@example.org')).statusCode, 400);
    // The other failures from this address, counted as other processes would (verifying 30
    // wrong passwords through HTTP would only make the test slow).
    for (let i = 1; i < LIMITS.signInPerAddress.max; i++)
      await takeAttempt(t.deps.db, addressKey('203.0.113.9'), LIMITS.signInPerAddress);
    const blocked = await from(official.email, official.password);
    assert.equal(blocked.statusCode, 429);
    assert.match(blocked.body, /Too many failed sign-in attempts/);
    // Another address is not affected.
    await signIn(t.app, official);
  });

  it('counts attempts atomically when they arrive together', async () => {
    const limit = { max: 3, windowMinutes: 15 };
    const results = await Promise.all(
      Array.from({ length: 12 }, () => takeAttempt(t.deps.db, 'test:parallel', limit)),
    );
    assert.equal(results.filter((r) => r.allowed).length, 3);
  });
});

describe('sign-in on an https site', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ BASE_URL: 'https://lphm.example' });
  });
  after(() => t.close());

  it('marks the session cookie Secure', async () => {
    const official = await createOfficial(t.deps);
    const res = await new Client(t.app).submit('/sign-in', '/sign-in', {
      email: official.email,
      password: official.password,
    });
    assert.equal(res.statusCode, 303);
    assert.equal(sessionCookie(res)!.secure, true);
  });
});
