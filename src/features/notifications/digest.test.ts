import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.ts';
import { createOfficial, type CreatedOfficial } from '../../../test/factories/officials.ts';
import type { Deps } from '../../deps.ts';
import { jobHandlers } from '../../jobs/handlers.ts';
import { runDueJobs } from '../../jobs/jobs.ts';
import { DIGEST_JOB, nextDigestAt, scheduleDigest, sendDigests } from './digest.ts';
import { notify } from './notify.ts';

// The daily digest: one e-mail per official with what waited for it, never twice; and every
// notification e-mail sent exactly once with two workers running.

async function reply(deps: Deps, to: number, source: string) {
  await notify(deps.db, deps.config, {
    kind: 'reply',
    message: 'notifications.list.title',
    link: `/threads/1#${source}`,
    recipients: [to],
    source,
  });
}

const emailsTo = (deps: Deps, address: string) =>
  deps.db
    .selectFrom('emails')
    .select(['subject', 'text_body as text', 'kind'])
    .where('to_address', '=', address)
    .execute();

describe('daily digest', () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase();
  });
  after(() => db.close());

  it('runs at the next 07:00 UTC', () => {
    assert.equal(
      nextDigestAt(new Date('2026-03-01T06:59:00Z')).toISOString(),
      '2026-03-01T07:00:00.000Z',
    );
    assert.equal(
      nextDigestAt(new Date('2026-03-01T07:00:00Z')).toISOString(),
      '2026-03-02T07:00:00.000Z',
    );
  });

  it('gathers a day’s notifications into one e-mail per official, in their language', async () => {
    const { deps } = db;
    const ana = await createOfficial(deps, { preferredLanguage: 'zh' });
    const bo = await createOfficial(deps);
    for (let i = 0; i < 3; i++) await reply(deps, ana.id, `a${i}`);
    await reply(deps, bo.id, 'b0');
    assert.equal(await sendDigests(deps), 2);
    const [mail, ...more] = await emailsTo(deps, ana.email);
    assert.equal(more.length, 0);
    assert.equal(mail?.subject, '您的 LPHM 每日摘要（3）');
    assert.equal(mail?.kind, 'notification.digest');
    for (let i = 0; i < 3; i++) assert.match(mail!.text, new RegExp(`/threads/1#a${i}`));
    assert.match(mail!.text, /停止接收此类邮件：\S+\/notifications\/unsubscribe\?token=/);
    assert.equal((await emailsTo(deps, bo.email)).length, 1);
    // Nothing is left for tomorrow.
    assert.equal(await sendDigests(deps), 0);
  });

  it('sends each official one digest when two workers run at once', async () => {
    const { deps } = db;
    const people: CreatedOfficial[] = [];
    for (let i = 0; i < 5; i++) people.push(await createOfficial(deps));
    for (const p of people) for (let i = 0; i < 4; i++) await reply(deps, p.id, `twice${i}`);
    const [x, y] = await Promise.all([sendDigests(deps), sendDigests(deps)]);
    assert.equal(x + y, 5);
    for (const p of people) assert.equal((await emailsTo(deps, p.email)).length, 1);
  });

  it('queues tomorrow’s digest when it runs, one at a time', async () => {
    const { deps } = db;
    assert.equal(await scheduleDigest(deps, new Date()), true);
    assert.equal(await scheduleDigest(deps, new Date()), false);
    await runDueJobs(deps, jobHandlers);
    const queued = await deps.db
      .selectFrom('jobs')
      .select('run_at')
      .where('kind', '=', DIGEST_JOB)
      .where('status', '=', 'queued')
      .execute();
    assert.deepEqual(
      queued.map((j) => j.run_at),
      [nextDigestAt(new Date()).toISOString()],
    );
  });
});

describe('notification e-mails with two workers', () => {
  let db: TestDatabase;
  let smtp: SMTPServer;
  const received = new Map<string, number>();

  before(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      disableReverseLookup: true,
      onData(stream, session, done) {
        stream.on('data', () => {});
        stream.on('end', () => {
          for (const to of session.envelope.rcptTo)
            received.set(to.address, (received.get(to.address) ?? 0) + 1);
          done();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    db = await createTestDatabase({ SMTP_URL: `smtp://127.0.0.1:${port}` });
  });
  after(async () => {
    await db.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('sends each e-mail of 1,000 notifications exactly once', async () => {
    const { deps } = db;
    const people: CreatedOfficial[] = [];
    for (let i = 0; i < 20; i++) people.push(await createOfficial(deps));
    // Per official: 5 mentions e-mailed at once and 45 replies waiting for the digest.
    await deps.db.transaction().execute(async (tx) => {
      const inTx = { ...deps, db: tx };
      for (const p of people)
        for (let i = 0; i < 50; i++) {
          if (i >= 5) await reply(inTx, p.id, `r${i}`);
          else
            await notify(tx, deps.config, {
              kind: 'mention',
              message: 'notifications.list.title',
              link: '/',
              recipients: [p.id],
              source: `m${i}`,
            });
        }
    });
    const count = await deps.db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 1000);
    await scheduleDigest(deps, new Date());
    const ran = await Promise.all([
      runDueJobs(deps, jobHandlers, { limit: 5000 }),
      runDueJobs(deps, jobHandlers, { limit: 5000 }),
    ]);
    assert.ok(ran[0] > 0 && ran[1] > 0, `both workers ran jobs: ${ran.join(', ')}`);
    for (const p of people) assert.equal(received.get(p.email), 6, p.email);
    const statuses = await deps.db
      .selectFrom('emails')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('status')
      .execute();
    assert.deepEqual(
      statuses.map((s) => [s.status, Number(s.n)]),
      [['sent', 120]],
    );
  });
});
