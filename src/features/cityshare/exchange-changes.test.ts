import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createEvent } from '../../../test/factories/events.ts';
import { createExchange } from '../../../test/factories/exchanges.ts';
import { multipart, smallPdf } from '../../../test/factories/files.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createCity, createOrganisation } from '../../../test/factories/organisations.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';

// What happens on an exchange's page: status moves (closing needs a summary), meetings linked to
// events, agreed actions, participants, shared notes and documents; bad input writes nothing.

describe('changing an exchange', () => {
  let t: TestApp;
  let facilitator: Client;
  let member: Client;
  let outsider: Client;
  let coordinator: Client;
  let x: { id: number; slug: string };
  let antwerp: { id: number };
  let plock: { id: number };
  let durban: { id: number };
  let event: { id: number; slug: string };
  let plockOfficial: { id: number };

  const url = () => `/exchanges/${x.slug}`;
  const send = (c: Client, path: string, fields: Record<string, string>) =>
    c.submit(url(), `${url()}/${path}`, fields);
  const rows = (table: 'exchange_meetings' | 'exchange_notes' | 'exchange_actions') =>
    t.deps.db.selectFrom(table).selectAll().where('exchange_id', '=', x.id).execute();
  const exchange = () =>
    t.deps.db.selectFrom('exchanges').selectAll().where('id', '=', x.id).executeTakeFirstOrThrow();

  before(async () => {
    t = await createTestApp({ UPLOAD_LIMIT_BYTES: '5000' });
    antwerp = await createCity(t.deps);
    plock = await createCity(t.deps, { name: 'Płock', country: 'PL' });
    durban = await createCity(t.deps, { name: 'Durban', country: 'ZA' });
    const f = await signInNew(t.app, t.deps, { roles: ['facilitator'] });
    facilitator = f.client;
    coordinator = (await signInNew(t.app, t.deps, { roles: ['coordinator'] })).client;
    member = (await signInNew(t.app, t.deps, { organisationId: antwerp.id })).client;
    outsider = (await signInNew(t.app, t.deps, { organisationId: durban.id })).client;
    plockOfficial = await createOfficial(t.deps, { organisationId: plock.id, name: 'Piotr P' });
    const partner = await createOrganisation(t.deps, { isPartner: true });
    event = await createEvent(t.deps, {
      organisationId: partner.id,
      title: 'Study visit to Płock',
    });
    x = await createExchange(t.deps, {
      cityIds: [antwerp.id, plock.id],
      facilitatorId: f.official.id,
    });
  });
  after(() => t.close());

  it('moves the status proposed → active → closed, and closing needs a summary', async () => {
    assert.equal((await send(member, 'status', { status: 'active' })).statusCode, 403);
    assert.equal((await send(outsider, 'status', { status: 'active' })).statusCode, 404);
    assert.equal((await send(facilitator, 'status', { status: 'closed' })).statusCode, 409);
    let res = await send(facilitator, 'status', { status: 'active' });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `${url()}?done=status`);
    assert.equal((await exchange()).status, 'active');
    res = await send(facilitator, 'status', { status: 'closed', summary: '  ' });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Write a summary before closing/);
    assert.equal((await exchange()).status, 'active');
    res = await send(facilitator, 'status', { status: 'nonsense' });
    assert.equal(res.statusCode, 400);
    // Two clicks at once: one moves it, the other finds it moved.
    const csrf = await facilitator.csrfFrom(url());
    const both = await Promise.all(
      [1, 2].map(() =>
        facilitator.post(`${url()}/status`, {
          _csrf: csrf,
          status: 'closed',
          summary: 'Antwerp shares its **campaign**.',
        }),
      ),
    );
    assert.deepEqual(both.map((r) => r.statusCode).sort(), [303, 409]);
    const closed = await exchange();
    assert.equal(closed.status, 'closed');
    assert.ok(closed.closed_at);
    const page = await member.get(url());
    assert.match(page.body, /<strong>campaign<\/strong>/);
    assert.match(page.body, /Closed on/);
  });

  it('adds meetings with a date, linked to an event if chosen', async () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ meeting_title: 'Kick-off', meeting_date: '' }, /Enter the date/],
      [{ meeting_title: 'Kick-off', meeting_date: '2026-02-31' }, /Enter a real date/],
      [
        { meeting_title: 'Kick-off', meeting_date: '2026-03-01', meeting_event: '999999' },
        /Choose an event/,
      ],
      [{ meeting_title: '', meeting_date: '2026-03-01' }, /required|Required/],
    ];
    for (const [fields, message] of cases) {
      const res = await send(coordinator, 'meetings', fields);
      assert.equal(res.statusCode, 400, JSON.stringify(fields));
      assert.match(res.body, message);
    }
    assert.equal((await rows('exchange_meetings')).length, 0);
    assert.equal(
      (await send(member, 'meetings', { meeting_title: 'M', meeting_date: '2026-03-01' }))
        .statusCode,
      403,
    );
    const res = await send(facilitator, 'meetings', {
      meeting_title: 'Study visit',
      meeting_date: '2026-03-01',
      meeting_event: String(event.id),
    });
    assert.equal(res.statusCode, 303);
    const page = await member.get(url());
    assert.match(page.body, new RegExp(`href="/events/${event.slug}"[^>]*>Study visit to Płock`));
  });

  it('adds agreed actions and marks them done', async () => {
    let res = await send(facilitator, 'actions', { action_title: 'Survey', action_due: 'soon' });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Enter a real date/);
    res = await send(facilitator, 'actions', {
      action_title: 'Survey',
      action_city: String(durban.id),
    });
    assert.equal(res.statusCode, 400, 'a city that is not in the exchange');
    assert.equal((await rows('exchange_actions')).length, 0);
    res = await send(facilitator, 'actions', {
      action_title: 'Survey residents',
      action_city: String(plock.id),
      action_due: '2026-06-30',
    });
    assert.equal(res.statusCode, 303);
    const [action] = await rows('exchange_actions');
    assert.ok(action);
    assert.equal(action.due_on, '2026-06-30');
    assert.equal(
      (await send(member, `actions/${action.id}/toggle`, { done: '1' })).statusCode,
      403,
    );
    assert.equal(
      (await send(facilitator, `actions/${action.id}/toggle`, { done: '1' })).statusCode,
      303,
    );
    assert.equal((await rows('exchange_actions'))[0]?.is_done, 1);
    assert.equal((await send(facilitator, 'actions/999999/toggle', { done: '1' })).statusCode, 404);
  });

  it('adds only members of the cities as participants, and removes them', async () => {
    const stranger = await createOfficial(t.deps, { organisationId: durban.id });
    let res = await send(facilitator, 'participants', { participant: String(stranger.id) });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /must be officials of the exchange/);
    res = await send(facilitator, 'participants', { participant: String(plockOfficial.id) });
    assert.equal(res.statusCode, 303);
    assert.match((await member.get(url())).body, /Piotr P/);
    res = await send(facilitator, `participants/${plockOfficial.id}/remove`, {});
    assert.equal(res.statusCode, 303);
    res = await send(facilitator, `participants/${plockOfficial.id}/remove`, {});
    assert.equal(res.statusCode, 404);
  });

  it('lets everyone who sees it add a note, once for a double submission', async () => {
    const csrf = await member.csrfFrom(url());
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        member.post(`${url()}/notes`, { _csrf: csrf, note_body: 'Our team can host in May.' }),
      ),
    );
    assert.deepEqual(
      results.map((r) => r.statusCode),
      [303, 303, 303],
    );
    assert.equal((await rows('exchange_notes')).length, 1);
    assert.equal((await send(outsider, 'notes', { note_body: 'Hello' })).statusCode, 404);
    const empty = await send(member, 'notes', { note_body: '' });
    assert.equal(empty.statusCode, 400);
    assert.equal((await rows('exchange_notes')).length, 1);
    assert.match((await facilitator.get(url())).body, /Our team can host in May/);
  });

  it('takes documents from those who see it and serves them only to them', async () => {
    const upload = async (c: Client, title: string, content?: Buffer) => {
      const csrf = await c.csrfFrom('/');
      const body = multipart(
        [
          ['_csrf', csrf],
          ['document_title', title],
        ],
        content && { filename: 'notes.pdf', contentType: 'application/pdf', content },
      );
      return t.app.inject({
        method: 'POST',
        url: `${url()}/documents`,
        payload: body.payload,
        headers: {
          ...body.headers,
          cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        },
      });
    };
    assert.equal((await upload(member, 'Plan')).statusCode, 400, 'no file');
    assert.equal((await upload(member, 'Plan', Buffer.from('<html></html>'))).statusCode, 415);
    assert.equal((await upload(outsider, 'Plan', smallPdf('x'))).statusCode, 404);
    const res = await upload(member, 'Meeting notes', smallPdf('Meeting'));
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `${url()}?done=document`);
    const again = await upload(member, 'Meeting notes', smallPdf('Meeting'));
    assert.equal(again.headers.location, `${url()}?done=documentUnchanged`);
    const docs = await t.deps.db
      .selectFrom('exchange_documents')
      .select('id')
      .where('exchange_id', '=', x.id)
      .execute();
    assert.equal(docs.length, 1);
    const download = await facilitator.get(`${url()}/documents/${docs[0]!.id}`);
    assert.equal(download.statusCode, 200);
    assert.match(String(download.headers['content-disposition']), /attachment/);
    assert.equal((await outsider.get(`${url()}/documents/${docs[0]!.id}`)).statusCode, 404);
    assert.equal((await member.get(`${url()}/documents/999999`)).statusCode, 404);
  });
});
