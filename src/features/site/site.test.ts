import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { createThemes } from '../../../test/factories/themes.ts';

describe('site pages', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
    await createThemes(t.deps);
  });
  after(() => t.close());

  it('home page lists the six themes and links every section', async () => {
    const res = await new Client(t.app).get('/');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<html lang="en" dir="ltr">/);
    assert.equal((res.body.match(/href="\/themes\//g) ?? []).length, 6);
    assert.doesNotMatch(res.body, /In preparation/);
    for (const href of ['/courses', '/events', '/library', '/cityshare', '/organisations', '/news'])
      assert.ok(res.body.includes(`<a href="${href}">`), href);
  });

  it('home page is right-to-left in Arabic', async () => {
    const res = await new Client(t.app).get('/', { 'accept-language': 'ar-EG,ar;q=0.9' });
    assert.match(res.body, /<html lang="ar" dir="rtl">/);
  });

  it('the language switcher keeps the choice in a cookie and only redirects within the site', async () => {
    const c = new Client(t.app);
    const res = await c.get('/language/zh?next=/about');
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/about');
    assert.match((await c.get('/about')).body, /<html lang="zh" dir="ltr">/);
    const away = await c.get('/language/fr?next=//evil.example/');
    assert.equal(away.headers.location, '/');
  });

  it('unknown pages get a translated 404 with a request id', async () => {
    const res = await new Client(t.app).get('/no-such-page', { 'accept-language': 'fr' });
    assert.equal(res.statusCode, 404);
    assert.match(res.body, /lang="fr"/);
    assert.match(res.body, /request-id/);
  });

  it('healthz checks the database', async () => {
    const res = await new Client(t.app).get('/healthz');
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().ok, true);
  });

  it('sends a strict content security policy without inline script', async () => {
    const res = await new Client(t.app).get('/');
    assert.match(String(res.headers['content-security-policy']), /script-src 'self'/);
    assert.doesNotMatch(String(res.headers['content-security-policy']), /unsafe-inline/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
  });
});
