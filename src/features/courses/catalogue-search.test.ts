import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Deps } from '../../deps.ts';
import { catalogueFilterSchema } from './catalogue-schema.ts';
import { browseCatalogue } from './catalogue.service.ts';
import { insertCourse, upsertTranslation } from './courses.queries.ts';
import { updateStatus } from './review.queries.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { createThemes } from '../../../test/factories/themes.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';

// Ranked full-text search of the catalogue, on the database the tests run on (SQLite FTS5 or
// PostgreSQL pg_trgm): every script, case and accents folded, short terms, hostile input.

type Texts = Record<string, { title: string; summary?: string }>;

let clock = Date.parse('2026-02-01T00:00:00Z');

describe('catalogue search', () => {
  let t: TestApp;
  let add: (slug: string, texts: Texts) => Promise<number>;

  before(async () => {
    t = await createTestApp();
    const deps: Deps = t.deps;
    const themeId = Object.values(await createThemes(deps))[0]!;
    const author = await createOfficial(deps);
    const org = await createOrganisation(deps, { name: 'Search Test Council' });
    // Each course is published a minute after the previous one.
    add = async (slug, texts) => {
      const now = new Date((clock += 60_000)).toISOString();
      const [first, ...others] = Object.entries(texts).map(([language, x]) => ({
        language,
        title: x.title,
        summary: x.summary ?? '',
        objectives: '',
      }));
      const id = await insertCourse(
        deps.db,
        { slug, organisationId: org.id, createdBy: author.id, isDemo: false },
        first!,
        {
          format: 'self_paced',
          level: 'introductory',
          durationHours: 3,
          themeIds: [themeId],
          partnerIds: [],
        },
        now,
      );
      for (const text of others) await upsertTranslation(deps.db, id, text);
      await updateStatus(deps.db, id, { from: ['draft'], to: 'published', publishedAt: now }, now);
      return id;
    };
    await add('cohesion', {
      fr: { title: 'Cohésion sociale et intégration', summary: 'Pour les élus locaux.' },
      en: { title: 'Social cohesion and integration' },
    });
    await add('arabic', {
      ar: { title: 'التماسك الاجتماعي في المدن', summary: 'دورة للبلديات والمسؤولين المحليين' },
    });
    await add('chinese', { zh: { title: '城市移民融合政策', summary: '面向地方政府官员的课程' } });
    await add('russian', {
      ru: { title: 'МИГРАЦИЯ И ГОРОДА', summary: 'Городская политика приёма мигрантов' },
    });
    await add('summary-only', {
      en: { title: 'Working with the press', summary: 'Public perceptions of human mobility.' },
    });
    await add('title-old', { en: { title: 'Human mobility basics' } });
    await add('title-new', { en: { title: 'Mobility in human history' } });
    await add('symbols', {
      en: { title: 'Data (open) "quoted" at 50% off-line', summary: 'NEAR OR AND NOT * ^ -' },
    });
  });
  after(() => t.close());

  // Through the service: the tests change texts behind the page cache's back.
  async function search(q: string): Promise<string[]> {
    const filter = catalogueFilterSchema.parse({ q });
    return (await browseCatalogue(t.deps, 'en', filter)).entries.map((e) => e.slug);
  }

  it('finds Arabic, Chinese and Russian words in titles and summaries', async () => {
    assert.deepEqual(await search('الاجتماعي'), ['arabic']);
    assert.deepEqual(await search('للبلديات'), ['arabic']);
    assert.deepEqual(await search('移民融合'), ['chinese']);
    assert.deepEqual(await search('地方政府'), ['chinese']);
    assert.deepEqual(await search('миграция'), ['russian']);
  });

  it('folds case in every script, Cyrillic capitals included', async () => {
    assert.deepEqual(await search('ГОРОДСКАЯ'), ['russian']);
    assert.deepEqual(await search('Города'), ['russian']);
    assert.deepEqual(await search('SOCIAL COHESION'), ['cohesion']);
  });

  it('ignores accents both ways: "cohesion" finds "Cohésion" and "élus" finds "elus"', async () => {
    assert.deepEqual(await search('cohesion sociale'), ['cohesion']);
    assert.deepEqual(await search('COHÉSION'), ['cohesion']);
    assert.deepEqual(await search('INTEGRATION'), ['cohesion']);
    assert.deepEqual(await search('elus locaux'), ['cohesion']);
  });

  it('matches terms of one or two characters, Chinese included', async () => {
    assert.deepEqual(await search('移民'), ['chinese']);
    assert.deepEqual(await search('城'), ['chinese']);
    assert.deepEqual(await search('МИ ГОРОДА'), ['russian']);
    assert.deepEqual(await search('приёма ми'), ['russian']);
  });

  it('needs every term, in one translation', async () => {
    assert.deepEqual(await search('cohesion xyzzy'), []);
    assert.deepEqual(await search('移民 миграция'), []);
  });

  it('ranks title matches before summary-only matches, then the newest first', async () => {
    assert.deepEqual(await search('human mobility'), ['title-new', 'title-old', 'summary-only']);
  });

  it('reads search syntax and quotes as plain text, never as an error', async () => {
    for (const q of [
      '"',
      '""',
      '"unbalanced',
      "it's",
      '*',
      'mob*',
      'NEAR(a b)',
      'a OR b',
      '-',
      '-mobility',
      'title:human',
      '{title}: human',
      '(',
      ')',
      '[',
      ']',
      '[a-z]',
      '^',
      '\\',
      '%',
      '_',
      '?',
      "'; DROP TABLE courses; --",
    ]) {
      const res = await new Client(t.app).get(`/courses?q=${encodeURIComponent(q)}`);
      assert.equal(res.statusCode, 200, q);
    }
    assert.deepEqual(await search('"quoted"'), ['symbols']);
    assert.deepEqual(await search('50%'), ['symbols']);
    assert.deepEqual(await search('(open)'), ['symbols']);
    assert.deepEqual(await search('off-line'), ['symbols']);
    assert.deepEqual(await search('NEAR'), ['symbols']);
    assert.deepEqual(await search('*'), ['symbols']);
    assert.deepEqual(await search('mob*'), []);
    assert.deepEqual(await search('%'), ['symbols']);
    assert.deepEqual(await search('_'), []);
  });

  it('keeps the index in step when a translation is added, changed or removed', async () => {
    const id = await add('renamed', { en: { title: 'Reception desks' } });
    assert.deepEqual(await search('reception'), ['renamed']);
    await upsertTranslation(t.deps.db, id, {
      language: 'en',
      title: 'Front offices',
      summary: '',
      objectives: '',
    });
    assert.deepEqual(await search('reception'), []);
    assert.deepEqual(await search('front offices'), ['renamed']);
    await upsertTranslation(t.deps.db, id, {
      language: 'es',
      title: 'Oficinas de atención',
      summary: '',
      objectives: '',
    });
    assert.deepEqual(await search('atencion'), ['renamed']);
    await t.deps.db
      .deleteFrom('course_translations')
      .where('course_id', '=', id)
      .where('language', '=', 'es')
      .execute();
    assert.deepEqual(await search('atencion'), []);
  });
});
