import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCityCoordinator } from '../../../test/factories/cityshare.ts';
import { createOfficial, type CreatedOfficial } from '../../../test/factories/officials.ts';
import { createCity } from '../../../test/factories/organisations.ts';
import { createTwinning } from '../../../test/factories/twinnings.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signIn } from '../../../test/support/sign-in.ts';
import { utcDay } from './follow-up-dates.ts';

describe('CityShare dashboard', () => {
  let t: TestApp;
  let mine: CreatedOfficial;
  let coordinator: CreatedOfficial;
  let learner: CreatedOfficial;
  const day = (n: number) => utcDay(new Date(), n);

  before(async () => {
    t = await createTestApp();
    const { deps } = t;
    const antwerp = await createCity(deps);
    const plock = await createCity(deps, { name: 'Płock', country: 'PL' });
    mine = await createOfficial(deps, { roles: ['facilitator'] });
    const other = await createOfficial(deps, { roles: ['facilitator'] });
    coordinator = await createOfficial(deps, { roles: ['coordinator'] });
    learner = await createCityCoordinator(deps, plock.id);
    const followed = await createTwinning(deps, {
      title: 'Perceptions of migrants',
      cityIds: [antwerp.id, plock.id],
      facilitatorId: mine.id,
      actions: [
        { title: 'Train journalists', dueOn: day(-10) },
        { title: 'Finished survey', dueOn: day(-40), status: 'done' },
        { title: 'Future campaign', dueOn: day(20) },
      ],
      checkInsDue: [day(-30), day(60)],
    });
    await createTwinning(deps, {
      title: 'Someone else’s project',
      cityIds: [antwerp.id, plock.id],
      facilitatorId: other.id,
      actions: [{ title: 'Hidden action', dueOn: day(-5) }],
    });
    const now = new Date().toISOString();
    await deps.db
      .insertInto('support_requests')
      .values({
        twinning_id: followed.id,
        organisation_id: plock.id,
        kind: 'training',
        title: 'Media training',
        body: 'Please.',
        status: 'open',
        created_by: learner.id,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await deps.db
      .insertInto('exchanges')
      .values({
        slug: 'antwerp-plock-2013',
        title: 'Antwerp and Płock on public perceptions',
        status: 'active',
        facilitator_id: mine.id,
        created_at: now,
        updated_at: now,
      })
      .execute();
  });
  after(() => t.close());

  it('shows a facilitator what is late in their projects first, oldest first, then the rest', async () => {
    const client = await signIn(t.app, mine);
    const res = await client.get('/facilitate/cityshare');
    assert.equal(res.statusCode, 200);
    const body = res.body;
    const missed = body.indexOf('Check-in not submitted');
    const action = body.indexOf('Train journalists');
    assert.ok(missed > 0 && action > missed, 'the older missed check-in comes first');
    assert.ok(action < body.indexOf('Media training'), 'late items before support requests');
    assert.ok(!body.includes('Finished survey') && !body.includes('Future campaign'));
    assert.ok(!body.includes('Hidden action') && !body.includes('Someone else'));
    assert.match(body, /Antwerp and Płock on public perceptions/);
    assert.match(body, /Perceptions of migrants/);
  });

  it('shows a programme coordinator every project, and refuses others', async () => {
    const res = await (await signIn(t.app, coordinator)).get('/facilitate/cityshare');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Hidden action/);
    assert.equal(
      (await (await signIn(t.app, learner)).get('/facilitate/cityshare')).statusCode,
      403,
    );
  });

  it('says so when there is nothing to follow', async () => {
    const fresh = await createOfficial(t.deps, { roles: ['facilitator'] });
    const res = await (await signIn(t.app, fresh)).get('/facilitate/cityshare');
    assert.match(res.body, /Nothing is late/);
    assert.match(res.body, /No twinning project yet/);
    assert.match(res.body, /No exchange yet/);
  });
});
