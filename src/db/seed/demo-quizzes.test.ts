import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.ts';
import { isTakeable } from '../../features/quizzes/quizzes.policy.ts';
import { selectQuestions } from '../../features/quizzes/quizzes.queries.ts';
import { seedDemo } from './seed.ts';

describe('demo quizzes after seeding', () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase();
    await seedDemo(db.deps);
  });
  after(() => db.close());

  async function quizzes() {
    return db.deps.db
      .selectFrom('lessons as l')
      .innerJoin('course_modules as m', 'm.id', 'l.module_id')
      .innerJoin('courses as c', 'c.id', 'm.course_id')
      .select(['c.slug', 'l.id as lessonId'])
      .where('l.kind', '=', 'quiz')
      .execute();
  }

  it('gives every demo course one takeable quiz of 4–6 questions of mixed kinds, with explanations', async () => {
    const rows = await quizzes();
    const courses = await db.deps.db.selectFrom('courses').select('slug').execute();
    assert.deepEqual(rows.map((r) => r.slug).sort(), courses.map((c) => c.slug).sort());
    for (const { slug, lessonId } of rows) {
      const questions = await selectQuestions(db.deps.db, lessonId);
      assert.ok(questions.length >= 4 && questions.length <= 6, slug);
      assert.ok(new Set(questions.map((q) => q.kind)).size >= 3, `${slug} mixes kinds`);
      assert.ok(isTakeable(questions), `${slug} can be taken`);
      assert.ok(
        questions.every((q) => (q.texts.en?.explanation ?? '').length > 0),
        slug,
      );
      assert.ok(
        questions.some((q) => q.choices.some((c) => (c.texts.en?.feedback ?? '') !== '')),
        `${slug} has feedback on choices`,
      );
    }
  });

  it('writes the quiz in French or Spanish where the course’s lessons are', async () => {
    const rows = await quizzes();
    for (const [slug, language] of [
      ['public-perceptions-communication-media', 'fr'],
      ['inclusive-schooling-language-support', 'es'],
    ] as const) {
      const { lessonId } = rows.find((r) => r.slug === slug)!;
      const questions = await selectQuestions(db.deps.db, lessonId);
      for (const q of questions) {
        assert.ok(q.texts[language]?.prompt, `${slug} question ${q.position} in ${language}`);
        if (q.kind === 'single' || q.kind === 'multiple')
          assert.ok(q.choices.every((c) => c.texts[language]?.label));
      }
      const title = await db.deps.db
        .selectFrom('lesson_translations')
        .select('title')
        .where('lesson_id', '=', lessonId)
        .where('language', '=', language)
        .executeTakeFirst();
      assert.ok(title?.title);
    }
  });
});
