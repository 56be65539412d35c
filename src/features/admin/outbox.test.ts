import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { queueEmail } from '../../mail/mail.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';

// The outbox: every e-mail the platform wrote, newest first, readable by admins only.

function subjects(body: string): string[] {
  return [...body.matchAll(/<a href="\/admin\/outbox\/\d+" dir="auto">([^<]*)<\/a>/g)].map(
    (m) => m[1]!,
  );
}

describe('admin: e-mail outbox', () => {
  let t: TestApp;
  let admin: Client;
  let resetId: number;
  before(async () => {
    t = await createTestApp();
    admin = (await signInNew(t.app, t.deps, { roles: ['admin'] })).client;
    for (let i = 0; i < 55; i++)
      await queueEmail(t.deps.db, {
        to: i % 2 ? 'odd@example.org' : 'even@example.org',
        subject: `Message ${String(i).padStart(2, '0')}`,
        text: `Body ${i}`,
        kind: 'test',
      });
    resetId = await queueEmail(t.deps.db, {
      to: 'reset@example.org',
      subject: 'Reset <your> password',
      text: 'Open this link:\nhttp://localhost:3000/reset-password/abc?x=1&y=<2>\n<script>alert(1)</script>',
      kind: 'password-reset',
    });
  });
  after(() => t.close());

  it('lists the newest e-mails first, 50 a page, and says messages are only logged without SMTP', async () => {
    const res = await admin.get('/admin/outbox');
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.match(res.body, /No mail server \(SMTP_URL\) is configured/);
    const first = subjects(res.body);
    assert.equal(first.length, 50);
    assert.equal(first[0], 'Reset &lt;your> password');
    assert.equal(first[1], 'Message 54');
    const older = /<a href="([^"]+)" rel="next"/.exec(res.body)?.[1]?.replace(/&amp;/g, '&');
    assert.ok(older);
    const second = subjects((await admin.get(older)).body);
    assert.deepEqual(second, [
      'Message 05',
      'Message 04',
      'Message 03',
      'Message 02',
      'Message 01',
      'Message 00',
    ]);
  });

  it('filters by recipient, whatever the letter case typed', async () => {
    const res = await admin.get('/admin/outbox?to=ODD%40example.org');
    const listed = subjects(res.body);
    assert.equal(listed.length, 27);
    assert.ok(listed.every((s) => Number(s.slice(-2)) % 2 === 1));
    assert.match(res.body, /value="odd@example.org"/);
    const none = await admin.get('/admin/outbox?to=nobody%40example.org');
    assert.match(none.body, /No e-mail matches/);
  });

  it('shows one message in full, as plain text', async () => {
    const res = await admin.get(`/admin/outbox/${resetId}`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /reset@example\.org/);
    assert.match(res.body, /password-reset/);
    assert.match(res.body, /http:\/\/localhost:3000\/reset-password\/abc\?x=1&amp;y=&lt;2>/);
    assert.match(res.body, /&lt;script>alert\(1\)&lt;\/script>/);
    assert.doesNotMatch(res.body, /<script>/);
    assert.doesNotMatch(res.body, /href="http:\/\/localhost:3000\/reset-password/);
  });

  it('answers 404 for unknown or malformed ids, and 400 for a malformed page link', async () => {
    for (const id of ['999999', 'abc', '0', '99999999999'])
      assert.equal((await admin.get(`/admin/outbox/${id}`)).statusCode, 404, id);
    assert.equal((await admin.get('/admin/outbox?before=abc')).statusCode, 400);
  });

  it('says messages are sent when a mail server is configured', async () => {
    const withSmtp = await createTestApp({ SMTP_URL: 'smtp://127.0.0.1:2525' });
    try {
      const client = (await signInNew(withSmtp.app, withSmtp.deps, { roles: ['admin'] })).client;
      const res = await client.get('/admin/outbox');
      assert.match(res.body, /Messages are sent through the configured mail server/);
      assert.match(res.body, /The platform has not written any e-mail yet/);
    } finally {
      await withSmtp.close();
    }
  });
});
