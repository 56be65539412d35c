import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';

// The list of officials: search, filters, keyset pagination, and the page about one official.

function names(body: string): string[] {
  return [...body.matchAll(/<a href="\/admin\/users\/\d+" dir="auto">([^<]*)<\/a>/g)].map(
    (m) => m[1]!,
  );
}

describe('admin: officials list and official page', () => {
  let t: TestApp;
  let admin: Client;
  let adminId: number;
  let ivanId: number;
  before(async () => {
    t = await createTestApp();
    const city = await createOrganisation(t.deps, {
      name: 'Ville de Lyon',
      kind: 'local_authority',
    });
    const partner = await createOrganisation(t.deps, { name: 'UNDP', kind: 'un_agency' });
    ({
      client: admin,
      official: { id: adminId },
    } = await signInNew(t.app, t.deps, { name: 'Ada Admin', roles: ['admin'] }));
    ivanId = (
      await createOfficial(t.deps, {
        name: 'Иван Петров',
        email: 'ivan@example.org',
        organisationId: city.id,
        roles: ['facilitator'],
        isDemo: true,
      })
    ).id;
    await createOfficial(t.deps, { name: '李明', email: 'liming@example.cn' });
    await createOfficial(t.deps, { name: 'Zoé Martin', email: 'ZOE.martin@Example.org' });
    await createOfficial(t.deps, {
      name: 'Paula Partner',
      roles: ['partner_editor'],
      partnerOrganisationId: partner.id,
    });
    const disabled = await createOfficial(t.deps, { name: 'Dora Disabled' });
    await t.deps.db
      .updateTable('users')
      .set({ is_disabled: 1 })
      .where('id', '=', disabled.id)
      .execute();
    await createOfficial(t.deps, { name: 'Under_score 100%' });
    await createOfficial(t.deps, { name: 'Underscore One' });
  });
  after(() => t.close());

  it('lists officials by name with organisation, roles, status and the demo badge', async () => {
    const res = await admin.get('/admin/users');
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['cache-control'], 'no-store');
    const listed = names(res.body);
    assert.deepEqual(listed, [...listed].sort());
    assert.ok(listed.includes('Иван Петров'));
    const ivanRow = res.body.slice(res.body.indexOf('Иван Петров'));
    const row = ivanRow.slice(0, ivanRow.indexOf('</tr>'));
    assert.match(row, /Demo data/);
    assert.match(row, /ivan@example\.org/);
    assert.match(row, /Ville de Lyon/);
    assert.match(row, /Facilitator/);
    assert.match(row, /Active/);
    assert.match(res.body, /Partner editor \(UNDP\)/);
  });

  it('searches names and e-mails whatever the letter case, in any script', async () => {
    for (const [q, expected] of [
      ['иван', ['Иван Петров']],
      ['ПЕТРОВ', ['Иван Петров']],
      ['李', ['李明']],
      ['zoé', ['Zoé Martin']],
      ['ZOE.MARTIN@', ['Zoé Martin']],
      ['example.cn', ['李明']],
      ['ada', ['Ada Admin']],
    ] as const) {
      const res = await admin.get(`/admin/users?q=${encodeURIComponent(q)}`);
      assert.equal(res.statusCode, 200);
      assert.deepEqual(names(res.body), expected, q);
    }
  });

  it('treats % and _ in a search as the characters themselves', async () => {
    const res = await admin.get(`/admin/users?q=${encodeURIComponent('r_s')}`);
    assert.deepEqual(names(res.body), ['Under_score 100%']);
    const underscore = await admin.get(`/admin/users?q=${encodeURIComponent('er_c')}`);
    assert.deepEqual(names(underscore.body), []);
    const pct = await admin.get(`/admin/users?q=${encodeURIComponent('100%')}`);
    assert.deepEqual(names(pct.body), ['Under_score 100%']);
  });

  it('filters by role and by status', async () => {
    assert.deepEqual(names((await admin.get('/admin/users?role=facilitator')).body), [
      'Иван Петров',
    ]);
    assert.deepEqual(names((await admin.get('/admin/users?role=admin')).body), ['Ada Admin']);
    assert.deepEqual(names((await admin.get('/admin/users?status=disabled')).body), [
      'Dora Disabled',
    ]);
    const active = names((await admin.get('/admin/users?status=active')).body);
    assert.ok(!active.includes('Dora Disabled'));
    assert.ok(active.includes('Ada Admin'));
  });

  it('says so helpfully when nothing matches', async () => {
    const res = await admin.get('/admin/users?q=nobody-at-all');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /No official matches this search/);
    assert.match(res.body, /href="\/admin\/users">Clear the search and filters/);
  });

  it('refuses malformed filters with 400, not 500', async () => {
    for (const url of [
      '/admin/users?role=superuser',
      '/admin/users?status=gone',
      '/admin/users?after=nobar',
      '/admin/users?after=x%7C99999999999',
      `/admin/users?q=${'a'.repeat(201)}`,
      '/admin/users?q=a&q=b',
    ]) {
      assert.equal((await admin.get(url)).statusCode, 400, url);
    }
  });

  it('pages through many officials 50 at a time, keeping the filters', async () => {
    for (let i = 0; i < 60; i++)
      await createOfficial(t.deps, {
        name: `Paged ${String(i).padStart(2, '0')}`,
        roles: ['coordinator'],
      });
    const first = await admin.get('/admin/users?role=coordinator');
    const page1 = names(first.body);
    assert.equal(page1.length, 50);
    const next = /<a href="([^"]+)" rel="next"/.exec(first.body)?.[1]?.replace(/&amp;/g, '&');
    assert.ok(next);
    assert.match(next, /role=coordinator/);
    const second = await admin.get(next);
    const page2 = names(second.body);
    assert.equal(page2.length, 10);
    assert.equal(page2[9], 'Paged 59');
    assert.doesNotMatch(second.body, /rel="next"/);
    assert.match(second.body, /Back to the first page/);
    assert.deepEqual(
      [...page1, ...page2],
      Array.from({ length: 60 }, (_, i) => `Paged ${String(i).padStart(2, '0')}`),
    );
  });

  it('keyset pagination keeps officials with the same name apart', async () => {
    const twins = [];
    for (let i = 0; i < 3; i++)
      twins.push((await createOfficial(t.deps, { name: 'Same Name' })).id);
    const res = await admin.get(
      `/admin/users?q=same+name&after=${encodeURIComponent(`Same Name|${twins[0]}`)}`,
    );
    assert.deepEqual(names(res.body), ['Same Name', 'Same Name']);
    assert.match(res.body, new RegExp(`/admin/users/${twins[1]}"`));
    assert.match(res.body, new RegExp(`/admin/users/${twins[2]}"`));
  });

  it('shows one official: facts, roles, sessions and account actions', async () => {
    const res = await admin.get(`/admin/users/${ivanId}`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Иван Петров/);
    assert.match(res.body, /Demo data/);
    assert.match(res.body, /Ville de Lyon/);
    assert.match(res.body, /name="role" value="facilitator"/);
    assert.match(res.body, /action="\/admin\/users\/\d+\/roles"/);
    assert.match(res.body, /<dt>Signed-in sessions<\/dt>\s*<dd dir="auto">0<\/dd>/);
    assert.match(res.body, /Disable the account/);
    const own = await admin.get(`/admin/users/${adminId}`);
    assert.match(own.body, /<dt>Signed-in sessions<\/dt>\s*<dd dir="auto">1<\/dd>/);
    assert.match(own.body, /you cannot disable it yourself/);
    assert.doesNotMatch(own.body, /Disable the account/);
  });

  it('answers 404 for unknown, non-numeric and huge ids', async () => {
    for (const id of ['999999', 'abc', '0', '-1', '1e3', '99999999999'])
      assert.equal((await admin.get(`/admin/users/${id}`)).statusCode, 404, id);
  });

  it('shows the page in Arabic, right to left', async () => {
    await admin.get('/language/ar?next=/admin/users');
    const res = await admin.get('/admin/users');
    assert.match(res.body, /<html lang="ar" dir="rtl">/);
    assert.match(res.body, /المسؤولون والأدوار/);
  });
});
