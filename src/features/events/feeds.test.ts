import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createEvent } from '../../../test/factories/events.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { register } from '../../../test/factories/registrations.ts';
import { createThemes } from '../../../test/factories/themes.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { icsDate, parseIcs } from '../../../test/support/ics.ts';
import { signInNew } from '../../../test/support/sign-in.ts';

describe('calendars out', () => {
  let t: TestApp;
  let themes: Record<string, number>;
  let organisationId: number;
  before(async () => {
    t = await createTestApp();
    themes = await createThemes(t.deps);
    organisationId = (await createOrganisation(t.deps, { isPartner: true })).id;
  });
  after(() => t.close());

  const secretLink = 'https://meet.example.org/secret-room';

  async function antwerpEvent(overrides: Parameters<typeof createEvent>[1] = { organisationId }) {
    return createEvent(t.deps, {
      title: 'Welcome, newcomers; a workshop',
      description: 'Line one\nLine two',
      // 15 May 2013, 09:30–17:00 in Antwerp (CEST, UTC+2).
      startsAt: '2013-05-15T07:30:00.000Z',
      endsAt: '2013-05-15T15:00:00.000Z',
      timeZone: 'Europe/Brussels',
      venueAddress: 'Montevideostraat 3',
      onlineUrl: secretLink,
      ...overrides,
    });
  }

  it("an event's .ics keeps its times exact, escapes its text and hides the online link", async () => {
    const event = await antwerpEvent();
    const res = await new Client(t.app).get(`/events/${event.slug}/event.ics`);
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/calendar; charset=utf-8/);
    const { events } = parseIcs(res.body);
    assert.equal(events.length, 1);
    const e = events[0]!.props;
    assert.equal(icsDate(e.DTSTART!).toISOString(), '2013-05-15T07:30:00.000Z');
    assert.equal(icsDate(e.DTEND!).toISOString(), '2013-05-15T15:00:00.000Z');
    assert.equal(e.SUMMARY!.value, 'Welcome, newcomers; a workshop');
    assert.match(e.DESCRIPTION!.value, /^Line one\nLine two\n\n.*Europe\/Brussels/);
    assert.equal(e.LOCATION!.value, 'Montevideostraat 3');
    assert.match(e.URL!.value, new RegExp(`/events/${event.slug}$`));
    assert.equal(e.STATUS!.value, 'CONFIRMED');
    assert.doesNotMatch(res.body, /meet\.example\.org/);
  });

  it('a draft or unknown event has no .ics', async () => {
    const draft = await antwerpEvent({ organisationId, status: 'draft' });
    const c = new Client(t.app);
    assert.equal((await c.get(`/events/${draft.slug}/event.ics`)).statusCode, 404);
    assert.equal((await c.get('/events/no-such-event/event.ics')).statusCode, 404);
  });

  it('titles follow the reader’s language, falling back to the text there is', async () => {
    const event = await antwerpEvent({ organisationId, title: 'Atelier', language: 'fr' });
    const res = await new Client(t.app).get(`/events/${event.slug}/event.ics`, {
      'accept-language': 'zh',
    });
    const e = parseIcs(res.body).events[0]!.props;
    assert.equal(e.SUMMARY!.value, 'Atelier');
    assert.match(e.DESCRIPTION!.value, /Europe\/Brussels 时区/);
  });

  it("a theme's public feed lists its upcoming published and cancelled events only", async () => {
    const themeId = themes['migration-governance'] ?? Object.values(themes)[1]!;
    const slug = Object.entries(themes).find(([, id]) => id === themeId)![0];
    const upcoming = await createEvent(t.deps, { organisationId, themeIds: [themeId] });
    const cancelled = await createEvent(t.deps, {
      organisationId,
      themeIds: [themeId],
      status: 'cancelled',
    });
    const draft = await createEvent(t.deps, {
      organisationId,
      themeIds: [themeId],
      status: 'draft',
    });
    const res = await new Client(t.app).get(`/themes/${slug}/events.ics`);
    assert.equal(res.statusCode, 200);
    const { events } = parseIcs(res.body);
    const uids = events.map((e) => e.props.UID!.value);
    assert.ok(uids.some((u) => u.startsWith(`event-${upcoming.id}@`)));
    assert.ok(uids.some((u) => u.startsWith(`event-${cancelled.id}@`)));
    assert.ok(!uids.some((u) => u.startsWith(`event-${draft.id}@`)));
    const c = events.find((e) => e.props.UID!.value.startsWith(`event-${cancelled.id}@`))!;
    assert.equal(c.props.STATUS!.value, 'CANCELLED');
    assert.equal((await new Client(t.app).get('/themes/nope/events.ics')).statusCode, 404);
  });

  it('the personal feed lists what one is registered for, with online links, until reset', async () => {
    const { official, client } = await signInNew(t.app, t.deps, { preferredLanguage: 'fr' });
    const mine = await antwerpEvent({
      organisationId,
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
      endsAt: new Date(Date.now() + 90_000_000).toISOString(),
      title: 'Atelier',
      language: 'fr',
    });
    const waiting = await createEvent(t.deps, { organisationId });
    const other = await createEvent(t.deps, { organisationId });
    await register(t.deps, mine.id, official.id);
    await register(t.deps, waiting.id, official.id, 'waitlisted');

    const page = await client.get('/account/calendar');
    assert.equal(page.statusCode, 200);
    assert.doesNotMatch(page.body, /calendar\/feeds\//);
    const made = await client.submit('/account/calendar', '/account/calendar', {});
    assert.equal(made.statusCode, 200);
    const url = /value="(http[^"]+\/calendar\/feeds\/([A-Za-z0-9_-]+)\.ics)"/.exec(made.body);
    assert.ok(url, 'the new address is shown');
    assert.ok(Buffer.from(url[2]!, 'base64url').length >= 16, 'at least 128 bits');
    const path = new URL(url[1]!).pathname;

    const feed = await new Client(t.app).get(path);
    assert.equal(feed.statusCode, 200);
    assert.match(String(feed.headers['cache-control']), /no-store/);
    const { props, events } = parseIcs(feed.body);
    assert.equal(props['X-WR-CALNAME'], 'Mes événements de formation LPHM');
    assert.deepEqual(
      events.map((e) => e.props.UID!.value.split('@')[0]),
      [`event-${mine.id}`],
    );
    assert.match(events[0]!.props.DESCRIPTION!.value, /En ligne : https:\/\/meet\.example\.org/);
    assert.ok(!feed.body.includes(`event-${other.id}@`));

    // The page now says since when, without the address; a reset kills the old address.
    assert.doesNotMatch((await client.get('/account/calendar')).body, /calendar\/feeds\//);
    const again = await client.submit('/account/calendar', '/account/calendar', {});
    const newPath = new URL(/value="(http[^"]+\.ics)"/.exec(again.body)![1]!).pathname;
    assert.notEqual(newPath, path);
    assert.equal((await new Client(t.app).get(path)).statusCode, 404);
    assert.equal((await new Client(t.app).get(newPath)).statusCode, 200);
  });

  it('an unknown feed token and an anonymous visitor get nothing', async () => {
    const c = new Client(t.app);
    assert.equal((await c.get('/calendar/feeds/not-a-real-token.ics')).statusCode, 404);
    const page = await c.get('/account/calendar');
    assert.equal(page.statusCode, 303);
    assert.match(String(page.headers.location), /^\/sign-in\?next=/);
  });
});
