import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createExchange } from '../../../test/factories/exchanges.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createCity, createOrganisation } from '../../../test/factories/organisations.ts';
import { createThemes } from '../../../test/factories/themes.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signIn, signInNew } from '../../../test/support/sign-in.ts';

// Opening exchanges and who sees them: the form (prefilled from suggestions), bad choices that
// write nothing, a double submission that opens one, the page by role, and the list's order.

describe('opening and seeing exchanges', () => {
  let t: TestApp;
  let facilitator: Client;
  let facilitatorId: number;
  let coordinator: Client;
  let learner: Client;
  let member: Client;
  let outsider: Client;
  let antwerp: { id: number; slug: string };
  let plock: { id: number };
  let durban: { id: number };
  let themeSlugs: string[];
  let plockOfficial: { id: number };

  const count = async (table: 'exchanges' | 'exchange_cities') =>
    Number(
      (
        await t.deps.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const open = (c: Client, fields: Record<string, string | string[]>) =>
    c.submit('/exchanges/new', '/exchanges/new', fields);

  before(async () => {
    t = await createTestApp();
    themeSlugs = Object.keys(await createThemes(t.deps));
    antwerp = await createCity(t.deps);
    plock = await createCity(t.deps, { name: 'Płock', country: 'PL', languages: ['pl'] });
    durban = await createCity(t.deps, { name: 'Durban', country: 'ZA', languages: ['en'] });
    const f = await signInNew(t.app, t.deps, { roles: ['facilitator'], name: 'Fatou Facilitator' });
    facilitator = f.client;
    facilitatorId = f.official.id;
    coordinator = (await signInNew(t.app, t.deps, { roles: ['coordinator'] })).client;
    learner = (await signInNew(t.app, t.deps)).client;
    member = (await signInNew(t.app, t.deps, { organisationId: antwerp.id })).client;
    outsider = (await signInNew(t.app, t.deps, { organisationId: durban.id })).client;
    plockOfficial = await createOfficial(t.deps, { organisationId: plock.id, name: 'Piotr P' });
  });
  after(() => t.close());

  it('prefills the form from a suggestion link and opens a proposed exchange', async () => {
    const url = `/exchanges/new?cities=${antwerp.id},${plock.id}&themes=${themeSlugs[1]}&title=Perceptions`;
    const form = await facilitator.get(url);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /value="Perceptions"/);
    assert.match(form.body, new RegExp(`value="${antwerp.id}" checked`));
    assert.match(form.body, /Piotr P/, 'members of the chosen cities are offered');
    const res = await open(facilitator, {
      title: 'Public perceptions of migrants',
      cities: [String(antwerp.id), String(plock.id)],
      themes: [themeSlugs[1]!],
      participants: [String(plockOfficial.id)],
    });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/exchanges/public-perceptions-of-migrants?done=created');
    const row = await t.deps.db
      .selectFrom('exchanges')
      .selectAll()
      .where('slug', '=', 'public-perceptions-of-migrants')
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'proposed');
    assert.equal(row.facilitator_id, facilitatorId);
    const page = await facilitator.get(String(res.headers.location));
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /The exchange is open/);
    assert.match(page.body, /Piotr P/);
    assert.match(page.body, /href="\/twinnings\/new\?exchange=\d+"/);
  });

  it('refuses one city, the same city twice, unknown cities, themes and non-members', async () => {
    const before = await count('exchanges');
    const base = { title: 'Bad', themes: [themeSlugs[0]!] };
    const cases: Array<[Record<string, string | string[]>, RegExp]> = [
      [{ ...base, cities: [String(antwerp.id)] }, /Choose at least two cities/],
      [{ ...base, cities: [String(antwerp.id), String(antwerp.id)] }, /can be chosen only once/],
      [{ ...base, cities: [String(antwerp.id), '999999'] }, /Choose cities from the list/],
      [{ ...base, cities: [String(antwerp.id), 'x'] }, /Choose cities from the list/],
      [
        { ...base, themes: ['no-such-theme'], cities: [String(antwerp.id), String(plock.id)] },
        /Choose themes from the list/,
      ],
      [{ title: 'Bad', cities: [String(antwerp.id), String(plock.id)] }, /at least one theme/],
      [
        { ...base, cities: [String(antwerp.id), String(plock.id)], participants: ['424242'] },
        /must be officials of the exchange/,
      ],
    ];
    for (const [fields, message] of cases) {
      const res = await open(facilitator, fields);
      assert.equal(res.statusCode, 400, JSON.stringify(fields));
      assert.match(res.body, message);
      assert.match(res.body, /value="Bad"/, 'the input is kept');
    }
    // A participant from a city that is not in the exchange.
    const durbanOfficial = await createOfficial(t.deps, { organisationId: durban.id });
    const res = await open(facilitator, {
      ...base,
      cities: [String(antwerp.id), String(plock.id)],
      participants: [String(durbanOfficial.id)],
    });
    assert.equal(res.statusCode, 400);
    // A facilitator names only themselves; a non-city organisation is no city.
    const partner = await createOrganisation(t.deps, { isPartner: true });
    const other = await createOfficial(t.deps, { roles: ['facilitator'] });
    for (const fields of [
      { ...base, cities: [String(antwerp.id), String(plock.id)], facilitator: String(other.id) },
      { ...base, cities: [String(antwerp.id), String(partner.id)] },
    ])
      assert.equal((await open(facilitator, fields)).statusCode, 400);
    assert.equal(await count('exchanges'), before, 'nothing was written');
  });

  it('opens one exchange for a double submission', async () => {
    const before = await count('exchanges');
    const csrf = await coordinator.csrfFrom('/exchanges/new');
    const fields = {
      _csrf: csrf,
      title: 'Twice',
      cities: [String(antwerp.id), String(plock.id)],
      themes: [themeSlugs[0]!],
    };
    const results = await Promise.all([
      coordinator.post('/exchanges/new', fields),
      coordinator.post('/exchanges/new', fields),
      coordinator.post('/exchanges/new', fields),
    ]);
    assert.deepEqual(
      results.map((r) => r.statusCode),
      [303, 303, 303],
    );
    assert.equal(new Set(results.map((r) => String(r.headers.location).split('?')[0])).size, 1);
    assert.equal(await count('exchanges'), before + 1);
  });

  it('lets facilitators and coordinators open exchanges, and no one else', async () => {
    assert.equal((await learner.get('/exchanges/new')).statusCode, 403);
    assert.equal((await member.get('/exchanges/new')).statusCode, 403);
    const anonymous = new Client(t.app);
    const res = await anonymous.get('/exchanges/new');
    assert.equal(res.statusCode, 303);
    assert.match(String(res.headers.location), /^\/sign-in\?next=/);
    assert.equal((await coordinator.get('/exchanges/new')).statusCode, 200);
  });

  it('shows an exchange to its parties and hides it from others', async () => {
    const participant = await createOfficial(t.deps, { organisationId: durban.id });
    const x = await createExchange(t.deps, {
      cityIds: [antwerp.id, plock.id],
      facilitatorId,
      participantIds: [participant.id],
      notes: [{ authorId: participant.id, body: 'Hello from *Durban*' }],
      title: 'Seen by some',
    });
    const url = `/exchanges/${x.slug}`;
    for (const c of [facilitator, coordinator, member, await signIn(t.app, participant)])
      assert.equal((await c.get(url)).statusCode, 200);
    assert.equal((await outsider.get(url)).statusCode, 404);
    assert.equal((await learner.get(url)).statusCode, 404);
    assert.equal((await learner.get('/exchanges/no-such-exchange')).statusCode, 404);
    assert.equal((await new Client(t.app).get(url)).statusCode, 303);
    // A member sees it but has no status buttons.
    const page = await member.get(url);
    assert.doesNotMatch(page.body, /Start the exchange/);
    assert.match(page.body, /Hello from <em>Durban<\/em>/);
    assert.match((await facilitator.get(url)).body, /Start the exchange/);
  });

  it('lists active exchanges first, then proposed and closed, and only one’s own', async () => {
    const t0 = await createThemes(t.deps);
    const themeIds = [Object.values(t0)[2]!];
    const mk = (title: string, status: 'proposed' | 'active' | 'closed') =>
      createExchange(t.deps, {
        cityIds: [antwerp.id, plock.id],
        facilitatorId,
        themeIds,
        title,
        status,
      });
    await mk('Zeta closed', 'closed');
    await mk('Alpha proposed', 'proposed');
    await mk('Beta active', 'active');
    const list = (await member.get('/exchanges')).body;
    const at = (s: string) => list.indexOf(s);
    assert.ok(at('Beta active') > 0 && at('Beta active') < at('Alpha proposed'));
    assert.ok(at('Alpha proposed') < at('Zeta closed'));
    const empty = await outsider.get('/exchanges');
    assert.equal(empty.statusCode, 200);
    assert.match(empty.body, /You take part in no exchange yet/);
    assert.doesNotMatch(empty.body, /Beta active/);
    assert.match((await coordinator.get('/exchanges')).body, /Beta active/);
    assert.equal((await new Client(t.app).get('/exchanges')).statusCode, 303);
  });

  it('translates the pages', async () => {
    await member.get('/language/ar?next=/');
    const res = await member.get('/exchanges');
    await member.get('/language/en?next=/');
    assert.match(res.body, /dir="rtl"/);
    assert.match(res.body, /التبادلات بين المدن/);
  });
});
