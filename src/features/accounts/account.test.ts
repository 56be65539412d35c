import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { latestEmailTo } from '../../../test/support/mail.ts';
import { signIn } from '../../../test/support/sign-in.ts';

const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';

describe('account page', () => {
  let t: TestApp;
  let orgId: number;
  const profile = (overrides: Record<string, string> = {}) => ({
    name: 'Lina Haddad',
    language: 'en',
    organisation: String(orgId),
    position: 'Deputy mayor',
    country: 'JO',
    gender: 'female',
    ...overrides,
  });
  const userRow = (id: number) =>
    t.deps.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  before(async () => {
    t = await createTestApp();
    orgId = (await createOrganisation(t.deps, { name: 'Amman', kind: 'local_authority' })).id;
  });
  after(() => t.close());

  it('sends visitors to sign in first, then back', async () => {
    for (const url of ['/account', '/account/password', '/account/sessions']) {
      const res = await new Client(t.app).get(url);
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, `/sign-in?next=${encodeURIComponent(url)}`);
    }
  });

  it('shows the profile with its current values and autocomplete hints', async () => {
    const official = await createOfficial(t.deps, {
      name: 'Profile Shown',
      organisationId: orgId,
      country: 'JO',
      position: 'Planner',
      gender: 'other',
    });
    const res = await (await signIn(t.app, official)).get('/account');
    assert.equal(res.statusCode, 200);
    assert.equal((res.body.match(/<h1[ >]/g) ?? []).length, 1);
    assert.match(res.body, /value="Profile Shown"/);
    assert.match(res.body, new RegExp(`<option value="${orgId}" selected>Amman</option>`));
    assert.match(res.body, /<option value="JO" selected>/);
    assert.match(res.body, /<option value="other" selected>/);
    for (const hint of ['name', 'organization-title', 'country'])
      assert.match(res.body, new RegExp(`autocomplete="${hint}"`));
    assert.match(res.body, new RegExp(official.email));
  });

  it('saves the profile and switches the interface to the new preferred language', async () => {
    const official = await createOfficial(t.deps);
    const c = await signIn(t.app, official);
    const res = await c.submit('/account', '/account', profile({ language: 'zh', gender: '' }));
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/account?done=saved');
    assert.equal(c.cookies.get('lphm_lang'), 'zh');
    const page = await c.get('/account?done=saved');
    assert.match(page.body, /<html lang="zh"/);
    assert.match(page.body, /您的个人资料已保存/);
    const row = await userRow(official.id);
    assert.deepEqual(
      [
        row.name,
        row.preferred_language,
        row.organisation_id,
        row.position,
        row.country,
        row.gender,
      ],
      ['Lina Haddad', 'zh', orgId, 'Deputy mayor', 'JO', null],
    );
  });

  it('rejects bad profile input with the field named and changes nothing', async () => {
    const official = await createOfficial(t.deps, { name: 'Unchanged Name' });
    const c = await signIn(t.app, official);
    for (const [overrides, field] of [
      [{ name: 'Lina \u202EHaddad' }, 'name'],
      [{ name: 'x'.repeat(201) }, 'name'],
      [{ organisation: '424242' }, 'organisation'],
      [{ country: 'ZZ' }, 'country'],
      [{ language: 'de' }, 'language'],
    ] as const) {
      const res = await c.submit('/account', '/account', profile(overrides));
      assert.equal(res.statusCode, 400, field);
      assert.match(res.body, new RegExp(`id="field-${field}-error"`));
    }
    assert.equal((await userRow(official.id)).name, 'Unchanged Name');
  });

  it('changes the password: current one required, other sessions end, this one stays, notice e-mailed', async () => {
    const official = await createOfficial(t.deps);
    const here = await signIn(t.app, official);
    const elsewhere = await signIn(t.app, official);
    const change = (fields: Record<string, string>) =>
      here.submit('/account/password', '/account/password', fields);
    const wrong = await change({
      currentPassword: 'not my password',
      password: 'a brand new long password',
      confirmation: 'a brand new long password',
    });
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, /current password is not correct/);
    const weak = await change({
      currentPassword: official.password,
      password: 'qwerty123456',
      confirmation: 'qwerty123456',
    });
    assert.equal(weak.statusCode, 400);
    assert.match(weak.body, /too common/);
    const personal = await change({
      currentPassword: official.password,
      password: `${official.email.split('@')[0]} is me`,
      confirmation: `${official.email.split('@')[0]} is me`,
    });
    assert.equal(personal.statusCode, 400);
    const before = (await userRow(official.id)).password_hash;

    const ok = await change({
      currentPassword: official.password,
      password: 'a brand new long password',
      confirmation: 'a brand new long password',
    });
    assert.equal(ok.statusCode, 303);
    assert.notEqual((await userRow(official.id)).password_hash, before);
    assert.match((await here.get('/account/password?done=changed')).body, /has been changed/);
    assert.equal((await elsewhere.get('/account')).statusCode, 303);
    assert.equal((await latestEmailTo(t.deps, official.email))?.kind, 'password-changed');
    await signIn(t.app, { email: official.email, password: 'a brand new long password' });
  });

  it('lists the official’s sessions and ends one of them', async () => {
    const official = await createOfficial(t.deps);
    const here = await signIn(t.app, official);
    const other = new Client(t.app);
    const csrf = await other.csrfFrom('/sign-in');
    const signedIn = await other.post(
      '/sign-in',
      { _csrf: csrf, email: official.email, password: official.password },
      { 'user-agent': FIREFOX },
    );
    assert.equal(signedIn.statusCode, 303);
    await signIn(t.app, official);
    const page = await here.get('/account/sessions');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Firefox on Windows/);
    assert.equal((page.body.match(/This session/g) ?? []).length, 1);
    const ids = [...page.body.matchAll(/action="\/account\/sessions\/(\d+)\/revoke"/g)].map(
      (m) => m[1],
    );
    assert.equal(ids.length, 2);
    const res = await here.submit('/account/sessions', `/account/sessions/${ids[0]}/revoke`, {});
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/account/sessions?done=ended');
    const after = await here.get('/account/sessions?done=ended');
    assert.equal([...after.body.matchAll(/\/revoke"/g)].length, 1);
    assert.match(after.body, /That session has been signed out/);
  });

  it('cannot end someone else’s session (404), and theirs stays live', async () => {
    const me = await signIn(t.app, await createOfficial(t.deps));
    const someone = await createOfficial(t.deps);
    const theirs = await signIn(t.app, someone);
    const theirSession = await t.deps.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', someone.id)
      .executeTakeFirstOrThrow();
    for (const id of [String(theirSession.id), '99999999', 'abc', '0']) {
      const res = await me.submit('/account/sessions', `/account/sessions/${id}/revoke`, {});
      assert.equal(res.statusCode, 404, id);
    }
    assert.equal((await theirs.get('/account')).statusCode, 200);
  });
});
