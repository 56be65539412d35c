import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { createEvent } from '../../../test/factories/events.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { sessionFor } from '../../../test/factories/runs.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.ts';
import { countEmailsTo, latestEmailTo } from '../../../test/support/mail.ts';
import { latestNoticeTo } from '../../../test/support/notified.ts';
import { jobHandlers } from '../../jobs/handlers.ts';
import { runDueJobs } from '../../jobs/jobs.ts';
import { noticeOfChange, REMINDER_JOB, scheduleReminder } from './registration-reminders.ts';

// Reminders the day before, and notices of change and cancellation, sent by background jobs.

const HOUR = 3_600_000;

describe('event reminders and notices', () => {
  let t: TestApp;
  let organisationId: number;
  before(async () => {
    t = await createTestApp();
    organisationId = (await createOrganisation(t.deps)).id;
  });
  after(() => t.close());

  async function registered(slug: string, preferredLanguage = 'en') {
    const official = await createOfficial(t.deps, { preferredLanguage });
    const session = await sessionFor(t.deps, official.id);
    const client = new Client(t.app);
    client.cookies.set('lphm_session', session.cookie);
    await client.post(`/events/${slug}/register`, { _csrf: session.csrf, waitlist_if_full: '1' });
    return official;
  }

  /** Makes every queued reminder due now, then runs the queue. */
  async function runRemindersNow() {
    await t.deps.db
      .updateTable('jobs')
      .set({ run_at: new Date(Date.now() - 1000).toISOString() })
      .where('kind', '=', REMINDER_JOB)
      .where('status', '=', 'queued')
      .execute();
    await runDueJobs(t.deps, jobHandlers, { limit: 1000 });
  }

  /** The reminders e-mailed to the address (as notifications that went out by e-mail). */
  const reminders = (email: string) =>
    t.deps.db
      .selectFrom('emails as e')
      .innerJoin('notifications as n', 'n.email_id', 'e.id')
      .select('e.id')
      .where('e.to_address', '=', email)
      .where('n.message', '=', 'registrations.notify.reminder')
      .execute()
      .then((rows) => rows.length);

  it('queues a reminder due the day before the start, sent in the participant’s language', async () => {
    const event = await createEvent(t.deps, { organisationId, title: 'Atelier' });
    const official = await registered(event.slug, 'ru');
    const job = await t.deps.db
      .selectFrom('jobs')
      .select(['run_at', 'payload'])
      .where('kind', '=', REMINDER_JOB)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    const start = await t.deps.db
      .selectFrom('events')
      .select('starts_at')
      .where('id', '=', event.id)
      .executeTakeFirstOrThrow();
    assert.equal(new Date(job.run_at).getTime(), new Date(start.starts_at).getTime() - 24 * HOUR);
    await runDueJobs(t.deps, jobHandlers, { limit: 1000 });
    assert.equal(await reminders(official.email), 0, 'not before it is due');
    await runRemindersNow();
    assert.equal(await reminders(official.email), 1);
    assert.match((await latestEmailTo(t.deps, official.email))!.subject, /Завтра: Atelier/);
  });

  it('does not remind of a moved event at its old time; the change notice queues a new reminder', async () => {
    const event = await createEvent(t.deps, { organisationId, capacity: 1 });
    const participant = await registered(event.slug);
    const waiting = await registered(event.slug);
    const moved = new Date(Date.now() + 40 * 24 * HOUR).toISOString();
    await t.deps.db
      .updateTable('events')
      .set({ starts_at: moved, ends_at: moved })
      .where('id', '=', event.id)
      .execute();
    await runRemindersNow();
    assert.equal(await reminders(participant.email), 0);
    await noticeOfChange(t.deps, event.id, 'changed');
    assert.equal(await latestNoticeTo(t.deps, participant.email), 'registrations.notify.changed');
    assert.equal(await latestNoticeTo(t.deps, waiting.email), 'registrations.notify.changed');
    await runRemindersNow();
    assert.equal(await reminders(participant.email), 1);
    assert.equal(await reminders(waiting.email), 0, 'only registered participants are reminded');
  });

  it('tells everyone of a cancellation, and sends no reminder after it', async () => {
    const event = await createEvent(t.deps, { organisationId, requiresApproval: true });
    const pending = await registered(event.slug);
    const open = await createEvent(t.deps, { organisationId });
    const participant = await registered(open.slug);
    for (const id of [event.id, open.id])
      await t.deps.db
        .updateTable('events')
        .set({ status: 'cancelled' })
        .where('id', '=', id)
        .execute();
    await noticeOfChange(t.deps, event.id, 'cancelled');
    await noticeOfChange(t.deps, open.id, 'cancelled');
    assert.equal(await latestNoticeTo(t.deps, pending.email), 'registrations.notify.cancelled');
    assert.equal(await latestNoticeTo(t.deps, participant.email), 'registrations.notify.cancelled');
    const before = await countEmailsTo(t.deps, participant.email);
    await runRemindersNow();
    assert.equal(await countEmailsTo(t.deps, participant.email), before);
  });
});

describe('1,000 reminder jobs with two workers', () => {
  let db: TestDatabase;
  let smtp: SMTPServer;
  const received: string[] = [];

  before(async () => {
    // An in-process SMTP sink that keeps the recipient of every message it receives.
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, done) {
        stream.on('data', () => {});
        stream.on('end', () => {
          for (const r of session.envelope.rcptTo) received.push(r.address);
          done();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    db = await createTestDatabase({
      SMTP_URL: `smtp://127.0.0.1:${port}/?pool=true&maxConnections=4`,
    });
  });
  after(async () => {
    await db.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('sends each reminder exactly once', { timeout: 300_000 }, async () => {
    const { deps } = db;
    const organisationId = (await createOrganisation(deps)).id;
    // Starts in twelve hours: every reminder is due at once.
    const startsAt = new Date(Date.now() + 12 * HOUR).toISOString();
    const event = await createEvent(deps, {
      organisationId,
      startsAt,
      endsAt: new Date(Date.now() + 14 * HOUR).toISOString(),
    });
    const emails: string[] = [];
    const now = new Date().toISOString();
    for (let i = 0; i < 1000; i++) {
      const official = await createOfficial(deps);
      emails.push(official.email);
      const { id } = await deps.db
        .insertInto('registrations')
        .values({
          event_id: event.id,
          user_id: official.id,
          status: 'registered',
          registered_at: now,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await scheduleReminder(deps.db, id, startsAt);
    }
    // Both workers claim until nothing is due (the reminders queue the e-mails they then send).
    const worker = async (name: string) => {
      let ran = 0;
      for (let n = 1; n > 0;) {
        n = await runDueJobs(deps, jobHandlers, { worker: name, limit: 200 });
        ran += n;
      }
      return ran;
    };
    const [a, b] = await Promise.all([worker('a'), worker('b')]);
    assert.equal(a + b, 2000, 'a thousand reminders and a thousand sendings');
    assert.equal(received.length, 1000);
    assert.deepEqual([...received].sort(), [...emails].sort());
  });
});
