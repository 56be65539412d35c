import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCityCoordinator } from '../../../test/factories/cityshare.ts';
import { createOfficial, type CreatedOfficial } from '../../../test/factories/officials.ts';
import { createCity } from '../../../test/factories/organisations.ts';
import { createTwinning } from '../../../test/factories/twinnings.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signIn } from '../../../test/support/sign-in.ts';
import { utcDay } from './follow-up-dates.ts';

describe('check-ins', () => {
  let t: TestApp;
  let slug: string;
  let checkInIds: number[];
  let actionId: number;
  let plockId: number;
  const people = {} as Record<
    'coordinator' | 'member' | 'outsider' | 'facilitator',
    CreatedOfficial
  >;

  before(async () => {
    t = await createTestApp();
    const { deps } = t;
    const antwerp = await createCity(deps);
    const plock = await createCity(deps, { name: 'Płock', country: 'PL', languages: ['pl'] });
    const durban = await createCity(deps, { name: 'Durban', country: 'ZA' });
    plockId = plock.id;
    people.facilitator = await createOfficial(deps, { roles: ['facilitator'] });
    people.coordinator = await createCityCoordinator(deps, plock.id, { name: 'Anna Nowak' });
    people.member = await createOfficial(deps, { organisationId: plock.id });
    people.outsider = await createCityCoordinator(deps, durban.id);
    const twinning = await createTwinning(deps, {
      cityIds: [antwerp.id, plock.id],
      facilitatorId: people.facilitator.id,
      actions: [
        {
          title: 'Campaign',
          indicator: 'People reached',
          baseline: 0,
          target: 5000,
          currentValue: 1200,
        },
        { title: 'Meeting' },
      ],
      checkInsDue: [utcDay(new Date(), -20), utcDay(new Date(), 10), utcDay(new Date(), 100)],
    });
    slug = twinning.slug;
    actionId = twinning.actionIds[0]!;
    const rows = await deps.db
      .selectFrom('check_ins')
      .select('id')
      .where('twinning_id', '=', twinning.id)
      .orderBy('due_on')
      .execute();
    checkInIds = rows.map((r) => r.id);
  });
  after(() => t.close());

  it('lists check-ins in date order, the past one flagged overdue', async () => {
    const client = await signIn(t.app, people.member);
    const res = await client.get(`/twinnings/${slug}/check-ins`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Overdue/);
    assert.equal(res.body.match(/>Due</g)?.length, 2);
  });

  it('refuses the form to a member who is not a coordinator, and hides the project from others', async () => {
    const member = await signIn(t.app, people.member);
    assert.equal(
      (await member.get(`/twinnings/${slug}/check-ins/${checkInIds[0]}`)).statusCode,
      403,
    );
    const outsider = await signIn(t.app, people.outsider);
    assert.equal((await outsider.get(`/twinnings/${slug}/check-ins`)).statusCode, 404);
    assert.equal(
      (await outsider.get(`/twinnings/${slug}/check-ins/${checkInIds[0]}`)).statusCode,
      404,
    );
  });

  it('re-renders the form with 400 when an indicator value is not a number', async () => {
    const client = await signIn(t.app, people.coordinator);
    const url = `/twinnings/${slug}/check-ins/${checkInIds[0]}`;
    const res = await client.submit(url, url, {
      city: String(plockId),
      progress: 'Half of the campaign is done.',
      [`indicator-${actionId}`]: 'about 3000',
    });
    assert.equal(res.statusCode, 400);
    assert.match(
      res.body,
      /Enter the indicator&#39;s value as a number|Enter the indicator's value as a number/,
    );
    assert.match(res.body, /Half of the campaign is done\./);
    const row = await t.deps.db
      .selectFrom('check_ins')
      .select('submitted_at')
      .where('id', '=', checkInIds[0]!)
      .executeTakeFirstOrThrow();
    assert.equal(row.submitted_at, null);
  });

  it('submits once with its indicator update, even when sent twice at the same time', async () => {
    const client = await signIn(t.app, people.coordinator);
    const url = `/twinnings/${slug}/check-ins/${checkInIds[0]}`;
    const csrf = await client.csrfFrom(url);
    const form = {
      _csrf: csrf,
      city: String(plockId),
      progress: 'Half of the campaign is done.',
      blockers: 'Printing costs rose.',
      [`indicator-${actionId}`]: '3 000,5',
    };
    const [a, b] = await Promise.all([client.post(url, form), client.post(url, form)]);
    assert.deepEqual([a.statusCode, b.statusCode], [303, 303]);
    const targets = [a.headers.location, b.headers.location].sort();
    assert.deepEqual(targets, [`${url}?done=already`, `${url}?done=submitted`]);
    const action = await t.deps.db
      .selectFrom('twinning_actions')
      .select('current_value')
      .where('id', '=', actionId)
      .executeTakeFirstOrThrow();
    assert.equal(Number(action.current_value), 3000.5);
    const recorded = await t.deps.db
      .selectFrom('check_in_indicators')
      .selectAll()
      .where('check_in_id', '=', checkInIds[0]!)
      .execute();
    assert.equal(recorded.length, 1);
    const page = await client.get(`${url}?done=already`);
    assert.match(page.body, /already been submitted/);
    assert.match(page.body, /Printing costs rose\./);
    const list = await (await signIn(t.app, people.member)).get(`/twinnings/${slug}/check-ins`);
    assert.match(list.body, /Anna Nowak for Płock/);
  });

  it('lets the facilitator report for any city of the project', async () => {
    const client = await signIn(t.app, people.facilitator);
    const url = `/twinnings/${slug}/check-ins/${checkInIds[1]}`;
    const res = await client.submit(url, url, { city: String(plockId), progress: 'On track.' });
    assert.equal(res.statusCode, 303);
  });

  it('refuses a city the coordinator does not coordinate, and a check-in of another project', async () => {
    const client = await signIn(t.app, people.coordinator);
    const url = `/twinnings/${slug}/check-ins/${checkInIds[2]}`;
    const other = await t.deps.db
      .selectFrom('organisations')
      .select('id')
      .where('name', '=', 'Antwerp')
      .executeTakeFirstOrThrow();
    const res = await client.submit(url, url, { city: String(other.id), progress: 'On track.' });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Choose one of your cities/);
    assert.equal((await client.get(`/twinnings/${slug}/check-ins/999999`)).statusCode, 404);
  });
});
