import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Deps } from '../src/deps.ts';
import { listEmails, queueEmail, SEND_EMAIL_JOB } from '../src/mail/mail.ts';
import { createOfficial } from './factories/officials.ts';
import { csrfFieldOf, HttpVisitor } from './support/processes.ts';
import { openSharedDatabase, type SharedDatabase } from './support/shared-database.ts';

// The design promises that any number of identical processes can share one database (one SQLite
// file, or one PostgreSQL database): nothing about a visitor or a job may live in one process.
// These tests start real server processes and talk to them over HTTP.

describe('two app processes on one database', () => {
  let shared: SharedDatabase;
  let deps: Deps;

  before(async () => {
    shared = await openSharedDatabase();
    deps = shared.deps;
  });

  after(() => shared?.close());

  it('a session begun on one process is honoured on the other, and ended there for both', async () => {
    const official = await createOfficial(deps, { name: 'Amina Diallo' });
    const [a, b] = await shared.startTwo({ WORKER: 'false' });
    const visitor = new HttpVisitor();

    const form = await visitor.get(`${a.url}/sign-in`);
    assert.equal(form.status, 200);
    const signedIn = await visitor.post(`${a.url}/sign-in`, {
      email: official.email,
      password: official.password,
      _csrf: csrfFieldOf(form.body, '/sign-in'),
    });
    assert.equal(signedIn.status, 303, `sign-in answered ${signedIn.status}`);
    const session = visitor.cookies.get('lphm_session');
    assert.ok(session, 'sign-in set the session cookie');

    const account = await visitor.get(`${b.url}/account`);
    assert.equal(account.status, 200);
    assert.match(account.body, /Amina Diallo/);

    const signedOut = await visitor.post(`${b.url}/sign-out`, {
      _csrf: csrfFieldOf(account.body, '/sign-out'),
    });
    assert.equal(signedOut.status, 303);

    // The old cookie, replayed to the other process, must find the session revoked.
    const replay = new HttpVisitor();
    replay.cookies.set('lphm_session', session);
    const after = await replay.get(`${a.url}/account`);
    assert.equal(after.status, 303);
    assert.match(after.headers.get('location') ?? '', /^\/sign-in/);
  });

  it('runs each queued job exactly once when both processes run a worker', async () => {
    // LOG_LEVEL=info: with no SMTP_URL every e-mail is "sent" by one log line, which we count.
    // A worker runs at most 100 jobs a poll (every second), so with 300 both workers get some.
    const [a, b] = await shared.startTwo({ WORKER: 'true', LOG_LEVEL: 'info' });
    const recipients = Array.from(
      { length: 300 },
      (_, i) => `reader${i}.${process.pid}@example.org`,
    );
    await Promise.all(
      recipients.map((to) =>
        queueEmail(deps.db, { to, subject: 'Scale-out', text: 'Once only.', kind: 'scale-out' }),
      ),
    );

    const deadline = Date.now() + 30_000;
    let pending = Infinity;
    while (pending > 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      const row = await deps.db
        .selectFrom('jobs')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('status', '!=', 'done')
        .where('kind', '=', SEND_EMAIL_JOB)
        .executeTakeFirstOrThrow();
      pending = Number(row.n);
    }
    assert.equal(pending, 0, 'every job is done within 30 s');

    const jobs = await deps.db
      .selectFrom('jobs')
      .select(['status', 'attempts', 'locked_by'])
      .where('kind', '=', SEND_EMAIL_JOB) // not the daily check-in sweep that each start queues
      .execute();
    assert.equal(jobs.length, recipients.length);
    assert.ok(jobs.every((j) => j.status === 'done' && Number(j.attempts) === 1));
    // Which worker claims what depends on timing (on a loaded machine one may take them all); the
    // rule under test is that each job runs once. src/jobs/jobs.test.ts races two claimers directly.

    const emails = await listEmails(deps.db, { limit: 1000 });
    assert.deepEqual(
      emails.map((e) => e.status),
      recipients.map(() => 'logged'),
    );

    const sends = new Map<string, number>();
    for (const line of (a.output() + b.output()).split('\n')) {
      if (!line.startsWith('{')) continue;
      const entry = JSON.parse(line) as { to?: string; msg?: string };
      if (entry.to && /not sent/.test(entry.msg ?? '')) {
        sends.set(entry.to, (sends.get(entry.to) ?? 0) + 1);
      }
    }
    for (const to of recipients) assert.equal(sends.get(to), 1, `${to} was sent once`);
  });
});
