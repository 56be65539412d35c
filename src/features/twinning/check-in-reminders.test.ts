import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCityCoordinator } from '../../../test/factories/cityshare.ts';
import { createOfficial, type CreatedOfficial } from '../../../test/factories/officials.ts';
import { createCity } from '../../../test/factories/organisations.ts';
import { createTwinning } from '../../../test/factories/twinnings.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.ts';
import { chooseDelivery, noticesOf } from '../../../test/support/notified.ts';
import { jobHandlers } from '../../jobs/handlers.ts';
import { enqueueJob, runDueJobs } from '../../jobs/jobs.ts';
import {
  CHECK_IN_SWEEP_JOB,
  ensureCheckInSweep,
  nextSweepAt,
  remindCheckIns,
} from './check-in-reminders.ts';
import { utcDay } from './follow-up-dates.ts';

describe('check-in reminders', () => {
  let t: TestDatabase;
  let facilitator: CreatedOfficial;
  let coordinators: CreatedOfficial[];
  const day = (n: number) => utcDay(new Date(), n);

  before(async () => {
    t = await createTestDatabase();
    const { deps } = t;
    const antwerp = await createCity(deps);
    const plock = await createCity(deps, { name: 'Płock', country: 'PL' });
    facilitator = await createOfficial(deps, { roles: ['facilitator'] });
    coordinators = [
      await createCityCoordinator(deps, antwerp.id),
      await createCityCoordinator(deps, plock.id, { preferredLanguage: 'fr' }),
    ];
    await createOfficial(deps, { organisationId: plock.id }); // a member: not reminded
    await createTwinning(deps, {
      title: 'Perceptions of migrants',
      cityIds: [antwerp.id, plock.id],
      facilitatorId: facilitator.id,
      // overdue, due within a week, due later (not yet reminded)
      checkInsDue: [day(-3), day(5), day(40)],
    });
    await createTwinning(deps, {
      cityIds: [antwerp.id, plock.id],
      facilitatorId: facilitator.id,
      status: 'cancelled',
      checkInsDue: [day(-1)],
    });
  });
  after(() => t.close());

  /** The e-mails queued, each with the in-app line of its notification. */
  async function emails() {
    return t.deps.db
      .selectFrom('emails as e')
      .leftJoin('notifications as n', 'n.email_id', 'e.id')
      .select(['e.to_address as to', 'e.subject', 'n.message'])
      .orderBy('e.id')
      .execute();
  }

  it('schedules the daily sweep once, at 06:00 UTC', async () => {
    assert.equal(
      nextSweepAt(new Date('2026-03-01T05:59:00Z')).toISOString(),
      '2026-03-01T06:00:00.000Z',
    );
    assert.equal(
      nextSweepAt(new Date('2026-03-01T06:00:00Z')).toISOString(),
      '2026-03-02T06:00:00.000Z',
    );
    const results = await Promise.all([ensureCheckInSweep(t.deps), ensureCheckInSweep(t.deps)]);
    assert.deepEqual(results.sort(), [false, true]);
  });

  it('with two workers, reminds each open check-in due within a week once, overdue ones flagged', async () => {
    await enqueueJob(t.deps.db, CHECK_IN_SWEEP_JOB, {}); // a second sweep, as two processes would
    await Promise.all([
      runDueJobs(t.deps, jobHandlers, { worker: 'a', limit: 1000 }),
      runDueJobs(t.deps, jobHandlers, { worker: 'b', limit: 1000 }),
    ]);
    const sent = await emails();
    // Two check-ins × (two city coordinators + the facilitator); the member is not told.
    assert.equal(sent.length, 6);
    assert.equal(sent.filter((e) => e.message === 'follow-up.notify.overdue').length, 3);
    assert.equal(sent.filter((e) => e.message === 'follow-up.notify.due').length, 3);
    const overdue = sent.find(
      (e) => e.message === 'follow-up.notify.overdue' && e.to === facilitator.email,
    );
    assert.match(overdue!.subject, /OVERDUE/);
    // Each in the recipient's language: the second coordinator reads French.
    const french = sent.filter((e) => e.to === coordinators[1]!.email).map((e) => e.subject);
    assert.ok(french.some((s) => s.startsWith('Point d’étape EN RETARD')));
    assert.ok(french.some((s) => s.startsWith('Point d’étape à remettre')));
    // Exactly one next sweep waits for tomorrow.
    const queued = await t.deps.db
      .selectFrom('jobs')
      .select('run_at')
      .where('kind', '=', CHECK_IN_SWEEP_JOB)
      .where('status', '=', 'queued')
      .execute();
    assert.deepEqual(
      queued.map((j) => j.run_at),
      [nextSweepAt(new Date()).toISOString()],
    );
  });

  it('does not remind twice the same day, and reminds again the next day', async () => {
    assert.equal(await remindCheckIns(t.deps), 0);
    assert.equal((await emails()).length, 6);
    const tomorrow = new Date(Date.now() + 86_400_000);
    assert.equal(await remindCheckIns(t.deps, tomorrow), 2);
  });

  it('a coordinator who turned check-in e-mails off is reminded in the app only', async () => {
    const city = await createCity(t.deps, { name: 'Gdynia', country: 'PL' });
    const quiet = await createCityCoordinator(t.deps, city.id);
    await chooseDelivery(t.deps, quiet.id, 'check_in', 'off');
    const project = await createTwinning(t.deps, { cityIds: [city.id], checkInsDue: [day(2)] });
    assert.equal(await remindCheckIns(t.deps), 1);
    assert.equal((await emails()).filter((e) => e.to === quiet.email).length, 0);
    const told = await noticesOf(t.deps, quiet.id);
    assert.deepEqual(
      told.map((n) => [n.kind, n.message, n.delivery, n.emailed]),
      [['check_in', 'follow-up.notify.due', 'off', false]],
    );
    assert.match(told[0]!.link, new RegExp(`^/twinnings/${project.slug}/check-ins/\\d+$`));
  });
});
