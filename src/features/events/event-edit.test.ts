import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createEvent } from '../../../test/factories/events.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createCity, createOrganisation } from '../../../test/factories/organisations.ts';
import { createThemes } from '../../../test/factories/themes.ts';
import { register } from '../../../test/factories/registrations.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { latestNoticeTo } from '../../../test/support/notified.ts';
import { signInNew } from '../../../test/support/sign-in.ts';

describe('creating and editing events', () => {
  let t: TestApp;
  let editor: Client;
  let coordinator: Client;
  let partnerId: number;
  let otherPartnerId: number;
  let cityId: number;
  let themeId: number;
  let speakerEmail: string;
  const NEW = '/authoring/events/new';

  const form = (overrides: Record<string, string | string[]> = {}) => ({
    language: 'en',
    title: 'Welcoming newcomers',
    description: 'A **workshop**.',
    kind: 'workshop',
    theme_ids: [String(themeId)],
    partner_ids: [String(otherPartnerId)],
    facilitator_emails: '',
    speaker_emails: speakerEmail,
    time_zone: 'Europe/Brussels',
    starts_local: '2013-05-15T09:00',
    ends_local: '2013-05-16T17:00',
    venue_city_id: String(cityId),
    venue_address: 'Montevideostraat 3',
    online_url: '',
    capacity: '30',
    registration_opens_local: '',
    registration_closes_local: '2013-05-14T12:00',
    requires_approval: '1',
    run_id: '',
    ...overrides,
  });

  const eventRow = (id: number) =>
    t.deps.db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  async function create(overrides: Record<string, string | string[]> = {}): Promise<number> {
    const res = await editor.submit(NEW, NEW, form(overrides));
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    const m = /^\/authoring\/events\/(\d+)\?done=created$/.exec(String(res.headers.location));
    assert.ok(m);
    return Number(m[1]);
  }

  before(async () => {
    t = await createTestApp();
    themeId = Object.values(await createThemes(t.deps))[0]!;
    partnerId = (await createOrganisation(t.deps, { name: 'IOM', isPartner: true })).id;
    otherPartnerId = (await createOrganisation(t.deps, { name: 'JMDI', isPartner: true })).id;
    cityId = (await createCity(t.deps, { name: 'Antwerp' })).id;
    speakerEmail = (await createOfficial(t.deps, { name: 'Jan Peeters' })).email;
    editor = (
      await signInNew(t.app, t.deps, {
        roles: ['partner_editor'],
        partnerOrganisationId: partnerId,
      })
    ).client;
    coordinator = (await signInNew(t.app, t.deps, { roles: ['coordinator'] })).client;
  });
  after(() => t.close());

  it('a partner editor creates a draft; local times are stored in UTC with the zone kept', async () => {
    const id = await create();
    const row = await eventRow(id);
    assert.equal(row.status, 'draft');
    assert.equal(row.organisation_id, partnerId);
    // 09:00 in Brussels in May (summer time, UTC+2) is 07:00 UTC.
    assert.equal(row.starts_at, '2013-05-15T07:00:00.000Z');
    assert.equal(row.ends_at, '2013-05-16T15:00:00.000Z');
    assert.equal(row.registration_closes_at, '2013-05-14T10:00:00.000Z');
    assert.equal(row.time_zone, 'Europe/Brussels');
    assert.equal(Number(row.capacity), 30);
    assert.equal(Number(row.requires_approval), 1);
    assert.equal(row.slug, 'welcoming-newcomers');
    const edit = await editor.get(`/authoring/events/${id}?done=created`);
    assert.equal(edit.statusCode, 200);
    assert.match(edit.body, /value="2013-05-15T09:00"/);
    assert.match(edit.body, /created as a draft/);
    // Drafts stay hidden from visitors until published.
    assert.equal((await new Client(t.app).get('/events/welcoming-newcomers')).statusCode, 404);
    const page = await editor.get('/events/welcoming-newcomers');
    assert.match(page.body, /Jan Peeters/);
    assert.match(page.body, />JMDI<\/a>/);
  });

  it('publishes, then cancels; other moves are refused with 409', async () => {
    const id = await create({ title: 'Status walk' });
    const url = `/authoring/events/${id}`;
    const status = (s: string) => editor.submit(url, `${url}/status`, { status: s });
    assert.equal((await status('held')).statusCode, 409);
    assert.equal((await status('published')).statusCode, 303);
    assert.equal((await new Client(t.app).get('/events/status-walk')).statusCode, 200);
    assert.equal((await status('cancelled')).statusCode, 303);
    assert.equal((await eventRow(id)).status, 'cancelled');
    assert.equal((await status('published')).statusCode, 409);
    assert.match((await new Client(t.app).get('/events/status-walk')).body, /Cancelled/);
  });

  it('tells participants when the time of a published event moves or it is cancelled, not for a typo', async () => {
    const id = await create({ title: 'Notice walk', requires_approval: '' });
    const url = `/authoring/events/${id}`;
    assert.equal(
      (await editor.submit(url, `${url}/status`, { status: 'published' })).statusCode,
      303,
    );
    const participant = await createOfficial(t.deps, { name: 'Awa Participant' });
    await register(t.deps, id, participant.id);
    const kinds = () => latestNoticeTo(t.deps, participant.email);
    const save = (overrides: Record<string, string>) =>
      editor.submit(url, url, form({ title: 'Notice walk', requires_approval: '', ...overrides }));
    assert.equal((await save({ description: 'Typo fixed.' })).statusCode, 303);
    assert.equal(await kinds(), undefined);
    assert.equal((await save({ starts_local: '2013-05-15T10:00' })).statusCode, 303);
    assert.equal(await kinds(), 'registrations.notify.changed');
    assert.equal(
      (await editor.submit(url, `${url}/status`, { status: 'cancelled' })).statusCode,
      303,
    );
    assert.equal(await kinds(), 'registrations.notify.cancelled');
  });

  it('refuses bad input with 400, the field named, the input kept and nothing saved', async () => {
    const before = await t.deps.db.selectFrom('events').select('id').execute();
    const cases: Array<[Record<string, string>, string, RegExp]> = [
      [{ ends_local: '2013-05-15T08:00' }, 'ends_local', /end must be after the start/],
      [{ time_zone: 'Mars/Olympus_Mons' }, 'time_zone', /Choose a time zone/],
      [{ capacity: '0' }, 'capacity', /1 or more/],
      [{ capacity: '-1' }, 'capacity', /1 or more/],
      [{ online_url: 'javascript:alert(1)' }, 'online_url', /https:\/\//],
      [{ online_url: 'http://example.org/' }, 'online_url', /https:\/\//],
      [{ starts_local: '2013-02-30T09:00' }, 'starts_local', /real date/],
      [{ speaker_emails: 'nobody@example.org' }, 'speaker_emails', /No official/],
      [{ registration_closes_local: '2013-05-20T09:00' }, 'registration_closes_local', /before/],
      [{ venue_city_id: String(otherPartnerId) }, 'venue_city_id', /Choose/],
    ];
    for (const [change, field, message] of cases) {
      const res = await editor.submit(NEW, NEW, form({ title: 'Kept title', ...change }));
      assert.equal(res.statusCode, 400, field);
      assert.match(res.body, new RegExp(`id="field-${field}-error"`), field);
      assert.match(res.body, message, field);
      assert.match(res.body, /value="Kept title"/, field);
    }
    const afterRows = await t.deps.db.selectFrom('events').select('id').execute();
    assert.equal(afterRows.length, before.length);
  });

  it('saves edits, a second language, and keeps the first', async () => {
    const id = await create({ title: 'Edit me' });
    const url = `/authoring/events/${id}`;
    const res = await editor.submit(
      url,
      url,
      form({
        language: 'fr',
        title: 'Modifiez-moi',
        capacity: '',
        online_url: 'https://meet.example.org/x',
      }),
    );
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `${url}?lang=fr&done=saved`);
    const row = await eventRow(id);
    assert.equal(row.capacity, null);
    assert.equal(row.online_url, 'https://meet.example.org/x');
    const texts = await t.deps.db
      .selectFrom('event_translations')
      .select(['language', 'title'])
      .where('event_id', '=', id)
      .orderBy('language')
      .execute();
    assert.deepEqual(texts, [
      { language: 'en', title: 'Edit me' },
      { language: 'fr', title: 'Modifiez-moi' },
    ]);
  });

  it('lets only organisers in: 303 to sign in, 403 for others, 404 for drafts of others', async () => {
    assert.equal((await new Client(t.app).get(NEW)).statusCode, 303);
    assert.match((await editor.get('/events')).body, /href="\/authoring\/events\/new"/);
    assert.doesNotMatch((await new Client(t.app).get('/events')).body, /authoring\/events\/new/);
    const learner = (await signInNew(t.app, t.deps)).client;
    assert.equal((await learner.get(NEW)).statusCode, 403);
    const draftId = await create({ title: 'Private draft' });
    const stranger = await createOrganisation(t.deps, { name: 'Elsewhere', isPartner: true });
    const other = (
      await signInNew(t.app, t.deps, {
        roles: ['partner_editor'],
        partnerOrganisationId: stranger.id,
      })
    ).client;
    assert.equal((await other.get(`/authoring/events/${draftId}`)).statusCode, 404);
    const published = await createEvent(t.deps, { organisationId: partnerId });
    assert.equal((await other.get(`/authoring/events/${published.id}`)).statusCode, 403);
    const url = `/authoring/events/${published.id}`;
    const token = await other.csrfFrom(NEW);
    assert.equal((await other.post(url, { _csrf: token, ...form() })).statusCode, 403);
    assert.equal((await editor.get(url)).statusCode, 200);
    assert.equal((await coordinator.get(url)).statusCode, 200);
    assert.equal((await editor.get('/authoring/events/999999')).statusCode, 404);
    assert.equal((await editor.get('/authoring/events/abc')).statusCode, 404);
  });

  it('a coordinator must name an organising partner, which then owns the event', async () => {
    const missing = await coordinator.submit(NEW, NEW, form({ partner_ids: [] }));
    assert.equal(missing.statusCode, 400);
    assert.match(missing.body, /at least one organising partner/);
    const ok = await coordinator.submit(NEW, NEW, form({ title: 'Coordinated' }));
    assert.equal(ok.statusCode, 303);
    const id = Number(/(\d+)/.exec(String(ok.headers.location))![1]);
    assert.equal((await eventRow(id)).organisation_id, otherPartnerId);
  });

  it('two events with the same title, created at once, get different slugs', async () => {
    const token = await editor.csrfFrom(NEW);
    const results = await Promise.all(
      [1, 2, 3].map(() => editor.post(NEW, { _csrf: token, ...form({ title: 'Same title' }) })),
    );
    assert.deepEqual(
      results.map((r) => r.statusCode),
      [303, 303, 303],
    );
    const slugs = await t.deps.db
      .selectFrom('events')
      .select('slug')
      .where('slug', 'like', 'same-title%')
      .execute();
    assert.equal(new Set(slugs.map((s) => s.slug)).size, 3);
  });
});
