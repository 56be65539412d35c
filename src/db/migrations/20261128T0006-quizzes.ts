import type { Kysely } from 'kysely';
import { withId } from './helpers.ts';

// Quizzes: settings per quiz lesson, questions and choices with their text per language, accepted
// answers of short-text questions, and learners' attempts.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('quizzes')
    .addColumn('lesson_id', 'integer', (c) =>
      c.primaryKey().references('lessons.id').onDelete('cascade'),
    )
    .addColumn('pass_mark', 'integer', (c) => c.notNull()) // percent, 0–100
    .addColumn('max_attempts', 'integer') // null: unlimited
    .addColumn('time_limit_minutes', 'integer') // null: no time limit
    .addColumn('shuffle', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('quiz_questions'))
    .addColumn('lesson_id', 'integer', (c) =>
      c.notNull().references('lessons.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // single | multiple | true_false | short_text
    .addColumn('points', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  // Unique: two questions never share a place, even when two editors add one at once.
  await db.schema
    .createIndex('quiz_questions_position_idx')
    .on('quiz_questions')
    .columns(['lesson_id', 'position'])
    .unique()
    .execute();
  await db.schema
    .createTable('quiz_question_translations')
    .addColumn('question_id', 'integer', (c) =>
      c.notNull().references('quiz_questions.id').onDelete('cascade'),
    )
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('prompt', 'text', (c) => c.notNull())
    .addColumn('explanation', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('quiz_question_translations_pk', ['question_id', 'language'])
    .execute();

  await withId(db, db.schema.createTable('quiz_choices'))
    .addColumn('question_id', 'integer', (c) =>
      c.notNull().references('quiz_questions.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('is_correct', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('quiz_choices_position_idx')
    .on('quiz_choices')
    .columns(['question_id', 'position'])
    .unique()
    .execute();
  await db.schema
    .createTable('quiz_choice_translations')
    .addColumn('choice_id', 'integer', (c) =>
      c.notNull().references('quiz_choices.id').onDelete('cascade'),
    )
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('feedback', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('quiz_choice_translations_pk', ['choice_id', 'language'])
    .execute();

  // Stored normalised (see quizzes.grading.ts), so a match is an equality test.
  await db.schema
    .createTable('quiz_accepted_answers')
    .addColumn('question_id', 'integer', (c) =>
      c.notNull().references('quiz_questions.id').onDelete('cascade'),
    )
    .addColumn('answer', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('quiz_accepted_answers_pk', ['question_id', 'answer'])
    .execute();

  await withId(db, db.schema.createTable('quiz_attempts'))
    .addColumn('enrolment_id', 'integer', (c) =>
      c.notNull().references('enrolments.id').onDelete('cascade'),
    )
    .addColumn('lesson_id', 'integer', (c) =>
      c.notNull().references('lessons.id').onDelete('cascade'),
    )
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // open | submitted | expired
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('deadline_at', 'text') // null: no time limit
    .addColumn('submitted_at', 'text')
    .addColumn('score', 'integer') // percent of the points, rounded down
    .addColumn('points', 'integer')
    .addColumn('max_points', 'integer')
    .addColumn('passed', 'integer')
    .addColumn('answers', 'text', (c) => c.notNull().defaultTo('[]')) // JSON, graded per question
    .execute();
  // One attempt per number: two concurrent starts cannot both create attempt n+1.
  await db.schema
    .createIndex('quiz_attempts_number_idx')
    .on('quiz_attempts')
    .columns(['enrolment_id', 'lesson_id', 'number'])
    .unique()
    .execute();
  await db.schema
    .createIndex('quiz_attempts_lesson_idx')
    .on('quiz_attempts')
    .column('lesson_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'quiz_attempts',
    'quiz_accepted_answers',
    'quiz_choice_translations',
    'quiz_choices',
    'quiz_question_translations',
    'quiz_questions',
    'quizzes',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
