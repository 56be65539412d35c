import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCityCoordinator } from '../../../test/factories/cityshare.ts';
import { createCity, createOrganisation } from '../../../test/factories/organisations.ts';
import { createTwinning } from '../../../test/factories/twinnings.ts';
import { createTestApp, type Client, type TestApp } from '../../../test/support/app.ts';
import { countEmailsTo, latestEmailTo } from '../../../test/support/mail.ts';
import { noticesOf } from '../../../test/support/notified.ts';
import { signIn, signInNew } from '../../../test/support/sign-in.ts';

// Creating a twinning project, its bad inputs and double submission; confirmation by the cities;
// who sees and who changes it.

describe('twinning projects', () => {
  let t: TestApp;
  let facilitator: Client;
  let facilitatorId: number;
  let antwerp: number;
  let plock: number;
  let durban: number;
  let partner: number;
  let antwerpCoordinator: { email: string; password: string; id: number };
  let plockCoordinator: { email: string; password: string; id: number };

  const count = async () =>
    Number(
      (
        await t.deps.db
          .selectFrom('twinnings')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  const form = (over: Record<string, string | string[]> = {}) => ({
    title: 'Public perceptions of migrants',
    objectives: 'Change how residents see newcomers.',
    cities: [String(antwerp), String(plock)],
    partners: [String(partner)],
    facilitator: String(facilitatorId),
    starts_on: '2026-01-01',
    ends_on: '2026-12-31',
    check_in_every_months: '3',
    ...over,
  });

  before(async () => {
    t = await createTestApp();
    antwerp = (await createCity(t.deps)).id;
    plock = (await createCity(t.deps, { name: 'Płock', country: 'PL', languages: ['pl'] })).id;
    durban = (await createCity(t.deps, { name: 'Durban', country: 'ZA' })).id;
    partner = (await createOrganisation(t.deps, { name: 'IOM', isPartner: true })).id;
    const signed = await signInNew(t.app, t.deps, { roles: ['facilitator'] });
    facilitator = signed.client;
    facilitatorId = signed.official.id;
    antwerpCoordinator = await createCityCoordinator(t.deps, antwerp);
    plockCoordinator = await createCityCoordinator(t.deps, plock, { preferredLanguage: 'fr' });
  });
  after(() => t.close());

  it('refuses bad input with translated errors and creates nothing', async () => {
    const cases: Array<[Record<string, string | string[]>, string]> = [
      [{ cities: [String(antwerp)] }, 'Choose at least two cities.'],
      [{ cities: [String(antwerp), String(antwerp)] }, 'Choose each city only once.'],
      [{ ends_on: '2025-12-31' }, 'The end date must not be before the start date.'],
      [{ cities: [String(antwerp), '999999'] }, 'Choose cities from the list.'],
      [{ cities: [String(antwerp), String(partner)] }, 'Choose cities from the list.'],
      [{ partners: ['999999'] }, 'Choose supporting partners from the list.'],
      [{ check_in_every_months: '13' }, 'Enter a number of months from 1 to 12.'],
    ];
    for (const [over, message] of cases) {
      const res = await facilitator.submit('/twinnings/new', '/twinnings/new', form(over));
      assert.equal(res.statusCode, 400, message);
      assert.match(res.body, new RegExp(message.replace('.', '\\.')));
      assert.match(res.body, /value="Public perceptions of migrants"/, 'input kept');
    }
    assert.equal(await count(), 0);
  });

  it('creates a proposed project, schedules check-ins and asks the cities to confirm', async () => {
    const res = await facilitator.submit('/twinnings/new', '/twinnings/new', form());
    assert.equal(res.statusCode, 303);
    assert.match(
      res.headers.location as string,
      /^\/twinnings\/public-perceptions-of-migrants\?done=created$/,
    );
    const row = await t.deps.db
      .selectFrom('twinnings')
      .selectAll()
      .where('slug', '=', 'public-perceptions-of-migrants')
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'proposed');
    const checkIns = await t.deps.db
      .selectFrom('check_ins')
      .select('due_on')
      .where('twinning_id', '=', row.id)
      .orderBy('due_on')
      .execute();
    assert.deepEqual(
      checkIns.map((c) => c.due_on),
      ['2026-04-01', '2026-07-01', '2026-10-01'],
    );
    assert.match(
      (await latestEmailTo(t.deps, antwerpCoordinator.email))!.subject,
      /Please confirm/,
    );
    assert.match(
      (await latestEmailTo(t.deps, plockCoordinator.email))!.subject,
      /Confirmation demandée/,
    );
    const [invited] = await noticesOf(t.deps, plockCoordinator.id);
    assert.deepEqual(
      [invited?.kind, invited?.message, invited?.params.city, invited?.emailed],
      ['invitation', 'twinning.notify.confirm', 'Płock', true],
    );
    const page = await facilitator.get(res.headers.location as string);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /The project was proposed/);
    assert.match(page.body, /Płock/);
  });

  it('makes one project of a double submission', async () => {
    const before = await count();
    const fields = form({ title: 'Welcome desks', cities: [String(antwerp), String(durban)] });
    const csrf = await facilitator.csrfFrom('/twinnings/new');
    const results = await Promise.all([
      facilitator.post('/twinnings/new', { _csrf: csrf, ...fields }),
      facilitator.post('/twinnings/new', { _csrf: csrf, ...fields }),
      facilitator.post('/twinnings/new', { _csrf: csrf, ...fields }),
    ]);
    assert.deepEqual(
      results.map((r) => r.statusCode),
      [303, 303, 303],
    );
    assert.equal(new Set(results.map((r) => (r.headers.location as string).split('?')[0])).size, 1);
    assert.equal(await count(), before + 1);
    assert.equal(await countEmailsTo(t.deps, antwerpCoordinator.email), 2);
  });

  it('is confirmed once by each city, and active when all have confirmed', async () => {
    const slug = 'public-perceptions-of-migrants';
    const a = await signIn(t.app, antwerpCoordinator);
    const p = await signIn(t.app, plockCoordinator);
    const page = `/twinnings/${slug}`;
    let res = await a.submit(page, `${page}/confirm`, { city: String(plock) });
    assert.equal(res.statusCode, 403, 'not for another city');
    res = await a.submit(page, `${page}/confirm`, { city: String(antwerp) });
    assert.equal(res.headers.location, `${page}?done=confirmed`);
    res = await a.submit(page, `${page}/confirm`, { city: String(antwerp) });
    assert.equal(res.headers.location, `${page}?done=alreadyConfirmed`);
    const status = async () =>
      (
        await t.deps.db
          .selectFrom('twinnings')
          .select('status')
          .where('slug', '=', slug)
          .executeTakeFirstOrThrow()
      ).status;
    assert.equal(await status(), 'proposed');
    await p.submit(page, `${page}/confirm`, { city: String(plock) });
    assert.equal(await status(), 'active');
    res = await a.submit(page, `${page}/status`, { status: 'completed' });
    assert.equal(res.statusCode, 403, 'a city coordinator does not complete the project');
    res = await facilitator.submit(page, `${page}/status`, { status: 'completed' });
    assert.equal(res.statusCode, 303);
    assert.equal(await status(), 'completed');
    res = await facilitator.submit(page, `${page}/status`, { status: 'active' });
    assert.equal(res.statusCode, 409);
  });

  it('prefills the form from an exchange: its title, cities and facilitator', async () => {
    const now = new Date().toISOString();
    const { id } = await t.deps.db
      .insertInto('exchanges')
      .values({
        slug: 'antwerp-durban-exchange',
        title: 'Antwerp and Durban on reception',
        status: 'active',
        facilitator_id: facilitatorId,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.deps.db
      .insertInto('exchange_cities')
      .values([antwerp, durban].map((organisation_id) => ({ exchange_id: id, organisation_id })))
      .execute();
    const res = await facilitator.get(`/twinnings/new?exchange=${id}`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /value="Antwerp and Durban on reception"/);
    assert.match(res.body, new RegExp(`name="cities" value="${durban}" checked`));
    assert.doesNotMatch(res.body, new RegExp(`name="cities" value="${plock}" checked`));
    assert.match(res.body, new RegExp(`name="exchange" value="${id}"`));
  });

  it('is seen by members, changed only by city coordinators and the facilitator', async () => {
    const project = await createTwinning(t.deps, {
      cityIds: [antwerp, plock],
      facilitatorId,
      partnerIds: [partner],
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
    });
    const page = `/twinnings/${project.slug}`;
    const { client: member } = await signInNew(t.app, t.deps, { organisationId: plock });
    const { client: outsider } = await signInNew(t.app, t.deps, { organisationId: durban });
    const { client: partnerEditor } = await signInNew(t.app, t.deps, {
      roles: ['partner_editor'],
      partnerOrganisationId: partner,
    });
    assert.equal((await member.get(page)).statusCode, 200);
    assert.equal((await partnerEditor.get(page)).statusCode, 200);
    assert.equal((await outsider.get(page)).statusCode, 404);
    assert.equal((await outsider.get(`${page}/action-plan.csv`)).statusCode, 404);
    assert.equal((await member.get(`${page}/actions/new`)).statusCode, 403);
    const res = await member.submit(page, `${page}/actions`, { title: 'x' });
    assert.equal(res.statusCode, 403);
    assert.equal((await partnerEditor.get(`${page}/milestones/new`)).statusCode, 403);
    const list = await outsider.get('/twinnings');
    assert.doesNotMatch(list.body, new RegExp(project.slug));
    assert.match((await member.get('/twinnings')).body, new RegExp(project.slug));
  });
});
