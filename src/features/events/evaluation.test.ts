import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createEvent } from '../../../test/factories/events.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { register } from '../../../test/factories/registrations.ts';
import { createOfferedRun, enrol } from '../../../test/factories/runs.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';

const GOOD = { satisfaction: '5', usefulness: '4', relevance: '3', willApply: 'Buddy schemes' };

describe('evaluations', () => {
  let t: TestApp;
  let organisationId: number;
  let event: { id: number; slug: string };
  before(async () => {
    t = await createTestApp();
    organisationId = (await createOrganisation(t.deps, { isPartner: true })).id;
    event = await createEvent(t.deps, {
      organisationId,
      title: 'Reception of newcomers',
      startsAt: '2013-05-15T07:30:00.000Z',
      endsAt: '2013-05-16T15:00:00.000Z',
      status: 'held',
    });
  });
  after(() => t.close());

  const count = async (where: { event_id?: number; run_id?: number }) => {
    let q = t.deps.db.selectFrom('evaluations').select((eb) => eb.fn.countAll().as('n'));
    if (where.event_id) q = q.where('event_id', '=', where.event_id);
    if (where.run_id) q = q.where('run_id', '=', where.run_id);
    return Number((await q.executeTakeFirstOrThrow()).n);
  };

  it('an attendee answers once; a second send is told "already answered" and adds nothing', async () => {
    const { official, client } = await signInNew(t.app, t.deps);
    await register(t.deps, event.id, official.id, 'attended');
    const url = `/events/${event.slug}/evaluation`;
    const form = await client.get(url);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /Reception of newcomers/);
    const csrf = await client.csrfFrom(url);
    const first = await client.post(url, { _csrf: csrf, ...GOOD });
    assert.equal(first.statusCode, 303);
    assert.equal(first.headers.location, `${url}?done=saved`);
    const second = await client.post(url, { _csrf: csrf, ...GOOD, satisfaction: '1' });
    assert.equal(second.headers.location, `${url}?done=already`);
    const page = await client.get(`${url}?done=already`);
    assert.match(page.body, /You had already answered/);
    assert.doesNotMatch(page.body, /<select/);
    const rows = await t.deps.db
      .selectFrom('evaluations')
      .selectAll()
      .where('user_id', '=', official.id)
      .execute();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.satisfaction, 5);
    assert.equal(rows[0]!.will_apply, 'Buddy schemes');
  });

  it('simultaneous sends by one attendee store exactly one response', async () => {
    const { official, client } = await signInNew(t.app, t.deps);
    await register(t.deps, event.id, official.id, 'attended');
    const url = `/events/${event.slug}/evaluation`;
    const csrf = await client.csrfFrom(url);
    const before = await count({ event_id: event.id });
    const results = await Promise.all(
      Array.from({ length: 8 }, () => client.post(url, { _csrf: csrf, ...GOOD })),
    );
    assert.ok(results.every((r) => r.statusCode === 303));
    assert.equal(results.filter((r) => r.headers.location?.endsWith('done=saved')).length, 1);
    assert.equal(await count({ event_id: event.id }), before + 1);
  });

  it('bad scores re-render the form with the answers kept and nothing stored', async () => {
    const { official, client } = await signInNew(t.app, t.deps);
    await register(t.deps, event.id, official.id, 'attended');
    const url = `/events/${event.slug}/evaluation`;
    const res = await client.submit(url, url, { ...GOOD, satisfaction: '6', comments: 'Keep me' });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Choose a score from 1 to 5/);
    assert.match(res.body, />Keep me<\/textarea>/);
    assert.match(res.body, /<option value="4" selected/);
    const rows = await t.deps.db
      .selectFrom('evaluations')
      .select('id')
      .where('user_id', '=', official.id)
      .execute();
    assert.equal(rows.length, 0);
  });

  it('someone who did not attend gets a clear 403, and nothing is stored', async () => {
    const before = await count({ event_id: event.id });
    for (const status of ['registered', 'no_show', null] as const) {
      const { official, client } = await signInNew(t.app, t.deps, { preferredLanguage: 'fr' });
      if (status) await register(t.deps, event.id, official.id, status);
      const url = `/events/${event.slug}/evaluation`;
      const page = await client.get(url, { 'accept-language': 'fr' });
      assert.equal(page.statusCode, 403);
      assert.match(page.body, /Seuls les participants dont la présence/);
      const csrf = await client.csrfFrom('/account');
      assert.equal((await client.post(url, { _csrf: csrf, ...GOOD })).statusCode, 403);
    }
    assert.equal(await count({ event_id: event.id }), before);
  });

  it('a course run is evaluated by its learners only', async () => {
    const { runId } = await createOfferedRun(t.deps);
    const learner = await signInNew(t.app, t.deps);
    await enrol(t.deps, runId, learner.official.id);
    const url = `/learn/${runId}/evaluation`;
    assert.equal((await learner.client.get(url)).statusCode, 200);
    const res = await learner.client.submit(url, url, GOOD);
    assert.equal(res.headers.location, `${url}?done=saved`);
    assert.equal(await count({ run_id: runId }), 1);

    const stranger = await signInNew(t.app, t.deps);
    assert.equal((await stranger.client.get(url)).statusCode, 404);
  });

  it('organisers see counts, averages, spread and open answers; others may not', async () => {
    const editor = await signInNew(t.app, t.deps, {
      roles: ['partner_editor'],
      partnerOrganisationId: organisationId,
    });
    const url = `/authoring/events/${event.id}/evaluations`;
    const res = await editor.client.get(url);
    assert.equal(res.statusCode, 200);
    // Two answered above; the third attendee sent bad scores; the 403 sends left no rows.
    assert.match(res.body, /2 responses from 3 participants who attended/);
    assert.match(res.body, /Overall satisfaction<\/th><td>5<\/td>/);
    assert.match(res.body, /Buddy schemes/);

    const other = await signInNew(t.app, t.deps, {
      roles: ['partner_editor'],
      partnerOrganisationId: (await createOrganisation(t.deps, { isPartner: true })).id,
    });
    assert.equal((await other.client.get(url)).statusCode, 403);
    const coordinator = await signInNew(t.app, t.deps, { roles: ['coordinator'] });
    assert.equal((await coordinator.client.get(url)).statusCode, 200);
    assert.equal(
      (await coordinator.client.get('/authoring/events/999999/evaluations')).statusCode,
      404,
    );
  });
});
