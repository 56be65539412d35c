import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app.ts';
import { PageCache } from '../../web/page-cache.ts';
import { createEvent } from '../../../test/factories/events.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { sessionFor } from '../../../test/factories/runs.ts';
import { createThemes } from '../../../test/factories/themes.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';

// Anonymous visitors get the calendar list, the month view and event pages from the page cache
// until something they show changes, and then at once, whoever wrote it and on every app process:
// triggers bump the 'events' version (migration 20261128T0016). Signed-in officials never get a
// cached page, so what only they may see (their place, the online link) never reaches one.

class QueryCounter implements KyselyPlugin {
  executed = 0;
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    this.executed++;
    return args.result;
  }
}

const DAY = 86_400_000;
/** A local date-time for the editor's form, `days` from now at 09:00. */
const localIn = (days: number, hour = '09:00') =>
  `${new Date(Date.now() + days * DAY).toISOString().slice(0, 10)}T${hour}`;
const monthIn = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 7);

describe('page cache of the calendar and event pages', () => {
  let t: TestApp;
  /** A second app process on the same database, counting its queries. */
  let other: FastifyInstance;
  const counter = new QueryCounter();
  let partner: { id: number; slug: string };
  let themeId: number;
  let themeSlug: string;
  let coordinator: Client;

  before(async () => {
    t = await createTestApp();
    other = await buildApp({ ...t.deps, db: t.deps.db.withPlugin(counter) });
    await other.ready();
    const themes = await createThemes(t.deps);
    [themeSlug, themeId] = Object.entries(themes)[0]!;
    partner = await createOrganisation(t.deps, { name: 'Cache Partner', isPartner: true });
    coordinator = (await signInNew(t.app, t.deps, { roles: ['coordinator'] })).client;
  });
  after(async () => {
    await other.close();
    await t.close();
  });

  /** What an anonymous visitor gets: from this process, or from the other one. */
  const anonymous = async (url: string, app: FastifyInstance = t.app) =>
    (await new Client(app).get(url)).body;

  async function learner(name?: string) {
    const official = await createOfficial(t.deps, name ? { name } : {});
    const session = await sessionFor(t.deps, official.id);
    const client = new Client(t.app);
    client.cookies.set('lphm_session', session.cookie);
    const post = (url: string) => client.post(url, { _csrf: session.csrf });
    return { official, client, post };
  }

  const form = (title: string, overrides: Record<string, string | string[]> = {}) => ({
    language: 'en',
    title,
    description: 'A workshop.',
    kind: 'workshop',
    theme_ids: [String(themeId)],
    partner_ids: [String(partner.id)],
    facilitator_emails: '',
    speaker_emails: '',
    time_zone: 'Europe/Brussels',
    starts_local: localIn(40),
    ends_local: localIn(40, '17:00'),
    venue_city_id: '',
    venue_address: 'Town hall',
    online_url: '',
    capacity: '30',
    registration_opens_local: '',
    registration_closes_local: '',
    requires_approval: '',
    run_id: '',
    ...overrides,
  });

  /** An event made and published through the editor, as a coordinator would. */
  async function published(
    title: string,
    overrides: Record<string, string> = {},
  ): Promise<{ id: number; url: string; slug: string }> {
    const NEW = '/authoring/events/new';
    const res = await coordinator.submit(NEW, NEW, form(title, overrides));
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    const id = Number(/\/authoring\/events\/(\d+)/.exec(String(res.headers.location))![1]);
    const url = `/authoring/events/${id}`;
    assert.equal(
      (await coordinator.submit(url, `${url}/status`, { status: 'published' })).statusCode,
      303,
    );
    const { slug } = await t.deps.db
      .selectFrom('events')
      .select('slug')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return { id, url, slug };
  }

  it('serves a repeat anonymous visit from memory, for one version read', async () => {
    const event = await createEvent(t.deps, { organisationId: partner.id, title: 'Counted' });
    for (const url of [`/events/${event.slug}`, `/events/month/${monthIn(30)}`, '/events']) {
      counter.executed = 0;
      assert.match(await anonymous(url, other), /Counted/);
      const first = counter.executed;
      counter.executed = 0;
      assert.match(await anonymous(url, other), /Counted/);
      assert.ok(first >= 2, `${url}: the first visit renders (${first} queries)`);
      assert.ok(counter.executed <= 1, `${url}: a repeat visit reads versions only`);
    }
  });

  it('caches nothing that belongs to one visitor: no form token, no cookie', async () => {
    const event = await createEvent(t.deps, { organisationId: partner.id, title: 'Tokenless' });
    for (const url of [`/events/${event.slug}`, `/events/month/${monthIn(30)}`, '/events']) {
      const res = await new Client(t.app).get(url);
      assert.equal(res.statusCode, 200);
      assert.doesNotMatch(res.body, /name="_csrf"/, url);
      assert.equal(res.headers['set-cookie'], undefined, url);
    }
  });

  it('shows a registration and a cancellation at once, on every app process', async () => {
    const event = await createEvent(t.deps, {
      organisationId: partner.id,
      title: 'Seats walk',
      capacity: 3,
    });
    const page = `/events/${event.slug}`;
    for (const app of [t.app, other]) assert.match(await anonymous(page, app), /3 of 3 seats/);
    const p = await learner();
    assert.equal((await p.post(`${page}/register`)).statusCode, 303);
    for (const app of [t.app, other]) assert.match(await anonymous(page, app), /2 of 3 seats/);
    assert.equal((await p.post(`${page}/cancel`)).statusCode, 303);
    for (const app of [t.app, other]) assert.match(await anonymous(page, app), /3 of 3 seats/);
  });

  it('fills the seats exactly under parallel registrations and shows the event full at once', async () => {
    const event = await createEvent(t.deps, {
      organisationId: partner.id,
      title: 'Crowded walk',
      capacity: 3,
    });
    const page = `/events/${event.slug}`;
    assert.match(await anonymous(page), /3 of 3 seats/);
    const people = await Promise.all(Array.from({ length: 8 }, () => learner()));
    const answers = await Promise.all(people.map((p) => p.post(`${page}/register`)));
    assert.ok(answers.every((a) => a.statusCode === 303 || a.statusCode === 409));
    const taken = await t.deps.db
      .selectFrom('registrations')
      .select('id')
      .where('event_id', '=', event.id)
      .where('status', '=', 'registered')
      .execute();
    assert.equal(taken.length, 3);
    for (const app of [t.app, other]) assert.match(await anonymous(page, app), /0 of 3 seats/);
  });

  it('shows an edit and a cancellation at once on the event page, the month view and the list', async () => {
    const event = await published('Before the edit');
    const pages = [`/events/${event.slug}`, `/events/month/${monthIn(40)}`, '/events'];
    for (const page of pages) assert.match(await anonymous(page), /Before the edit/);
    const saved = await coordinator.submit(event.url, event.url, form('After the edit'));
    assert.equal(saved.statusCode, 303);
    for (const page of pages) {
      const body = await anonymous(page);
      assert.match(body, /After the edit/, page);
      assert.doesNotMatch(body, /Before the edit/, page);
    }
    const cancelled = await coordinator.submit(event.url, `${event.url}/status`, {
      status: 'cancelled',
    });
    assert.equal(cancelled.statusCode, 303);
    for (const app of [t.app, other])
      assert.match(await anonymous(`/events/${event.slug}`, app), /This event was cancelled/);
  });

  it('never serves a signed-in official a cached page, nor a visitor their place or online link', async () => {
    const event = await createEvent(t.deps, {
      organisationId: partner.id,
      title: 'Online walk',
      onlineUrl: 'https://meet.example.org/secret-room',
    });
    const page = `/events/${event.slug}`;
    assert.match(await anonymous(page), /Sign in to register|sign-in\?next=/);
    const p = await learner();
    assert.equal((await p.post(`${page}/register`)).statusCode, 303);
    for (const url of [page, `${page}?done=registered`]) {
      const mine = (await p.client.get(url)).body;
      assert.match(mine, /You are registered/);
      assert.match(mine, /meet\.example\.org\/secret-room/);
    }
    for (const url of [page, `${page}?done=registered`])
      for (const app of [t.app, other]) {
        const body = await anonymous(url, app);
        assert.doesNotMatch(body, /secret-room/);
        assert.doesNotMatch(body, /You are registered/);
      }
  });

  it('follows a speaker renamed, whoever renames them', async () => {
    const speaker = await createOfficial(t.deps, { name: 'Amina Before' });
    const event = await createEvent(t.deps, {
      organisationId: partner.id,
      title: 'Speaker walk',
      speakerIds: [speaker.id],
    });
    assert.match(await anonymous(`/events/${event.slug}`), /Amina Before/);
    await t.deps.db
      .updateTable('users')
      .set({ name: 'Amina After' })
      .where('id', '=', speaker.id)
      .execute();
    assert.match(await anonymous(`/events/${event.slug}`), /Amina After/);
  });

  it('lists a new event at once on the theme and organisation pages', async () => {
    assert.doesNotMatch(await anonymous(`/themes/${themeSlug}`), /Listed walk/);
    assert.doesNotMatch(await anonymous(`/organisations/${partner.slug}`), /Listed walk/);
    // The soonest of all, so that it is among the few next events those pages show.
    await published('Listed walk', { starts_local: localIn(2), ends_local: localIn(2, '17:00') });
    assert.match(await anonymous(`/themes/${themeSlug}`), /Listed walk/);
    assert.match(await anonymous(`/organisations/${partner.slug}`), /Listed walk/);
  });

  it('never caches an answer to a bad filter, a bad month or a missing event', async () => {
    for (let i = 0; i < 2; i++) {
      assert.equal((await new Client(t.app).get('/events?kind=party')).statusCode, 400);
      assert.equal((await new Client(t.app).get('/events/month/2013-13')).statusCode, 404);
      assert.equal((await new Client(t.app).get('/events/no-such-event')).statusCode, 404);
    }
  });

  it('keeps a page that depends on the clock no longer than its maximum age', () => {
    const cache = new PageCache();
    cache.set('en /events', 7, '<p>list</p>', 1_000 + 10_000);
    assert.equal(cache.get('en /events', 7, 1_000 + 9_999), '<p>list</p>');
    assert.equal(cache.get('en /events', 7, 1_000 + 10_000), undefined);
  });
});
