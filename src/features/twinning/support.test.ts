import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCityCoordinator } from '../../../test/factories/cityshare.ts';
import { createOfficial, type CreatedOfficial } from '../../../test/factories/officials.ts';
import { createCity, createOrganisation } from '../../../test/factories/organisations.ts';
import { createTwinning } from '../../../test/factories/twinnings.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { countEmailsTo, latestEmailTo } from '../../../test/support/mail.ts';
import { chooseDelivery, latestNoticeTo, noticesOf } from '../../../test/support/notified.ts';
import { signIn } from '../../../test/support/sign-in.ts';

describe('support requests', () => {
  let t: TestApp;
  let base: string;
  let plockId: number;
  const p = {} as Record<
    'asker' | 'otherCoordinator' | 'member' | 'editor' | 'facilitator' | 'learner' | 'coordinator',
    CreatedOfficial
  >;

  before(async () => {
    t = await createTestApp();
    const { deps } = t;
    const antwerp = await createCity(deps);
    const plock = await createCity(deps, { name: 'Płock', country: 'PL' });
    const iom = await createOrganisation(deps, {
      name: 'IOM',
      kind: 'international_organisation',
      isPartner: true,
    });
    plockId = plock.id;
    p.facilitator = await createOfficial(deps, { roles: ['facilitator'] });
    p.asker = await createCityCoordinator(deps, plock.id);
    p.otherCoordinator = await createCityCoordinator(deps, antwerp.id);
    p.member = await createOfficial(deps, { organisationId: plock.id });
    p.editor = await createOfficial(deps, {
      roles: ['partner_editor'],
      organisationId: iom.id,
      partnerOrganisationId: iom.id,
    });
    p.learner = await createOfficial(deps, { organisationId: iom.id });
    p.coordinator = await createOfficial(deps, { roles: ['coordinator'] });
    const twinning = await createTwinning(deps, {
      cityIds: [antwerp.id, plock.id],
      partnerIds: [iom.id],
      facilitatorId: p.facilitator.id,
    });
    base = `/twinnings/${twinning.slug}/support`;
  });
  after(() => t.close());

  async function latestRequestId(): Promise<number> {
    const row = await t.deps.db
      .selectFrom('support_requests')
      .select('id')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  it('shows an empty list that says what to do, and the form only to city coordinators', async () => {
    const asker = await signIn(t.app, p.asker);
    const list = await asker.get(base);
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /have not asked for support/);
    const member = await signIn(t.app, p.member);
    assert.equal((await member.get(`${base}/new`)).statusCode, 403);
    const learner = await signIn(t.app, p.learner);
    assert.equal((await learner.get(base)).statusCode, 404);
  });

  it('re-renders the form with the fields named when it is incomplete', async () => {
    const asker = await signIn(t.app, p.asker);
    const res = await asker.submit(`${base}/new`, `${base}/new`, {
      city: String(plockId),
      kind: 'training',
      title: 'Media training',
      details: '',
    });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Describe what your city needs/);
    assert.match(res.body, /value="Media training"/);
  });

  it('keeps one request when it is sent twice at once, and tells the facilitator and the partner', async () => {
    const asker = await signIn(t.app, p.asker);
    const csrf = await asker.csrfFrom(`${base}/new`);
    const form = {
      _csrf: csrf,
      city: String(plockId),
      kind: 'expertise',
      title: 'Survey design',
      details: 'We need help to design a perception survey by March.',
    };
    const [a, b] = await Promise.all([
      asker.post(`${base}/new`, form),
      asker.post(`${base}/new`, form),
    ]);
    assert.deepEqual([a.statusCode, b.statusCode], [303, 303]);
    const count = await t.deps.db
      .selectFrom('support_requests')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 1);
    assert.equal(await countEmailsTo(t.deps, p.facilitator.email), 1);
    assert.match(
      (await latestEmailTo(t.deps, p.editor.email))!.subject,
      /Support request from Płock/,
    );
    assert.equal(await countEmailsTo(t.deps, p.asker.email), 0);
    assert.deepEqual(
      (await noticesOf(t.deps, p.editor.id)).map((n) => [n.kind, n.message, n.params.city]),
      [['support', 'follow-up.notify.asked', 'Płock']],
    );
    assert.deepEqual(await noticesOf(t.deps, p.asker.id), []);
  });

  it('refuses an answer from a city member (403) and from an outsider (404)', async () => {
    const id = await latestRequestId();
    const member = await signIn(t.app, p.member);
    const page = `${base}/${id}`;
    const res = await member.submit(page, `${page}/answer`, { answer: 'I can help.' });
    assert.equal(res.statusCode, 403);
    assert.match(res.body, /Only supporting partners/);
    const learner = await signIn(t.app, p.learner);
    const csrf = await learner.csrfFrom('/');
    assert.equal(
      (await learner.post(`${page}/answer`, { _csrf: csrf, answer: 'Hi' })).statusCode,
      404,
    );
    const messages = await t.deps.db.selectFrom('support_request_messages').selectAll().execute();
    assert.equal(messages.length, 0);
  });

  it('lets the partner answer with a status change, e-mails the city, and keeps the history', async () => {
    const id = await latestRequestId();
    const editor = await signIn(t.app, p.editor);
    const page = `${base}/${id}`;
    const empty = await editor.submit(page, `${page}/answer`, { answer: '', status: '' });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /Write a message, or choose a new status/);
    // A second coordinator of the asking city wants no such e-mails: told in the app only.
    const quiet = await createCityCoordinator(t.deps, plockId);
    await chooseDelivery(t.deps, quiet.id, 'support', 'off');
    const res = await editor.submit(page, `${page}/answer`, {
      answer: 'Our survey team can help in February.',
      status: 'answered',
    });
    assert.equal(res.statusCode, 303);
    assert.match(
      (await latestEmailTo(t.deps, p.asker.email))!.subject,
      /Answer to your support request/,
    );
    assert.equal(await latestNoticeTo(t.deps, p.asker.email), 'follow-up.notify.answered');
    assert.equal(await countEmailsTo(t.deps, quiet.email), 0);
    assert.deepEqual(
      (await noticesOf(t.deps, quiet.id)).map((n) => [n.message, n.delivery, n.link]),
      [['follow-up.notify.answered', 'off', page]],
    );
    const view = await editor.get(page);
    assert.match(view.body, /Our survey team can help in February\./);
    assert.match(view.body, /Status changed to “Answered”/);
    const row = await t.deps.db
      .selectFrom('support_requests')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'answered');
  });

  it('lets only the asking city close and reopen; a closed request takes no answer', async () => {
    const id = await latestRequestId();
    const page = `${base}/${id}`;
    const other = await signIn(t.app, p.otherCoordinator);
    assert.equal((await other.submit(page, `${page}/reply`, { action: 'close' })).statusCode, 403);
    const asker = await signIn(t.app, p.asker);
    assert.equal(
      (await asker.submit(page, `${page}/reply`, { action: 'close', message: 'Thank you!' }))
        .statusCode,
      303,
    );
    const coordinator = await signIn(t.app, p.coordinator);
    const late = await coordinator.submit(page, `${page}/answer`, { answer: 'One more idea.' });
    assert.equal(late.statusCode, 409);
    assert.equal((await asker.submit(page, `${page}/reply`, { action: 'reopen' })).statusCode, 303);
    assert.equal(
      (
        await coordinator.submit(page, `${page}/answer`, {
          answer: 'One more idea.',
          status: 'in_progress',
        })
      ).statusCode,
      303,
    );
    const statuses = await t.deps.db
      .selectFrom('support_request_messages')
      .select('status')
      .where('support_request_id', '=', id)
      .orderBy('id')
      .execute();
    assert.deepEqual(
      statuses.map((s) => s.status),
      ['answered', 'closed', 'open', 'in_progress'],
    );
    assert.match(
      (await latestEmailTo(t.deps, p.facilitator.email))!.subject,
      /Płock wrote about a support request/,
    );
    const list = await asker.get(base);
    assert.match(list.body, /In progress/);
  });
});
