import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createEvent } from '../../../test/factories/events.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createCity, createOrganisation } from '../../../test/factories/organisations.ts';
import { register } from '../../../test/factories/registrations.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';

describe('the event page', () => {
  let t: TestApp;
  let owner: { id: number };
  let partner: { id: number };
  before(async () => {
    t = await createTestApp();
    owner = await createOrganisation(t.deps, { name: 'IOM', isPartner: true });
    partner = await createOrganisation(t.deps, { name: 'JMDI', isPartner: true });
    const antwerp = await createCity(t.deps, { name: 'Antwerp' });
    const facilitator = await createOfficial(t.deps, { name: 'Fatou Diop' });
    const speaker = await createOfficial(t.deps, { name: 'Jan Peeters' });
    await createEvent(t.deps, {
      organisationId: owner.id,
      organiserIds: [partner.id],
      slug: 'antwerp-course',
      title: 'First course in Antwerp',
      description: 'A visit to the **Red Star Line Museum**.\n\n<script>alert(1)</script>',
      kind: 'study_visit',
      startsAt: '2013-05-15T07:00:00.000Z',
      endsAt: '2013-05-16T15:00:00.000Z',
      timeZone: 'Europe/Brussels',
      venueCityId: antwerp.id,
      venueAddress: 'Montevideostraat 3',
      capacity: 30,
      status: 'held',
      facilitatorIds: [facilitator.id],
      speakerIds: [speaker.id],
    });
    await createEvent(t.deps, {
      organisationId: owner.id,
      slug: 'online-webinar',
      title: 'Webinar on inclusion',
      kind: 'webinar',
      onlineUrl: 'https://meet.example.org/inclusion',
    });
    await createEvent(t.deps, {
      organisationId: owner.id,
      organiserIds: [partner.id],
      slug: 'draft-event',
      title: 'Draft event',
      status: 'draft',
    });
  });
  after(() => t.close());

  it('shows the event with its times in its own zone and in UTC, venue, organisers and people', async () => {
    const res = await new Client(t.app).get('/events/antwerp-course');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<h1>First course in Antwerp<\/h1>/);
    assert.match(res.body, /Europe\/Brussels/);
    // 07:00 UTC is 09:00 in Brussels (summer time).
    assert.match(res.body, /May 15, 2013, 9:00\sAM GMT\+2\s–\sMay 16, 2013, 5:00\sPM GMT\+2/);
    assert.match(res.body, /May 15, 2013, 7:00\sAM UTC/);
    assert.match(res.body, /href="\/organisations\/antwerp-\d+">Antwerp<\/a>/);
    assert.match(res.body, /Montevideostraat 3/);
    assert.match(res.body, />IOM<\/a>/);
    assert.match(res.body, />JMDI<\/a>/);
    assert.match(res.body, /Fatou Diop/);
    assert.match(res.body, /Jan Peeters/);
    assert.match(res.body, /Study visit/);
    assert.match(res.body, /<strong>Red Star Line Museum<\/strong>/);
    assert.doesNotMatch(res.body, /<script>alert/);
    assert.match(res.body, /<section id="registration"/);
    assert.match(res.body, /30 of 30 seats left/);
  });

  it('shows times in the reader language', async () => {
    const res = await new Client(t.app).get('/events/antwerp-course', { 'accept-language': 'fr' });
    assert.match(res.body, /Visite d&#39;étude/);
    assert.match(res.body, /15 mai 2013, 09:00 UTC\+2/);
  });

  it('keeps the online link from visitors and shows it to organisers', async () => {
    const visitor = await new Client(t.app).get('/events/online-webinar');
    assert.equal(visitor.statusCode, 200);
    assert.doesNotMatch(visitor.body, /meet\.example\.org/);
    assert.match(visitor.body, /shown to registered participants/);
    const { client } = await signInNew(t.app, t.deps, { roles: ['coordinator'] });
    assert.match((await client.get('/events/online-webinar')).body, /meet\.example\.org/);
  });

  it('shows the online link in "Where" to registered and attended participants only', async () => {
    const event = await createEvent(t.deps, {
      organisationId: owner.id,
      kind: 'webinar',
      onlineUrl: 'https://meet.example.org/participants',
    });
    const whereLine = (body: string) =>
      /<dt>Where<\/dt>\s*<dd>([\s\S]*?)<\/dd>/.exec(body)?.[1] ?? '';
    const seen: Record<string, boolean> = {};
    for (const status of ['registered', 'attended', 'waitlisted', 'cancelled', 'none'] as const) {
      const { official, client } = await signInNew(t.app, t.deps);
      if (status !== 'none') await register(t.deps, event.id, official.id, status);
      const res = await client.get(`/events/${event.slug}`);
      assert.equal(res.statusCode, 200);
      const where = whereLine(res.body);
      assert.match(where, /Online/);
      seen[status] = /href="https:\/\/meet\.example\.org\/participants"/.test(where);
      if (!seen[status]) assert.match(where, /shown to registered participants/);
    }
    assert.deepEqual(seen, {
      registered: true,
      attended: true,
      waitlisted: false,
      cancelled: false,
      none: false,
    });
    // Visitors (the only ones whose pages are cached) never get the link, before or after.
    for (let i = 0; i < 2; i++)
      assert.doesNotMatch(
        (await new Client(t.app).get(`/events/${event.slug}`)).body,
        /meet\.example\.org\/participants/,
      );
  });

  it('hides drafts from everyone but their organisers', async () => {
    assert.equal((await new Client(t.app).get('/events/draft-event')).statusCode, 404);
    const learner = await signInNew(t.app, t.deps);
    assert.equal((await learner.client.get('/events/draft-event')).statusCode, 404);
    const stranger = await createOrganisation(t.deps, { name: 'Other' });
    const otherEditor = await signInNew(t.app, t.deps, {
      roles: ['partner_editor'],
      partnerOrganisationId: stranger.id,
    });
    assert.equal((await otherEditor.client.get('/events/draft-event')).statusCode, 404);
    const partnerEditor = await signInNew(t.app, t.deps, {
      roles: ['partner_editor'],
      partnerOrganisationId: partner.id,
    });
    const res = await partnerEditor.client.get('/events/draft-event');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Draft/);
  });

  it('answers 404 for an unknown or malformed slug', async () => {
    assert.equal((await new Client(t.app).get('/events/no-such-event')).statusCode, 404);
    assert.equal((await new Client(t.app).get('/events/%00bad')).statusCode, 404);
  });
});
