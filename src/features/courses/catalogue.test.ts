import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app.ts';
import type { Deps } from '../../deps.ts';
import { bumpCacheVersion } from '../../db/cache-versions.queries.ts';
import { CATALOGUE_SCOPES } from './catalogue-cache.ts';
import { insertCourse, upsertTranslation } from './courses.queries.ts';
import { insertLesson, upsertLessonText } from './lessons.queries.ts';
import { updateStatus } from './review.queries.ts';
import { insertModule } from './structure.queries.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { createThemes } from '../../../test/factories/themes.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';

// Counts the queries the app runs, to check a catalogue page costs a fixed number of them.
class QueryCounter implements KyselyPlugin {
  executed = 0;
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    this.executed++;
    return args.result;
  }
}

interface Spec {
  slug: string;
  texts: Record<string, { title: string; summary?: string; objectives?: string }>;
  format?: string;
  level?: string;
  themeIds: number[];
  organisationId: number;
  partnerIds?: number[];
  status?: 'draft' | 'in_review' | 'published';
}

let clock = Date.parse('2026-01-01T00:00:00Z');

async function course(deps: Deps, createdBy: number, spec: Spec): Promise<number> {
  const now = new Date((clock += 60_000)).toISOString();
  const [first, ...others] = Object.entries(spec.texts);
  const text = (language: string, t: Spec['texts'][string]) => ({
    language,
    title: t.title,
    summary: t.summary ?? '',
    objectives: t.objectives ?? '',
  });
  const id = await insertCourse(
    deps.db,
    { slug: spec.slug, organisationId: spec.organisationId, createdBy, isDemo: false },
    text(first![0], first![1]),
    {
      format: spec.format ?? 'self_paced',
      level: spec.level ?? 'introductory',
      durationHours: 6,
      themeIds: spec.themeIds,
      partnerIds: spec.partnerIds ?? [],
    },
    now,
  );
  for (const [language, t] of others) await upsertTranslation(deps.db, id, text(language, t));
  const status = spec.status ?? 'published';
  if (status !== 'draft')
    await updateStatus(
      deps.db,
      id,
      { from: ['draft'], to: status, ...(status === 'published' ? { publishedAt: now } : {}) },
      now,
    );
  return id;
}

const slugsIn = (body: string) =>
  [...body.matchAll(/<a href="\/courses\/([a-z0-9-]+)"/g)].map((m) => m[1]!);

describe('public course catalogue', () => {
  let t: TestApp;
  let app: FastifyInstance;
  const counter = new QueryCounter();
  let theme: string[];
  let orgA: { id: number; slug: string };

  before(async () => {
    t = await createTestApp();
    app = await buildApp({ ...t.deps, db: t.deps.db.withPlugin(counter) });
    await app.ready();
    const deps = t.deps;
    const themes = await createThemes(deps);
    theme = Object.keys(themes);
    const ids = Object.values(themes);
    const author = await createOfficial(deps);
    orgA = await createOrganisation(deps, { name: 'Alpha City Council' });
    const orgB = await createOrganisation(deps, { name: 'Beta Migration Network' });
    const welcome = await course(deps, author.id, {
      slug: 'welcoming-newcomers',
      texts: {
        en: {
          title: 'Welcoming newcomers in city hall',
          summary: 'Front desks that work for everyone.',
          objectives: 'Map local services\nTrain front-desk staff',
        },
        fr: {
          title: "Accueillir les nouveaux arrivants à l'hôtel de ville",
          summary: "Des guichets pour l'intégration de tous.",
          objectives: 'Cartographier les services locaux\nFormer le personnel d’accueil',
        },
      },
      themeIds: [ids[0]!],
      organisationId: orgA.id,
    });
    const moduleId = await insertModule(deps.db, welcome, { language: 'en', title: 'First steps' });
    const lesson = await insertLesson(
      deps.db,
      moduleId,
      { language: 'en', title: 'Who arrives' },
      new Date().toISOString(),
    );
    await upsertLessonText(deps.db, lesson, { language: 'fr', title: 'Qui arrive', body: '' });
    await course(deps, author.id, {
      slug: 'arabic-course',
      texts: { ar: { title: 'إدماج المهاجرين في المدن', summary: 'دورة للبلديات' } },
      format: 'blended',
      level: 'advanced',
      themeIds: [ids[1]!],
      organisationId: orgB.id,
      partnerIds: [orgA.id],
    });
    await course(deps, author.id, {
      slug: 'chinese-course',
      texts: { zh: { title: '城市移民融合课程', summary: '面向地方政府' } },
      format: 'facilitated',
      level: 'intermediate',
      themeIds: [ids[1]!],
      organisationId: orgB.id,
    });
    await course(deps, author.id, {
      slug: 'secret-draft',
      texts: { en: { title: 'Secret draft newcomers' } },
      themeIds: [ids[0]!],
      organisationId: orgA.id,
      status: 'draft',
    });
    await course(deps, author.id, {
      slug: 'under-review',
      texts: { en: { title: 'Under review newcomers' } },
      themeIds: [ids[0]!],
      organisationId: orgA.id,
      status: 'in_review',
    });
    for (let i = 0; i < 25; i++)
      await course(deps, author.id, {
        slug: `bulk-${i}`,
        texts: { en: { title: `Bulk course ${String(i).padStart(2, '0')}` } },
        themeIds: [ids[2]!],
        organisationId: orgB.id,
      });
  });
  after(async () => {
    await app.close();
    await t.close();
  });

  async function slugs(url: string, lang = 'en'): Promise<string[]> {
    const client = new Client(app);
    client.lang = lang;
    const res = await client.get(url);
    assert.equal(res.statusCode, 200, url);
    return slugsIn(res.body);
  }

  it('shows published courses only, newest first, to anonymous visitors', async () => {
    const all = [...(await slugs('/courses')), ...(await slugs('/courses?page=2'))];
    assert.equal(all.length, 28);
    assert.equal(all[0], 'bulk-24');
    assert.ok(!all.includes('secret-draft') && !all.includes('under-review'));
    assert.deepEqual(await slugs('/courses?q=secret'), []);
  });

  it('filters by theme, content language, format, level and partner, alone and combined', async () => {
    assert.deepEqual(await slugs(`/courses?theme=${theme[0]}`), ['welcoming-newcomers']);
    assert.deepEqual(await slugs('/courses?language=fr'), ['welcoming-newcomers']);
    assert.deepEqual(await slugs('/courses?format=blended'), ['arabic-course']);
    assert.deepEqual(await slugs('/courses?level=intermediate'), ['chinese-course']);
    assert.deepEqual((await slugs(`/courses?partner=${orgA.slug}`)).sort(), [
      'arabic-course',
      'welcoming-newcomers',
    ]);
    assert.deepEqual(await slugs(`/courses?theme=${theme[1]}&format=facilitated`), [
      'chinese-course',
    ]);
    assert.deepEqual(await slugs(`/courses?theme=${theme[1]}&partner=${orgA.slug}`), [
      'arabic-course',
    ]);
    assert.deepEqual(await slugs(`/courses?theme=${theme[0]}&level=advanced`), []);
  });

  it('searches titles and summaries in English, French, Arabic and Chinese', async () => {
    assert.deepEqual(await slugs('/courses?q=NEWCOMERS'), ['welcoming-newcomers']);
    assert.deepEqual(await slugs('/courses?q=' + encodeURIComponent('intégration')), [
      'welcoming-newcomers',
    ]);
    assert.deepEqual(await slugs('/courses?q=' + encodeURIComponent('المهاجرين')), [
      'arabic-course',
    ]);
    assert.deepEqual(await slugs('/courses?q=' + encodeURIComponent('移民')), ['chinese-course']);
    assert.deepEqual(await slugs('/courses?q=' + encodeURIComponent('%')), []);
    assert.deepEqual(await slugs('/courses?q=' + encodeURIComponent('_')), []);
  });

  it('ranks search results newest first among equals and pages through them without repeats, keeping filters', async () => {
    const first = await new Client(app).get('/courses?q=bulk');
    const one = slugsIn(first.body);
    assert.equal(one.length, 20);
    assert.deepEqual(one.slice(0, 2), ['bulk-24', 'bulk-23']);
    const next = /<a href="([^"]+)" rel="next"/.exec(first.body)![1]!.replaceAll('&amp;', '&');
    assert.equal(next, '/courses?q=bulk&page=2');
    const two = await slugs(next);
    assert.equal(two.length, 5);
    assert.equal(new Set([...one, ...two]).size, 25);
  });

  it('shows titles in the reader language and marks a fallback with its language', async () => {
    const client = new Client(app);
    client.lang = 'fr';
    const body = (await client.get('/courses?theme=' + theme[1])).body;
    assert.match(
      body,
      /<h3 lang="ar" dir="rtl"><a href="\/courses\/arabic-course">إدماج المهاجرين/,
    );
    const fr = (await client.get('/courses?language=fr')).body;
    assert.match(fr, /<h3><a href="\/courses\/welcoming-newcomers">Accueillir/);
  });

  it('answers unknown filter values with a 400 that names the problem', async () => {
    for (const url of [
      '/courses?format=online',
      '/courses?level=expert',
      '/courses?language=xx',
      '/courses?theme=no-such-theme',
      '/courses?partner=no-such-partner',
      '/courses?page=0',
    ]) {
      const res = await new Client(app).get(url);
      assert.equal(res.statusCode, 400, url);
      assert.match(res.body, /class="error-summary|role="alert"/, url);
    }
  });

  it('costs the same number of queries for a page of 1 or 20 courses', async () => {
    const count = async (url: string) => {
      await bumpCacheVersion(t.deps.db, 'courses'); // a fresh page, not the cached one
      counter.executed = 0;
      assert.equal((await new Client(app).get(url)).statusCode, 200);
      return counter.executed;
    };
    const one = await count('/courses?format=blended');
    const twenty = await count(`/courses?theme=${theme[2]}`);
    assert.equal(one, twenty);
    // Besides the render, the page cache reads each of its scopes' versions once.
    const most = 8 + CATALOGUE_SCOPES.length;
    assert.ok(twenty <= most, `at most ${most} queries, got ${twenty}`);
  });

  it('shows a published course with objectives, syllabus, partners and an honest notice', async () => {
    const client = new Client(app);
    client.lang = 'fr';
    const res = await client.get('/courses/welcoming-newcomers');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Cartographier les services locaux/);
    assert.match(res.body, /<h3 lang="en" dir="ltr">First steps<\/h3>/);
    assert.match(res.body, /Qui arrive/);
    assert.match(res.body, /href="\/organisations\/[^"]+">Alpha City Council/);
    assert.match(res.body, new RegExp(`href="/themes/${theme[0]}"`));
    assert.doesNotMatch(res.body, /<form[^>]+method="post"/i);
  });

  it('answers 404 for unknown, draft and in-review courses', async () => {
    for (const slug of ['no-such-course', 'secret-draft', 'under-review', 'BAD%20slug'])
      assert.equal((await new Client(app).get(`/courses/${slug}`)).statusCode, 404, slug);
  });

  it('lists the published courses of a theme and of a credited organisation on their pages', async () => {
    assert.deepEqual((await slugs(`/themes/${theme[1]}`)).sort(), [
      'arabic-course',
      'chinese-course',
    ]);
    assert.deepEqual(await slugs(`/themes/${theme[3]}`), []);
    assert.deepEqual((await slugs(`/organisations/${orgA.slug}`)).sort(), [
      'arabic-course',
      'welcoming-newcomers',
    ]);
    const body = (await new Client(app).get(`/organisations/${orgA.slug}`)).body;
    assert.match(body, new RegExp(`href="/courses\\?partner=${orgA.slug}"`));
  });
});
