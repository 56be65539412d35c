import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.ts';
import { DEMO_COURSES } from './demo-courses.ts';
import { seedDemo } from './seed.ts';

const LANGUAGES = ['fr', 'es'] as const;

describe('demo courses after seeding', () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase();
    await seedDemo(db.deps);
  });
  after(() => db.close());

  async function courses() {
    return db.deps.db
      .selectFrom('courses as c')
      .innerJoin('course_themes as ct', 'ct.course_id', 'c.id')
      .innerJoin('themes as t', 't.id', 'ct.theme_id')
      .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
      .select(['c.id', 'c.slug', 'c.status', 'c.is_demo', 'c.format', 'c.published_at'])
      .select(['t.slug as theme', 'o.slug as owner'])
      .execute();
  }

  it('publishes every demo course, marked as demo data, at least one per theme', async () => {
    const rows = await courses();
    assert.equal(rows.length, 6);
    assert.deepEqual(rows.map((c) => c.slug).sort(), DEMO_COURSES.map((c) => c.slug).sort());
    assert.ok(rows.every((c) => c.status === 'published' && c.published_at !== null));
    assert.ok(rows.every((c) => Number(c.is_demo) === 1));
    const themes = new Set(rows.map((c) => c.theme));
    assert.equal((await db.deps.db.selectFrom('themes').select('id').execute()).length, 6);
    assert.equal(themes.size, 6);
  });

  it('gives every course modules and text lessons with English bodies', async () => {
    const lessons = await db.deps.db
      .selectFrom('lessons as l')
      .innerJoin('course_modules as m', 'm.id', 'l.module_id')
      .innerJoin('lesson_translations as lt', 'lt.lesson_id', 'l.id')
      .select(['m.course_id', 'l.kind', 'lt.body'])
      .where('lt.language', '=', 'en')
      .execute();
    for (const c of await courses()) {
      // Each course also ends with a quiz (demo-quizzes.test.ts checks those).
      const own = lessons.filter((l) => l.course_id === c.id && l.kind !== 'quiz');
      assert.ok(own.length >= 3, `${c.slug} has ${own.length} lessons`);
      assert.ok(own.every((l) => l.kind === 'text' && l.body.length > 300));
    }
  });

  it('holds the facts of the platform’s first course, owned by UNITAR with Flanders credited', async () => {
    const first = (await courses()).find(
      (c) => c.slug === 'public-perceptions-communication-media',
    );
    assert.equal(first?.owner, 'unitar');
    assert.equal(first?.format, 'blended');
    assert.equal(first?.theme, 'social-cohesion');
    const text = await db.deps.db
      .selectFrom('course_translations')
      .select(['title', 'summary'])
      .where('course_id', '=', first!.id)
      .where('language', '=', 'en')
      .executeTakeFirstOrThrow();
    assert.match(text.title, /^Addressing public perceptions of migrants, mastering communication/);
    assert.match(text.summary, /15–16 May 2013 in Antwerp/);
    for (const city of ['Antwerp', 'Płock', 'Durban', 'Diourbel', 'Red Star Line Museum'])
      assert.ok(text.summary.includes(city), city);
    const partners = await db.deps.db
      .selectFrom('course_partners as cp')
      .innerJoin('organisations as o', 'o.id', 'cp.organisation_id')
      .select('o.slug')
      .where('cp.course_id', '=', first!.id)
      .execute();
    assert.deepEqual(partners.map((p) => p.slug).sort(), ['flanders', 'unitar']);
    const modules = await db.deps.db
      .selectFrom('course_modules')
      .select('id')
      .where('course_id', '=', first!.id)
      .execute();
    assert.equal(modules.length, 3);
  });

  it('titles and summarises every course in all six languages', async () => {
    const texts = await db.deps.db
      .selectFrom('course_translations')
      .select(['course_id', 'language', 'title', 'summary'])
      .execute();
    for (const c of await courses()) {
      const own = texts.filter((t) => t.course_id === c.id && t.title !== '' && t.summary !== '');
      assert.deepEqual(own.map((t) => t.language).sort(), ['ar', 'en', 'es', 'fr', 'ru', 'zh']);
    }
  });

  it('has two courses complete in French or Spanish: objectives, every module and every lesson', async () => {
    const t = db.deps.db;
    const complete: string[] = [];
    for (const c of await courses()) {
      const courseLangs = (
        await t
          .selectFrom('course_translations')
          .select(['language', 'objectives'])
          .where('course_id', '=', c.id)
          .execute()
      )
        .filter((r) => r.objectives !== '')
        .map((r) => r.language);
      const modules = await t
        .selectFrom('course_modules as m')
        .leftJoin('course_module_translations as mt', 'mt.module_id', 'm.id')
        .select(['m.id', 'mt.language'])
        .where('m.course_id', '=', c.id)
        .execute();
      const lessons = await t
        .selectFrom('lessons as l')
        .innerJoin('course_modules as m', 'm.id', 'l.module_id')
        .leftJoin('lesson_translations as lt', 'lt.lesson_id', 'l.id')
        .select(['l.id', 'lt.language', 'lt.body'])
        .where('m.course_id', '=', c.id)
        .execute();
      for (const language of LANGUAGES) {
        const has = (rows: Array<{ id: number; language: string | null }>) =>
          new Set(rows.map((r) => r.id)).size ===
          new Set(rows.filter((r) => r.language === language).map((r) => r.id)).size;
        const bodies = lessons.filter((l) => l.language === language).every((l) => l.body !== '');
        if (courseLangs.includes(language) && has(modules) && has(lessons) && bodies)
          complete.push(`${c.slug}:${language}`);
      }
    }
    assert.ok(complete.includes('public-perceptions-communication-media:fr'), complete.join());
    assert.ok(complete.includes('inclusive-schooling-language-support:es'), complete.join());
  });
});
