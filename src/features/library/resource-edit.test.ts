import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createExpert } from '../../../test/factories/experts.ts';
import { createResource } from '../../../test/factories/library.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { createThemes } from '../../../test/factories/themes.ts';
import { createTestApp, type Client, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';

// The resource form: partner editors add drafts for their own organisation and edit its
// resources; bad input is refused with the form shown again and nothing written; a double
// submission makes one resource; every save is indexed and recorded.

describe('library: the resource form', () => {
  let t: TestApp;
  let editor: Client;
  let outsider: Client;
  let coordinator: Client;
  let orgId: number;
  let otherOrgId: number;
  let themeId: number;
  let expertId: number;

  const resources = () => t.deps.db.selectFrom('resources').selectAll().execute();
  const form = (fields: Record<string, string | string[]> = {}) => ({
    kind: 'toolkit',
    title_en: 'Welcoming newcomers: a toolkit',
    summary_en: 'How cities organise their first welcome.',
    languages: ['en'],
    licence: 'cc-by-4.0',
    year: '2013',
    ...fields,
  });

  before(async () => {
    t = await createTestApp();
    const themes = await createThemes(t.deps);
    themeId = Object.values(themes)[0]!;
    const org = await createOrganisation(t.deps, { name: 'UN Agency', isPartner: true });
    const other = await createOrganisation(t.deps, { name: 'Other Partner', isPartner: true });
    orgId = org.id;
    otherOrgId = other.id;
    const roles = { roles: ['partner_editor' as const], organisationId: org.id };
    editor = (await signInNew(t.app, t.deps, { ...roles, partnerOrganisationId: org.id })).client;
    outsider = (
      await signInNew(t.app, t.deps, { roles: ['partner_editor'], partnerOrganisationId: other.id })
    ).client;
    coordinator = (await signInNew(t.app, t.deps, { roles: ['coordinator'] })).client;
    expertId = (await createExpert(t.deps, { official: { name: 'Dr Amina Diallo' } })).id;
  });
  after(() => t.close());

  it('lets a partner editor add a draft for their organisation, with its parts and a record', async () => {
    const res = await editor.submit(
      '/library/new',
      '/library/new',
      form({
        title_fr: 'Accueillir les nouveaux arrivants',
        languages: ['en', 'fr'],
        themes: [String(themeId)],
        regions: ['EU', 'AF'],
        countries: ['BE', 'BF'],
        publishers: [String(otherOrgId)],
        authors: 'A. Diallo\n\n  B. Smith  ',
        experts: [String(expertId)],
        link_url: 'https://example.org/toolkit',
      }),
    );
    assert.equal(res.statusCode, 303);
    const [r] = (await resources()).filter((x) => x.slug === 'welcoming-newcomers-a-toolkit');
    assert.ok(r);
    assert.equal(res.headers.location, `/library/${r.slug}/files?done=created`);
    assert.equal(r.status, 'draft');
    assert.equal(r.organisation_id, orgId);
    assert.equal(r.authors, 'A. Diallo\nB. Smith');
    assert.deepEqual(JSON.parse(r.countries), ['BE', 'BF']);
    const publishers = await t.deps.db
      .selectFrom('resource_organisations')
      .select('organisation_id')
      .where('resource_id', '=', r.id)
      .orderBy('position')
      .execute();
    assert.deepEqual(
      publishers.map((p) => Number(p.organisation_id)),
      [orgId, otherOrgId],
      'the owner publishes first',
    );
    const experts = await t.deps.db
      .selectFrom('resource_experts')
      .selectAll()
      .where('resource_id', '=', r.id)
      .execute();
    assert.equal(experts.length, 1);
    const changes = await t.deps.db
      .selectFrom('resource_changes')
      .selectAll()
      .where('resource_id', '=', r.id)
      .execute();
    assert.deepEqual(
      changes.map((c) => c.action),
      ['created'],
    );
    const page = await editor.get(`/library/${r.slug}/edit`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Accueillir les nouveaux arrivants/);
  });

  it('refuses bad input with the form shown again, the input kept and nothing written', async () => {
    const before = (await resources()).length;
    const cases: Array<[Record<string, string | string[]>, string]> = [
      [{ link_url: 'javascript:alert(1)' }, 'link_url'],
      [{ link_url: 'data:text/html,<b>x</b>' }, 'link_url'],
      [{ link_url: 'ftp://example.org/file' }, 'link_url'],
      [{ title_en: '' }, 'title_en'],
      [{ kind: 'poem' }, 'kind'],
      [{ year: '1899' }, 'year'],
      [{ year: String(new Date().getUTCFullYear() + 2) }, 'year'],
      [{ licence: 'wtfpl' }, 'licence'],
      [{ languages: [] }, 'languages'],
      [{ languages: ['xx'] }, 'languages'],
      [{ countries: ['ZZ'] }, 'countries'],
      [{ regions: ['MARS'] }, 'regions'],
      [{ themes: ['999999'] }, 'themes'],
      [{ themes: ['1; DROP TABLE resources'] }, 'themes'],
      [{ publishers: ['999999'] }, 'publishers'],
      [{ experts: ['999999'] }, 'experts'],
      [{ title_en: 'A\u202egnp.exe' }, 'title_en'],
      [{ kind: 'link', link_url: '' }, 'link_url'],
    ];
    for (const [fields, field] of cases) {
      const res = await editor.submit(
        '/library/new',
        '/library/new',
        form({ title_en: 'Kept title', ...fields }),
      );
      assert.equal(res.statusCode, 400, JSON.stringify(fields));
      assert.match(res.body, new RegExp(`href="#field-${field}"`), JSON.stringify(fields));
      if (!('title_en' in fields)) assert.match(res.body, /value="Kept title"/);
    }
    const js = await editor.submit(
      '/library/new',
      '/library/new',
      form({ link_url: 'javascript:alert(1)' }),
    );
    assert.match(js.body, /https:\/\/ or http:\/\//, 'a translated message names the rule');
    assert.equal((await resources()).length, before);
  });

  it('makes one resource when the same form is posted twice at once', async () => {
    const csrf = await editor.csrfFrom('/library/new');
    const fields = {
      _csrf: csrf,
      ...form({ title_en: 'Double click toolkit', key: 'k-double-1' }),
    };
    const [a, b] = await Promise.all([
      editor.post('/library/new', fields),
      editor.post('/library/new', fields),
    ]);
    assert.equal(a.statusCode, 303);
    assert.equal(b.statusCode, 303);
    assert.equal(a.headers.location, b.headers.location);
    const made = (await resources()).filter((r) => r.request_key === 'k-double-1');
    assert.equal(made.length, 1);
  });

  it('edits a resource and records which fields changed', async () => {
    const r = await createResource(t.deps, {
      organisationId: orgId,
      title: 'Old title',
      status: 'draft',
    });
    const res = await editor.submit(
      `/library/${r.slug}/edit`,
      `/library/${r.slug}/edit`,
      form({ title_en: 'New title', summary_en: '', year: '2013', languages: ['en'] }),
    );
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `/library/${r.slug}/files?done=saved`);
    const change = await t.deps.db
      .selectFrom('resource_changes')
      .selectAll()
      .where('resource_id', '=', r.id)
      .where('action', '=', 'edited')
      .executeTakeFirstOrThrow();
    assert.deepEqual(JSON.parse(change.details).fields, ['titles']);
    const title = await t.deps.db
      .selectFrom('resource_translations')
      .select('title')
      .where('resource_id', '=', r.id)
      .executeTakeFirstOrThrow();
    assert.equal(title.title, 'New title');
  });

  it("keeps a partner editor out of another organisation's resources", async () => {
    const published = await createResource(t.deps, { organisationId: orgId, title: 'Ours' });
    const draft = await createResource(t.deps, {
      organisationId: orgId,
      title: 'Our draft',
      status: 'draft',
    });
    const edit = (slug: string) =>
      outsider.submit('/', `/library/${slug}/edit`, form({ title_en: 'Hijacked' }));
    assert.equal((await outsider.get(`/library/${published.slug}/edit`)).statusCode, 403);
    assert.equal((await edit(published.slug)).statusCode, 403);
    assert.equal((await outsider.get(`/library/${draft.slug}/edit`)).statusCode, 404);
    assert.equal((await edit(draft.slug)).statusCode, 404);
    const titles = await t.deps.db
      .selectFrom('resource_translations')
      .select('title')
      .where('title', '=', 'Hijacked')
      .execute();
    assert.equal(titles.length, 0);
    assert.equal((await coordinator.get(`/library/${draft.slug}/edit`)).statusCode, 200);
  });

  it('makes a coordinator name the owner among the publishers', async () => {
    const res = await coordinator.submit(
      '/library/new',
      '/library/new',
      form({ title_en: 'Coord' }),
    );
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /href="#field-publishers"/);
    const ok = await coordinator.submit(
      '/library/new',
      '/library/new',
      form({ title_en: 'Coordinated report', publishers: [String(otherOrgId)] }),
    );
    assert.equal(ok.statusCode, 303);
    const r = (await resources()).find((x) => x.slug === 'coordinated-report');
    assert.equal(r?.organisation_id, otherOrgId);
  });
});
