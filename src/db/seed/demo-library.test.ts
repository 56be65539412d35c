import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { openFile } from '../../files/index.ts';
import { RESOURCE_KINDS } from '../../features/library/resource-kinds.ts';
import { foldForSearch } from '../../search/text.ts';
import { DEMO_SEARCH_WORDS } from './demo-library-data.ts';
import { seedDemo } from './seed.ts';

async function pdfText(bytes: Buffer): Promise<string> {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
  }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    parts.push(content.items.map((i) => ('str' in i ? i.str : '')).join(''));
  }
  await doc.destroy();
  return parts.join('\n');
}

describe('the demo library after seeding', () => {
  let db: TestApp;
  before(async () => {
    db = await createTestApp();
    await seedDemo(db.deps);
  });
  after(() => db.close());

  const resources = () =>
    db.deps.db
      .selectFrom('resources as r')
      .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
      .select(['r.id', 'r.slug', 'r.kind', 'r.status', 'r.year', 'r.is_demo', 'r.languages'])
      .select(['r.created_by', 'r.link_url', 'o.slug as owner'])
      .execute();

  it('publishes at least 40 demo resources of every kind, on every theme, from 2005 to 2013', async () => {
    const published = (await resources()).filter((r) => r.status === 'published');
    assert.ok(published.length >= 40, `${published.length} published`);
    assert.ok(published.every((r) => Number(r.is_demo) === 1));
    assert.deepEqual(new Set(published.map((r) => r.kind)), new Set(RESOURCE_KINDS));
    assert.ok(published.every((r) => r.year !== null && r.year >= 2005 && r.year <= 2013));
    const years = new Set(published.map((r) => r.year));
    assert.ok(years.has(2005) && years.has(2013));
    const themes = await db.deps.db
      .selectFrom('resource_themes')
      .select('theme_id')
      .distinct()
      .execute();
    assert.equal(themes.length, 6);
    const owners = new Set(published.map((r) => r.owner));
    for (const partner of ['iom', 'jmdi', 'undp', 'unicef', 'unu-barcelona', 'antwerp'])
      assert.ok(owners.has(partner), partner);
  });

  it('has titles in English, French and Spanish, some in Arabic, Russian and Chinese', async () => {
    const rows = await db.deps.db
      .selectFrom('resource_translations')
      .select(['language'])
      .execute();
    const count = (lang: string) => rows.filter((r) => r.language === lang).length;
    for (const lang of ['en', 'fr', 'es']) assert.ok(count(lang) >= 10, lang);
    for (const lang of ['ar', 'ru', 'zh']) assert.ok(count(lang) >= 1, lang);
  });

  it('gives resources real PDFs, some in two or three languages, whose text is extracted', async () => {
    const files = await db.deps.db
      .selectFrom('resource_files')
      .select(['resource_id', 'file_id', 'language', 'extraction_status', 'extracted_text'])
      .execute();
    assert.ok(files.every((f) => f.extraction_status === 'done' && f.extracted_text !== ''));
    const perResource = new Map<number, Set<string>>();
    for (const f of files)
      perResource.set(f.resource_id, (perResource.get(f.resource_id) ?? new Set()).add(f.language));
    const multilingual = [...perResource.values()].filter((langs) => langs.size >= 2);
    assert.ok(multilingual.length >= 10, `${multilingual.length} with two or more languages`);
    assert.ok(multilingual.some((langs) => langs.size === 3));
    // Link and video resources have a link instead of a file.
    const noFile = (await resources()).filter((r) => !perResource.has(r.id));
    assert.ok(noFile.filter((r) => r.status === 'published').every((r) => r.link_url !== ''));
  });

  it('hides words in PDFs that no title or summary has, and a PDF reader finds them', async () => {
    const titles = await db.deps.db
      .selectFrom('resource_translations')
      .select(['title', 'summary'])
      .execute();
    const shown = foldForSearch(titles.map((t) => `${t.title} ${t.summary}`).join('\n'));
    const files = await db.deps.db
      .selectFrom('resource_files')
      .select(['file_id', 'language', 'extracted_text'])
      .execute();
    for (const { word, language } of DEMO_SEARCH_WORDS) {
      const folded = foldForSearch(word);
      assert.ok(!shown.includes(folded), `${word} is in a title or summary`);
      const file = files.find(
        (f) => f.language === language && foldForSearch(f.extracted_text).includes(folded),
      );
      assert.ok(file, `no ${language} PDF with ${word}`);
      const stored = await openFile(db.deps.db, file.file_id);
      assert.ok(foldForSearch(await pdfText(stored!.bytes)).includes(folded), word);
    }
  });

  it('finds each hidden word with the library search, in the resource whose PDF holds it', async () => {
    const files = await db.deps.db
      .selectFrom('resource_files as f')
      .innerJoin('resources as r', 'r.id', 'f.resource_id')
      .select(['r.slug', 'r.status', 'f.extracted_text'])
      .execute();
    const visitor = new Client(db.app);
    for (const { word } of DEMO_SEARCH_WORDS) {
      const holder = files.find(
        (f) =>
          f.status === 'published' && foldForSearch(f.extracted_text).includes(foldForSearch(word)),
      );
      const res = await visitor.get(`/library?q=${encodeURIComponent(word)}`);
      assert.equal(res.statusCode, 200);
      assert.ok(res.body.includes(`href="/library/${holder!.slug}"`), word);
    }
  });

  it('holds the outcome document of the July 2012 Antwerp meeting, used by that event', async () => {
    const row = await db.deps.db
      .selectFrom('resources as r')
      .innerJoin('resource_uses as u', 'u.resource_id', 'r.id')
      .innerJoin('events as e', 'e.id', 'u.event_id')
      .select(['r.kind', 'r.year', 'e.slug'])
      .where('r.kind', '=', 'outcome_document')
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, {
      kind: 'outcome_document',
      year: 2012,
      slug: 'expert-meeting-antwerp-2012',
    });
    const courseUses = await db.deps.db
      .selectFrom('resource_uses')
      .select('id')
      .where('course_id', 'is not', null)
      .execute();
    assert.ok(courseUses.length >= 1);
  });

  it('leaves drafts and resources in review by the IOM partner editor, with their changes', async () => {
    const editor = await db.deps.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'editor.iom@demo.lphm.example')
      .executeTakeFirstOrThrow();
    const pending = (await resources()).filter((r) => r.status !== 'published');
    assert.deepEqual(pending.map((r) => r.status).sort(), [
      'draft',
      'draft',
      'in_review',
      'in_review',
    ]);
    assert.ok(pending.every((r) => r.owner === 'iom' && r.created_by === editor.id));
    const changes = await db.deps.db
      .selectFrom('resource_changes')
      .select(['resource_id', 'action'])
      .execute();
    for (const r of await resources())
      assert.ok(
        changes.some((c) => c.resource_id === r.id && c.action === 'created'),
        r.slug,
      );
    assert.equal(changes.filter((c) => c.action === 'submitted').length, 2);
  });

  it('credits demo experts as authors of some resources', async () => {
    const rows = await db.deps.db
      .selectFrom('resource_experts as re')
      .innerJoin('resources as r', 'r.id', 're.resource_id')
      .innerJoin('experts as x', 'x.id', 're.expert_id')
      .innerJoin('users as u', 'u.id', 'x.user_id')
      .select(['r.authors', 'u.name'])
      .execute();
    assert.ok(rows.length >= 8);
    assert.ok(rows.every((r) => r.authors.split('\n').includes(r.name)));
  });

  it('adds nothing when the seed runs again', async () => {
    const before = (await resources()).length;
    assert.equal(await seedDemo(db.deps), null);
    assert.equal((await resources()).length, before);
  });
});
