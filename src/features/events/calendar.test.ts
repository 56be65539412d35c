import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createEvent } from '../../../test/factories/events.ts';
import { createCity, createOrganisation } from '../../../test/factories/organisations.ts';
import { createThemes } from '../../../test/factories/themes.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';

const DAY = 86_400_000;
const inDays = (n: number, hour = 9) => {
  const d = new Date(Date.now() + n * DAY);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};
const at = (iso: string, hours: number) =>
  new Date(new Date(iso).getTime() + hours * 3_600_000).toISOString();

describe('the public calendar', () => {
  let t: TestApp;
  let themes: Record<string, number>;
  const client = () => new Client(t.app);
  before(async () => {
    t = await createTestApp();
    themes = await createThemes(t.deps);
    const iom = await createOrganisation(t.deps, { name: 'IOM', country: 'CH', isPartner: true });
    const undp = await createOrganisation(t.deps, { name: 'UNDP', country: 'US', isPartner: true });
    const durban = await createCity(t.deps, { name: 'Durban', country: 'ZA' });
    const [first, second] = Object.values(themes) as [number, number];
    const s1 = inDays(10);
    await createEvent(t.deps, {
      organisationId: iom.id,
      slug: 'cohesion-workshop',
      title: 'Cohesion workshop',
      startsAt: s1,
      endsAt: at(s1, 3),
      themeIds: [first],
    });
    const s2 = inDays(20);
    await createEvent(t.deps, {
      organisationId: undp.id,
      slug: 'durban-webinar',
      title: 'Durban webinar',
      kind: 'webinar',
      startsAt: s2,
      endsAt: at(s2, 2),
      venueCityId: durban.id,
      themeIds: [second],
    });
    const s3 = inDays(15);
    await createEvent(t.deps, {
      organisationId: iom.id,
      slug: 'secret-draft',
      title: 'Secret draft',
      status: 'draft',
      startsAt: s3,
      endsAt: at(s3, 2),
    });
    await createEvent(t.deps, {
      organisationId: iom.id,
      slug: 'antwerp-2013',
      title: 'Antwerp course 2013',
      kind: 'study_visit',
      status: 'held',
      startsAt: '2013-05-15T07:00:00.000Z',
      endsAt: '2013-05-16T15:00:00.000Z',
      organiserIds: [undp.id],
    });
  });
  after(() => t.close());

  it('lists upcoming published events in date order, grouped by month, without drafts', async () => {
    const res = await client().get('/events');
    assert.equal(res.statusCode, 200);
    const a = res.body.indexOf('Cohesion workshop');
    const b = res.body.indexOf('Durban webinar');
    assert.ok(a > 0 && b > a);
    assert.doesNotMatch(res.body, /Secret draft|Antwerp course 2013/);
    assert.match(res.body, /<h2 id="month-\d{4}-\d{2}"/);
  });

  it('lists past events with ?when=past', async () => {
    const res = await client().get('/events?when=past');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Antwerp course 2013/);
    assert.match(res.body, /Held/);
    assert.doesNotMatch(res.body, /Cohesion workshop/);
  });

  it('filters by theme, kind, region, partner and year', async () => {
    const themeSlug = Object.keys(themes)[1]!;
    const only = async (query: string, expected: string[]) => {
      const res = await client().get(`/events?${query}`);
      assert.equal(res.statusCode, 200, query);
      for (const title of ['Cohesion workshop', 'Durban webinar', 'Antwerp course 2013'])
        assert.equal(res.body.includes(title), expected.includes(title), `${query}: ${title}`);
    };
    await only(`theme=${themeSlug}`, ['Durban webinar']);
    await only('kind=webinar', ['Durban webinar']);
    // Durban's venue is in Africa though UNDP (the owner) is in North America.
    await only('region=AF', ['Durban webinar']);
    await only('region=EU', ['Cohesion workshop']);
    await only('when=past&partner=' + (await orgSlug('UNDP')), ['Antwerp course 2013']);
    await only('when=past&year=2013', ['Antwerp course 2013']);
    await only('year=2013', []);
  });

  async function orgSlug(name: string): Promise<string> {
    const row = await t.deps.db
      .selectFrom('organisations')
      .select('slug')
      .where('name', '=', name)
      .executeTakeFirstOrThrow();
    return row.slug;
  }

  it('refuses bad filters with a 400 naming the field', async () => {
    for (const query of ['kind=party', 'region=XX', 'year=99999', 'page=0', 'when=soon']) {
      const res = await client().get(`/events?${query}`);
      assert.equal(res.statusCode, 400, query);
      assert.match(res.body, /error-summary/);
    }
  });

  it('pages through many events twenty at a time', async () => {
    const owner = await createOrganisation(t.deps, { name: 'Pager' });
    for (let i = 0; i < 25; i++) {
      const s = inDays(40 + i);
      await createEvent(t.deps, { organisationId: owner.id, startsAt: s, endsAt: at(s, 1) });
    }
    const first = await client().get('/events?kind=workshop');
    assert.match(first.body, /href="\/events\?kind=workshop&page=2"/);
    const second = await client().get('/events?kind=workshop&page=2');
    assert.equal(second.statusCode, 200);
    assert.equal((second.body.match(/<li class="card">/g) ?? []).length, 6);
  });

  it('shows a month as a table of weeks with events on their days and links to other months', async () => {
    const res = await client().get('/events/month/2013-05');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<table>/);
    assert.match(res.body, /<th scope="col"><abbr title="Monday">/);
    // A two-day study visit shows on both days (15 and 16 May in Brussels).
    assert.equal((res.body.match(/href="\/events\/antwerp-2013"/g) ?? []).length, 3);
    assert.match(res.body, /href="\/events\/month\/2013-04" rel="prev"/);
    assert.match(res.body, /href="\/events\/month\/2013-06" rel="next"/);
    assert.match(res.body, /class="table-wrap"/);
  });

  it('places an event on its own local day, not the UTC one', async () => {
    const owner = await createOrganisation(t.deps, { name: 'Tokyo host' });
    // 23:30 UTC on 31 March is 08:30 on 1 April in Tokyo.
    await createEvent(t.deps, {
      organisationId: owner.id,
      slug: 'tokyo-morning',
      title: 'Tokyo morning',
      startsAt: '2014-03-31T23:30:00.000Z',
      endsAt: '2014-04-01T01:30:00.000Z',
      timeZone: 'Asia/Tokyo',
    });
    assert.match((await client().get('/events/month/2014-04')).body, /Tokyo morning/);
    assert.doesNotMatch((await client().get('/events/month/2014-03')).body, /Tokyo morning/);
  });

  it('answers 404 for a malformed month', async () => {
    for (const m of ['2013-13', '2013-5', 'abcd-01', '99999-01'])
      assert.equal((await client().get(`/events/month/${m}`)).statusCode, 404, m);
  });

  it('theme and organisation pages list their upcoming events', async () => {
    const themeSlug = Object.keys(themes)[1]!;
    const theme = await client().get(`/themes/${themeSlug}`);
    assert.match(theme.body, /Durban webinar/);
    assert.doesNotMatch(theme.body, /Cohesion workshop/);
    assert.match(theme.body, new RegExp(`href="/events\\?theme=${themeSlug}"`));
    // Durban hosts the webinar; UNDP organises it; IOM does not.
    const city = await client().get(`/organisations/${await orgSlug('Durban')}`);
    assert.match(city.body, /Durban webinar/);
    const undp = await client().get(`/organisations/${await orgSlug('UNDP')}`);
    assert.match(undp.body, /Durban webinar/);
    const iom = await client().get(`/organisations/${await orgSlug('IOM')}`);
    assert.match(iom.body, /Cohesion workshop/);
    assert.doesNotMatch(iom.body, /Durban webinar|Secret draft/);
  });

  it('is translated, right to left in Arabic', async () => {
    const res = await client().get('/events/month/2013-05', { 'accept-language': 'ar' });
    assert.match(res.body, /dir="rtl"/);
    assert.match(res.body, /فعاليات/);
  });
});
