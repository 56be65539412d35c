import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { latestEmailTo } from '../../../test/support/mail.ts';

const PASSWORD = 'river lanterns hum at dusk';

describe('sign-up', () => {
  let t: TestApp;
  let orgId: number;
  let counter = 0;
  const form = (overrides: Record<string, string> = {}) => ({
    name: 'Amina Diallo',
    email: `amina${++counter}@example.org`,
    password: PASSWORD,
    language: 'en',
    organisation: String(orgId),
    position: 'Migration policy officer',
    country: 'BF',
    gender: 'female',
    ...overrides,
  });
  const userCount = async () =>
    Number(
      (
        await t.deps.db
          .selectFrom('users')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    t = await createTestApp();
    orgId = (await createOrganisation(t.deps, { name: 'Ouagadougou', kind: 'local_authority' })).id;
  });
  after(() => t.close());

  it('shows a labelled form with autocomplete hints and the organisations to choose from', async () => {
    const res = await new Client(t.app).get('/sign-up');
    assert.equal(res.statusCode, 200);
    assert.equal((res.body.match(/<h1[ >]/g) ?? []).length, 1);
    for (const hint of ['name', 'email', 'new-password', 'organization-title', 'country'])
      assert.match(res.body, new RegExp(`autocomplete="${hint}"`));
    for (const field of [
      'name',
      'email',
      'password',
      'language',
      'organisation',
      'position',
      'country',
      'gender',
    ])
      assert.match(res.body, new RegExp(`<label for="field-${field}"`));
    assert.match(res.body, /Ouagadougou/);
    assert.match(res.body, /My organisation is not listed/);
  });

  it('creates the account, signs the official in, welcomes them in their language and follows next', async () => {
    const c = new Client(t.app);
    const fields = form({ language: 'fr', email: 'Amina.Welcome@Example.org' });
    const res = await c.submit('/sign-up?next=/about', '/sign-up', { ...fields, next: '/about' });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/about');
    const account = await c.get('/account');
    assert.equal(account.statusCode, 200);
    assert.match(account.body, /Amina Diallo/);
    const user = await t.deps.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', 'amina.welcome@example.org')
      .executeTakeFirstOrThrow();
    assert.equal(user.organisation_id, orgId);
    assert.equal(user.country, 'BF');
    assert.equal(user.gender, 'female');
    assert.equal(user.preferred_language, 'fr');
    assert.match(user.password_hash, /^\$argon2id\$/);
    assert.ok(!user.password_hash.includes(PASSWORD));
    const mail = await latestEmailTo(t.deps, 'amina.welcome@example.org');
    assert.equal(mail?.kind, 'welcome');
    assert.match(mail!.subject, /Bienvenue/);
    assert.match(mail!.text, /Bonjour Amina Diallo/);
  });

  it('stores optional answers left empty as not stated', async () => {
    const c = new Client(t.app);
    const fields = form({ organisation: '', country: '', gender: '', position: '' });
    assert.equal((await c.submit('/sign-up', '/sign-up', fields)).statusCode, 303);
    const user = await t.deps.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', fields.email)
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      [user.organisation_id, user.country, user.gender, user.position],
      [null, null, null, ''],
    );
  });

  const bad: Array<[string, Record<string, string>, string, RegExp]> = [
    ['an invalid e-mail', { email: 'not-an-address' }, 'email', /name@example\.org/],
    ['a short password', { password: 'short pass' }, 'password', /at least 12 characters/],
    ['a common password', { password: 'qwerty123456' }, 'password', /too common/],
    [
      'a password containing the name',
      { password: 'diallo forever 2026' },
      'password',
      /must not contain/,
    ],
    [
      'a password containing the e-mail',
      { email: 'kwame.asante@example.org', password: 'kwame.asante!!' },
      'password',
      /must not contain/,
    ],
    ['a 10,000-character name', { name: 'A'.repeat(10_000) }, 'name', /too long/],
    [
      'a name with a right-to-left override',
      { name: 'Amina \u202Eollaid' },
      'name',
      /invisible or direction-changing/,
    ],
    [
      'a name with a zero-width space',
      { name: 'Ami\u200Bna' },
      'name',
      /invisible or direction-changing/,
    ],
    [
      'an unknown organisation',
      { organisation: '999999' },
      'organisation',
      /Choose one of the options/,
    ],
    [
      'a malformed organisation',
      { organisation: 'abc' },
      'organisation',
      /Choose one of the options/,
    ],
    ['an unknown language', { language: 'xx' }, 'language', /Choose one of the options/],
    ['an unknown country', { country: 'XX' }, 'country', /Choose one of the options/],
    ['an unknown gender', { gender: 'robot' }, 'gender', /Choose one of the options/],
    ['no name', { name: '   ' }, 'name', /required/],
  ];
  for (const [what, overrides, field, message] of bad) {
    it(`rejects ${what} with a message next to the field and writes nothing`, async () => {
      const before = await userCount();
      const c = new Client(t.app);
      const fields = form(overrides);
      const res = await c.submit('/sign-up', '/sign-up', fields);
      assert.equal(res.statusCode, 400);
      assert.match(res.body, new RegExp(`id="field-${field}-error"`));
      assert.match(res.body, message);
      assert.equal(await userCount(), before);
      assert.equal(c.cookies.has('lphm_session'), false);
      // The input comes back, never the password.
      assert.ok(!res.body.includes(fields.password), 'password echoed');
      if (field !== 'email') assert.match(res.body, new RegExp(`value="${fields.email}"`));
    });
  }

  it('refuses an address already used in another letter case', async () => {
    const existing = await createOfficial(t.deps, { email: 'taken@example.org' });
    const before = await userCount();
    const res = await new Client(t.app).submit(
      '/sign-up',
      '/sign-up',
      form({ email: existing.email.toUpperCase() }),
    );
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /already uses this e-mail address/);
    assert.equal(await userCount(), before);
  });

  it('creates exactly one account when the same address signs up in parallel', async () => {
    const clients = Array.from({ length: 4 }, () => new Client(t.app));
    const tokens = await Promise.all(clients.map((c) => c.csrfFrom('/sign-up')));
    const emails = ['race@example.org', 'RACE@example.org', 'Race@Example.org', 'race@EXAMPLE.ORG'];
    const results = await Promise.all(
      clients.map((c, i) =>
        c.post('/sign-up', { _csrf: tokens[i]!, ...form({ email: emails[i]! }) }),
      ),
    );
    assert.deepEqual(results.map((r) => r.statusCode).sort(), [303, 400, 400, 400]);
    for (const r of results.filter((x) => x.statusCode === 400))
      assert.match(r.body, /already uses this e-mail address/);
    const rows = await t.deps.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'race@example.org')
      .execute();
    assert.equal(rows.length, 1);
  });

  it('ignores a next address pointing to another site', async () => {
    for (const next of ['//evil.example', 'https://evil.example/', '/\\evil.example']) {
      const res = await new Client(t.app).submit('/sign-up', '/sign-up', { ...form(), next });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/');
    }
  });

  it('sends signed-in officials away from the sign-up page', async () => {
    const c = new Client(t.app);
    await c.submit('/sign-up', '/sign-up', form());
    const res = await c.get('/sign-up');
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/');
  });

  it('refuses a form without a CSRF token, or with the token of another visitor', async () => {
    const before = await userCount();
    const c = new Client(t.app);
    await c.get('/sign-up');
    assert.equal((await c.submit('/sign-up', '/sign-up', form(), { csrf: null })).statusCode, 403);
    const other = await new Client(t.app).csrfFrom('/sign-up');
    const res = await c.submit('/sign-up', '/sign-up', form(), { csrf: other });
    assert.equal(res.statusCode, 403);
    assert.equal(await userCount(), before);
  });

  it('refuses a body over the size limit with 413', async () => {
    const c = new Client(t.app);
    const res = await c.submit('/sign-up', '/sign-up', form({ name: 'A'.repeat(1_100_000) }));
    assert.equal(res.statusCode, 413);
  });

  it('works in every language, right to left in Arabic', async () => {
    const c = new Client(t.app);
    c.lang = 'ar';
    const res = await c.submit('/sign-up', '/sign-up', form({ email: 'bad' }));
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /<html lang="ar" dir="rtl">/);
    assert.match(res.body, /أنشئ حسابك/);
  });
});
