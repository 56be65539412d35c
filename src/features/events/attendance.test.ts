import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createEvent } from '../../../test/factories/events.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { register } from '../../../test/factories/registrations.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { countEmailsTo, latestEmailTo } from '../../../test/support/mail.ts';
import { signInNew } from '../../../test/support/sign-in.ts';

describe('attendance', () => {
  let t: TestApp;
  let organisationId: number;
  let organiser: Awaited<ReturnType<typeof signInNew>>;
  before(async () => {
    t = await createTestApp();
    organisationId = (await createOrganisation(t.deps, { isPartner: true })).id;
    organiser = await signInNew(t.app, t.deps, {
      roles: ['partner_editor'],
      partnerOrganisationId: organisationId,
    });
  });
  after(() => t.close());

  const started = () => ({
    organisationId,
    title: 'Welcoming newcomers',
    startsAt: new Date(Date.now() - 3_600_000).toISOString(),
    endsAt: new Date(Date.now() + 3_600_000).toISOString(),
  });

  const certificatesOf = (userId: number) =>
    t.deps.db
      .selectFrom('certificates')
      .select(['code', 'kind', 'registration_id', 'starts_on'])
      .where('user_id', '=', userId)
      .execute();

  const statusOf = async (id: number) =>
    (
      await t.deps.db
        .selectFrom('registrations')
        .select('status')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).status;

  it('the list and the printable sheet show names and organisations; marking one issues one certificate and e-mails the evaluation', async () => {
    const event = await createEvent(t.deps, started());
    const city = await createOrganisation(t.deps, {
      name: 'City of Płock',
      kind: 'local_authority',
    });
    const { official: ana, client: anaClient } = await signInNew(t.app, t.deps, {
      name: 'Ana Attendee',
      organisationId: city.id,
    });
    const reg = await register(t.deps, event.id, ana.id);
    const base = `/authoring/events/${event.id}/attendance`;
    const list = await organiser.client.get(base);
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /Ana Attendee/);
    const sheet = await organiser.client.get(`${base}/sheet`);
    assert.equal(sheet.statusCode, 200);
    assert.match(sheet.body, /City of Płock/);
    assert.match(sheet.body, /Signature/);

    const res = await organiser.client.submit(base, base, {
      registration: String(reg.id),
      status: 'attended',
    });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `${base}?done=marked`);
    assert.equal(await statusOf(reg.id), 'attended');
    const certs = await certificatesOf(ana.id);
    assert.equal(certs.length, 1);
    assert.equal(certs[0]!.kind, 'event');
    assert.equal(certs[0]!.registration_id, reg.id);
    const mail = await latestEmailTo(t.deps, ana.email);
    assert.equal(mail?.kind, 'event-attended');
    assert.match(mail!.text, new RegExp(`/events/${event.slug}/evaluation`));
    assert.match(mail!.text, new RegExp(`/certificates/${certs[0]!.code}`));

    // The certificate's page, PDF and credential speak of the event.
    const verify = await organiser.client.get(`/certificates/${certs[0]!.code}`);
    assert.equal(verify.statusCode, 200);
    assert.match(verify.body, /<dt>Event<\/dt>/);
    assert.match(verify.body, /Welcoming newcomers/);
    const pdf = await anaClient.get(`/certificates/${certs[0]!.code}/certificate.pdf`);
    assert.equal(pdf.statusCode, 200);
    assert.match(String(pdf.headers['content-type']), /application\/pdf/);
    const jwt = await anaClient.get(`/certificates/${certs[0]!.code}/credential.jwt`);
    assert.equal(jwt.statusCode, 200);
    const payload = JSON.parse(Buffer.from(jwt.body.split('.')[1]!, 'base64url').toString()) as {
      vc: { credentialSubject: { achievement: { description: string } } };
    };
    assert.match(payload.vc.credentialSubject.achievement.description, /^Participation in/);

    // Marking again changes nothing and sends nothing.
    const again = await organiser.client.submit(base, base, {
      registration: String(reg.id),
      status: 'attended',
    });
    assert.equal(again.headers.location, `${base}?done=unchanged`);
    assert.equal((await certificatesOf(ana.id)).length, 1);
    assert.equal(await countEmailsTo(t.deps, ana.email), 1);
    // Attended is final: an absent mark afterwards is refused.
    const absent = await organiser.client.submit(base, base, {
      registration: String(reg.id),
      status: 'no_show',
    });
    assert.equal(absent.statusCode, 409);
  });

  it('parallel marks of the same attendee give exactly one certificate and one e-mail', async () => {
    const event = await createEvent(t.deps, started());
    const bo = await createOfficial(t.deps);
    const reg = await register(t.deps, event.id, bo.id);
    const base = `/authoring/events/${event.id}/attendance`;
    const csrf = await organiser.client.csrfFrom(base);
    const results = await Promise.all([
      ...Array.from({ length: 6 }, () =>
        organiser.client.post(base, {
          _csrf: csrf,
          registration: String(reg.id),
          status: 'attended',
        }),
      ),
      organiser.client.post(`${base}/all`, { _csrf: csrf }),
      organiser.client.post(`${base}/all`, { _csrf: csrf }),
    ]);
    assert.ok(
      results.every((r) => r.statusCode === 303),
      results.map((r) => r.statusCode).join(),
    );
    assert.equal((await certificatesOf(bo.id)).length, 1);
    assert.equal(await countEmailsTo(t.deps, bo.email), 1);
  });

  it('"everyone attended" marks the registered (not the absent or waiting) and certifies each once', async () => {
    const event = await createEvent(t.deps, started());
    const people = await Promise.all([1, 2, 3, 4].map(() => createOfficial(t.deps)));
    const regs = await Promise.all([
      register(t.deps, event.id, people[0]!.id),
      register(t.deps, event.id, people[1]!.id),
      register(t.deps, event.id, people[2]!.id, 'waitlisted'),
      register(t.deps, event.id, people[3]!.id, 'no_show'),
    ]);
    const base = `/authoring/events/${event.id}/attendance`;
    const res = await organiser.client.submit(base, `${base}/all`, {});
    assert.equal(res.headers.location, `${base}?done=all`);
    assert.deepEqual(await Promise.all(regs.map((r) => statusOf(r.id))), [
      'attended',
      'attended',
      'waitlisted',
      'no_show',
    ]);
    for (const [i, n] of [1, 1, 0, 0].entries())
      assert.equal((await certificatesOf(people[i]!.id)).length, n);
  });

  it('names each button by its visible text first, and offers "everyone" only while someone is registered', async () => {
    const event = await createEvent(t.deps, started());
    const bo = await createOfficial(t.deps, { name: 'Bo Registered' });
    const reg = await register(t.deps, event.id, bo.id);
    const base = `/authoring/events/${event.id}/attendance`;
    const before = (await organiser.client.get(base)).body;
    assert.match(before, /aria-label="Attended: Bo Registered"[^>]*>Attended</);
    assert.match(before, /aria-label="No-show: Bo Registered"[^>]*>No-show</);
    assert.match(before, new RegExp(`action="${base}/all"`));
    await organiser.client.submit(base, base, { registration: String(reg.id), status: 'attended' });
    const after = (await organiser.client.get(base)).body;
    assert.doesNotMatch(after, new RegExp(`action="${base}/all"`));
    assert.doesNotMatch(after, /Mark everyone registered as attended/);
  });

  it('before the event starts nothing can be marked', async () => {
    const event = await createEvent(t.deps, { organisationId });
    const reg = await register(t.deps, event.id, (await createOfficial(t.deps)).id);
    const base = `/authoring/events/${event.id}/attendance`;
    const page = await organiser.client.get(base);
    assert.match(page.body, /once the event has started/);
    assert.doesNotMatch(page.body, /name="status"/);
    const res = await organiser.client.submit(base, base, {
      registration: String(reg.id),
      status: 'attended',
    });
    assert.equal(res.statusCode, 409);
    assert.equal(await statusOf(reg.id), 'registered');
  });

  it('facilitators of the event may mark; other officials may not; bad input is refused', async () => {
    const facilitator = await signInNew(t.app, t.deps, { roles: ['facilitator'] });
    const event = await createEvent(t.deps, {
      ...started(),
      facilitatorIds: [facilitator.official.id],
    });
    const other = await createEvent(t.deps, started());
    const reg = await register(t.deps, event.id, (await createOfficial(t.deps)).id);
    const otherReg = await register(t.deps, other.id, (await createOfficial(t.deps)).id);
    const base = `/authoring/events/${event.id}/attendance`;
    assert.equal((await facilitator.client.get(base)).statusCode, 200);
    const res = await facilitator.client.submit(base, base, {
      registration: String(reg.id),
      status: 'no_show',
    });
    assert.equal(res.statusCode, 303);
    assert.equal(await statusOf(reg.id), 'no_show');

    // Someone else's event: 403; a registration of another event through this one: 404.
    const otherBase = `/authoring/events/${other.id}/attendance`;
    assert.equal((await facilitator.client.get(otherBase)).statusCode, 403);
    const csrf = await facilitator.client.csrfFrom(base);
    const wrong = await facilitator.client.post(base, {
      _csrf: csrf,
      registration: String(otherReg.id),
      status: 'attended',
    });
    assert.equal(wrong.statusCode, 404);
    assert.equal(await statusOf(otherReg.id), 'registered');
    const bad = await facilitator.client.post(base, {
      _csrf: csrf,
      registration: String(reg.id),
      status: 'present',
    });
    assert.equal(bad.statusCode, 400);
    const learner = await signInNew(t.app, t.deps);
    assert.equal((await learner.client.get(base)).statusCode, 403);
    assert.equal((await learner.client.get('/authoring/events/999999/attendance')).statusCode, 404);
  });
});
