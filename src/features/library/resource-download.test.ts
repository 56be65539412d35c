import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { smallPdf } from '../../../test/factories/files.ts';
import { createResource } from '../../../test/factories/library.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';

// Downloads of a resource's files: attachments with safe headers, 404 for what may not be had,
// and one count per download in the UTC month, also when many come at once.

describe('library: downloads', () => {
  let t: TestApp;
  let orgId: number;
  let visitor: Client;
  let editor: Client;
  let coordinator: Client;
  let published: { id: number; slug: string };
  let draft: { id: number; slug: string };
  let fileId: number;
  let draftFileId: number;

  const fileOf = async (resourceId: number) =>
    (
      await t.deps.db
        .selectFrom('resource_files')
        .select('id')
        .where('resource_id', '=', resourceId)
        .executeTakeFirstOrThrow()
    ).id;
  const counts = (resourceId: number) =>
    t.deps.db
      .selectFrom('resource_downloads')
      .select(['month', 'count'])
      .where('resource_id', '=', resourceId)
      .execute();

  before(async () => {
    t = await createTestApp();
    orgId = (await createOrganisation(t.deps, { name: 'Download Partner' })).id;
    visitor = new Client(t.app);
    editor = (
      await signInNew(t.app, t.deps, { roles: ['partner_editor'], partnerOrganisationId: orgId })
    ).client;
    coordinator = (await signInNew(t.app, t.deps, { roles: ['coordinator'] })).client;
    published = await createResource(t.deps, {
      organisationId: orgId,
      title: 'Published guide',
      files: [{ bytes: smallPdf('Guide'), name: 'Guide d’accueil "final".pdf', language: 'fr' }],
    });
    draft = await createResource(t.deps, {
      organisationId: orgId,
      title: 'Draft guide',
      status: 'draft',
      files: [{ bytes: smallPdf('Draft'), name: 'draft.pdf' }],
    });
    fileId = await fileOf(published.id);
    draftFileId = await fileOf(draft.id);
  });
  after(() => t.close());

  it('serves a file as an attachment with a safe name, nosniff and a sandbox policy', async () => {
    const res = await visitor.get(`/library/${published.slug}/files/${fileId}`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.match(String(res.headers['content-security-policy']), /sandbox/);
    const disposition = String(res.headers['content-disposition']);
    assert.match(
      disposition,
      /^attachment; filename="Guide d_accueil _final_.pdf"; filename\*=UTF-8''/,
    );
    assert.ok(res.rawPayload.subarray(0, 5).equals(Buffer.from('%PDF-')));
    const month = new Date().toISOString().slice(0, 7);
    assert.deepEqual(await counts(published.id), [{ month, count: 1 }]);
    const head = await t.app.inject({
      method: 'HEAD',
      url: `/library/${published.slug}/files/${fileId}`,
    });
    assert.equal(head.statusCode, 200);
    assert.deepEqual(await counts(published.id), [{ month, count: 1 }], 'HEAD counts nothing');
  });

  it('answers 404 for a draft’s file to whoever may not see it, and counts nothing', async () => {
    const url = `/library/${draft.slug}/files/${draftFileId}`;
    assert.equal((await visitor.get(url)).statusCode, 404);
    const other = await signInNew(t.app, t.deps, {
      roles: ['partner_editor'],
      partnerOrganisationId: (await createOrganisation(t.deps, { name: 'Elsewhere' })).id,
    });
    assert.equal((await other.client.get(url)).statusCode, 404);
    assert.deepEqual(await counts(draft.id), []);
    assert.equal((await editor.get(url)).statusCode, 200);
    assert.equal((await coordinator.get(url)).statusCode, 200);
  });

  it('answers 404 for unknown, foreign and non-numeric file ids', async () => {
    for (const id of [String(draftFileId), '999999', 'abc', '1e3', '-1', '0', '99999999999'])
      assert.equal(
        (await visitor.get(`/library/${published.slug}/files/${id}`)).statusCode,
        404,
        id,
      );
    assert.equal((await visitor.get(`/library/nope/files/${fileId}`)).statusCode, 404);
  });

  it('counts 50 simultaneous downloads as 50', async () => {
    const r = await createResource(t.deps, {
      organisationId: orgId,
      files: [{ bytes: smallPdf('Busy'), name: 'busy.pdf' }],
    });
    const id = await fileOf(r.id);
    const results = await Promise.all(
      Array.from({ length: 50 }, () => visitor.get(`/library/${r.slug}/files/${id}`)),
    );
    assert.ok(results.every((res) => res.statusCode === 200));
    const rows = await counts(r.id);
    assert.equal(rows.length, 1);
    assert.equal(Number(rows[0]!.count), 50);
    const page = (await visitor.get(`/library/${r.slug}`)).body;
    assert.match(page, /Downloads in total: 50/);
    assert.doesNotMatch(page, /Downloads in the last 12 months/);
  });

  it('shows the months to the resource’s editors and coordinators', async () => {
    const r = await createResource(t.deps, { organisationId: orgId });
    const now = new Date();
    const month = (back: number) =>
      new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1))
        .toISOString()
        .slice(0, 7);
    await t.deps.db
      .insertInto('resource_downloads')
      .values([
        { resource_id: r.id, month: month(0), count: 7 },
        { resource_id: r.id, month: month(3), count: 1234 },
        { resource_id: r.id, month: month(13), count: 5 },
      ])
      .execute();
    for (const c of [editor, coordinator]) {
      const page = (await c.get(`/library/${r.slug}`)).body;
      assert.match(page, /Downloads in total: 1,246/);
      const table = page.slice(page.indexOf('Downloads in the last 12 months'));
      const rows = [...table.matchAll(/<tr><th scope="row">([^<]+)<\/th><td>([^<]+)<\/td>/g)];
      assert.equal(rows.length, 12);
      const label = new Intl.DateTimeFormat('en', {
        year: 'numeric',
        month: 'long',
        timeZone: 'UTC',
      }).format(new Date(`${month(3)}-01T00:00:00Z`));
      assert.deepEqual([rows[0]![2], rows[3]![1], rows[3]![2]], ['7', label, '1,234']);
    }
  });
});
