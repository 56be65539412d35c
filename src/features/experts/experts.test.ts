import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createExpert } from '../../../test/factories/experts.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { createThemes } from '../../../test/factories/themes.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';

// Expert profiles: an official creates their own (one each), coordinators approve or return it,
// the directory lists approved ones, searchable and filterable; bad input changes nothing.

const form = (over: Record<string, string | string[]> = {}) => ({
  sector: 'academic',
  themes: ['social-cohesion'],
  languages: ['en', 'fr'],
  organisation: '',
  country: 'BE',
  biography: 'Researches **migrant inclusion** in Flemish cities.',
  ...over,
});

describe('expert profiles', () => {
  let t: TestApp;
  let coordinator: Client;
  let coordinatorEmail: string;
  let university: { id: number; name: string };

  const experts = () => t.deps.db.selectFrom('experts').selectAll().orderBy('id').execute();
  const emailsTo = (to: string) =>
    t.deps.db.selectFrom('emails').selectAll().where('to_address', '=', to).execute();
  const create = (c: Client, fields: Record<string, string | string[]>) =>
    c.submit('/experts/new', '/experts/new', fields);

  before(async () => {
    t = await createTestApp();
    await createThemes(t.deps);
    university = await createOrganisation(t.deps, { name: 'Universiteit Antwerpen' });
    const c = await signInNew(t.app, t.deps, { roles: ['coordinator'], preferredLanguage: 'fr' });
    coordinator = c.client;
    coordinatorEmail = c.official.email;
  });
  after(() => t.close());

  it('lets an official create their own pending profile, tells coordinators, and takes a second to it', async () => {
    const { client, official } = await signInNew(t.app, t.deps, {
      name: 'Ana Müller',
      organisationId: university.id,
      preferredLanguage: 'es',
    });
    const blank = await client.get('/experts/new');
    assert.equal(blank.statusCode, 200);
    assert.match(
      blank.body,
      new RegExp(`<option value="${university.id}" selected`),
      'own organisation first',
    );
    const res = await create(client, form({ organisation: String(university.id) }));
    assert.equal(res.statusCode, 303);
    assert.match(res.headers.location as string, /^\/experts\/ana-muller\?done=created$/);
    const [row] = await experts();
    assert.equal(row?.status, 'pending');
    assert.equal(row?.user_id, official.id);
    assert.equal(
      row?.search_text,
      'ana muller universiteit antwerpen researches migrant inclusion in flemish cities',
    );
    assert.deepEqual(JSON.parse(row!.languages), ['en', 'fr']);
    const mails = await emailsTo(coordinatorEmail);
    assert.equal(mails.length, 1);
    assert.match(
      mails[0]!.subject,
      /Profil d’expert à examiner : Ana Müller/,
      'in the coordinator’s language',
    );

    const own = await client.get('/experts/ana-muller');
    assert.equal(own.statusCode, 200);
    assert.match(own.body, /En attente|Pendiente de revisión|Waiting for review/);
    assert.match(own.body, /<strong>migrant inclusion<\/strong>/);
    assert.equal(
      (await new Client(t.app).get('/experts/ana-muller')).statusCode,
      404,
      'pending: hidden',
    );
    const other = await signInNew(t.app, t.deps);
    assert.equal((await other.client.get('/experts/ana-muller')).statusCode, 404);
    assert.equal((await other.client.get('/experts/ana-muller/edit')).statusCode, 404);
    assert.equal((await coordinator.get('/experts/ana-muller')).statusCode, 200);

    const again = await client.get('/experts/new');
    assert.equal(again.statusCode, 303);
    assert.equal(again.headers.location, '/experts/ana-muller');
    const csrf = await client.csrfFrom('/experts/ana-muller');
    const second = await client.post('/experts/new', { _csrf: csrf, ...form() });
    assert.equal(second.statusCode, 409);
    assert.equal((await experts()).length, 1);
  });

  it('starts the form with the official’s country and never takes a page’s address as slug', async () => {
    const { client } = await signInNew(t.app, t.deps, { name: 'Invitations', country: 'TN' });
    const blank = await client.get('/experts/new');
    assert.match(blank.body, /<option value="TN" selected/);
    const res = await create(client, form());
    assert.equal(res.headers.location, '/experts/invitations-expert?done=created');
    assert.equal((await client.get('/experts/invitations-expert')).statusCode, 200);
  });

  it('keeps one profile when the form is posted twice at once', async () => {
    const { client, official } = await signInNew(t.app, t.deps, { name: 'Twice Posted' });
    const csrf = await client.csrfFrom('/experts/new');
    const results = await Promise.all([
      client.post('/experts/new', { _csrf: csrf, ...form() }),
      client.post('/experts/new', { _csrf: csrf, ...form() }),
    ]);
    assert.deepEqual(results.map((r) => r.statusCode).sort(), [303, 409]);
    const rows = (await experts()).filter((e) => e.user_id === official.id);
    assert.equal(rows.length, 1);
  });

  it('refuses bad input with the form kept and nothing saved', async () => {
    const { client } = await signInNew(t.app, t.deps, { name: 'Bad Input' });
    const before = (await experts()).length;
    const cases: Array<[Record<string, string | string[]>, string]> = [
      [{ sector: 'astronaut' }, 'sector'],
      [{ themes: ['no-such-theme'] }, 'themes'],
      [{ themes: ['<script>'] }, 'themes'],
      [{ languages: ['xx'] }, 'languages'],
      [{ languages: [] }, 'languages'],
      [{ country: 'XX' }, 'country'],
      [{ organisation: '99999' }, 'organisation'],
      [{ organisation: 'abc' }, 'organisation'],
      [{ biography: 'x'.repeat(2001) }, 'biography'],
      [{ biography: '' }, 'biography'],
    ];
    for (const [over, field] of cases) {
      const res = await create(client, form(over));
      assert.equal(res.statusCode, 400, JSON.stringify(over));
      assert.match(res.body, new RegExp(`href="#field-${field}"`), field);
    }
    const kept = await create(client, form({ sector: 'nope', biography: 'Kept <b>text</b>' }));
    assert.match(kept.body, /Kept &lt;b>text&lt;\/b><\/textarea>/);
    assert.equal((await experts()).length, before);
  });

  it('renders javascript: links in the biography as plain text', async () => {
    const { client } = await signInNew(t.app, t.deps, { name: 'Link Writer' });
    const res = await create(
      client,
      form({
        biography:
          '[click](javascript:alert(1)) <a href="javascript:x">raw</a> [ok](https://example.org)',
      }),
    );
    assert.equal(res.statusCode, 303);
    const page = await client.get('/experts/link-writer');
    assert.doesNotMatch(page.body, /href="javascript:/i);
    assert.doesNotMatch(page.body, /<a href="javascript/i);
    assert.match(page.body, /&lt;a href=&quot;javascript:x&quot;&gt;/);
    assert.match(page.body, /href="https:\/\/example.org"/);
  });

  it('lets a coordinator approve or return pending profiles, oldest first, recorded and e-mailed', async () => {
    const first = await createExpert(t.deps, {
      status: 'pending',
      official: { name: 'Zoe First', preferredLanguage: 'ru' },
    });
    const second = await createExpert(t.deps, {
      status: 'pending',
      official: { name: 'Adam Second' },
    });
    const queue = await coordinator.get('/review/experts');
    assert.equal(queue.statusCode, 200);
    assert.ok(queue.body.indexOf('Zoe First') < queue.body.indexOf('Adam Second'), 'oldest first');

    const approve = await coordinator.submit(
      '/review/experts',
      `/review/experts/${first.slug}/approve`,
      {},
    );
    assert.equal(approve.statusCode, 303);
    const again = await coordinator.submit(
      '/review/experts',
      `/review/experts/${first.slug}/approve`,
      {},
    );
    assert.equal(again.statusCode, 409);
    const mail = await emailsTo(first.official!.email);
    assert.equal(mail.length, 1);
    assert.match(mail[0]!.subject, /одобрен/, 'in the owner’s language');

    const noComment = await coordinator.submit(
      '/review/experts',
      `/review/experts/${second.slug}/return`,
      { comment: '' },
    );
    assert.equal(noComment.statusCode, 400);
    const back = await coordinator.submit(
      '/review/experts',
      `/review/experts/${second.slug}/return`,
      {
        comment: 'Please add your publications.',
      },
    );
    assert.equal(back.statusCode, 303);
    const rows = await t.deps.db
      .selectFrom('experts')
      .selectAll()
      .where('id', 'in', [first.id, second.id])
      .orderBy('id')
      .execute();
    assert.deepEqual(
      rows.map((r) => r.status),
      ['approved', 'returned'],
    );
    assert.equal(rows[1]?.review_comment, 'Please add your publications.');
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('subject_type', '=', 'expert')
      .where('subject_id', 'in', [first.id, second.id])
      .orderBy('id')
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['expert.approve', 'expert.return'],
    );
    assert.match(
      (await emailsTo(second.official!.email))[0]!.text_body,
      /Please add your publications\./,
    );

    // The owner sees the comment, and saving sends the profile back to review.
    const owner = await (
      await import('../../../test/support/sign-in.ts')
    ).signIn(t.app, second.official!);
    const page = await owner.get(`/experts/${second.slug}`);
    assert.match(page.body, /Please add your publications\./);
    const saved = await owner.submit(
      `/experts/${second.slug}/edit`,
      `/experts/${second.slug}/edit`,
      form(),
    );
    assert.equal(saved.statusCode, 303);
    const row = await t.deps.db
      .selectFrom('experts')
      .select('status')
      .where('id', '=', second.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'pending');

    const learner = await signInNew(t.app, t.deps);
    assert.equal((await learner.client.get('/review/experts')).statusCode, 403);
    assert.equal((await new Client(t.app).get('/review/experts')).statusCode, 303);
  });

  it('keeps an approved profile listed when its owner edits it, and keeps search text current', async () => {
    const { client, official } = await signInNew(t.app, t.deps, { name: 'Keeps Listed' });
    const created = await createExpert(t.deps, { userId: official.id, status: 'approved' });
    const res = await client.submit(
      `/experts/${created.slug}/edit`,
      `/experts/${created.slug}/edit`,
      form({
        biography: 'Now works on climate displacement.',
        sector: 'policy_maker',
      }),
    );
    assert.equal(res.statusCode, 303);
    const row = await t.deps.db
      .selectFrom('experts')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'approved');
    assert.equal(row.sector, 'policy_maker');
    assert.equal(row.search_text, 'keeps listed now works on climate displacement');
    const other = await signInNew(t.app, t.deps);
    assert.equal((await other.client.get(`/experts/${created.slug}/edit`)).statusCode, 403);
    assert.equal((await coordinator.get(`/experts/${created.slug}/edit`)).statusCode, 200);
  });
});
