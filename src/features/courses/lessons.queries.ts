import type { Db } from '../../db/database.ts';
import { nextPosition } from '../../db/positions.queries.ts';
import { group } from './structure.queries.ts';

// SQL for lessons: their rows and their text per language.

export interface LessonRow {
  id: number;
  moduleId: number;
  courseId: number;
  position: number;
  kind: string;
  videoUrl: string;
  isRequired: boolean;
  titles: Record<string, string>;
}

export interface LessonText {
  language: string;
  title: string;
  body: string;
}

function lessonsQuery(db: Db) {
  return db
    .selectFrom('lessons as l')
    .innerJoin('course_modules as m', 'm.id', 'l.module_id')
    .select([
      'l.id',
      'l.module_id as moduleId',
      'm.course_id as courseId',
      'l.position',
      'l.kind',
      'l.video_url as videoUrl',
      'l.is_required',
    ]);
}

type LessonBase = Omit<LessonRow, 'titles' | 'isRequired'> & { is_required: number };

async function withTitles(db: Db, rows: LessonBase[]): Promise<LessonRow[]> {
  const texts =
    rows.length === 0
      ? []
      : await db
          .selectFrom('lesson_translations')
          .select(['lesson_id as id', 'language', 'title'])
          .where(
            'lesson_id',
            'in',
            rows.map((r) => r.id),
          )
          .execute();
  return group(
    rows.map(({ is_required, ...r }) => ({ ...r, isRequired: Number(is_required) === 1 })),
    texts,
  );
}

/** Every lesson of a course, module by module, in order. */
export async function selectLessons(db: Db, courseId: number): Promise<LessonRow[]> {
  const rows = await lessonsQuery(db)
    .where('m.course_id', '=', courseId)
    .orderBy('m.position')
    .orderBy('l.position')
    .execute();
  return withTitles(db, rows);
}

export async function selectLesson(db: Db, id: number): Promise<LessonRow | undefined> {
  const rows = await lessonsQuery(db).where('l.id', '=', id).execute();
  return (await withTitles(db, rows))[0];
}

export async function selectLessonTexts(db: Db, lessonId: number): Promise<LessonText[]> {
  return db
    .selectFrom('lesson_translations')
    .select(['language', 'title', 'body'])
    .where('lesson_id', '=', lessonId)
    .orderBy('language')
    .execute();
}

/** A text lesson at the end of the module, titled in one language. */
export async function insertLesson(
  db: Db,
  moduleId: number,
  text: { language: string; title: string },
  now: string,
): Promise<number> {
  const position = await nextPosition(db, 'lessons', moduleId);
  const { id } = await db
    .insertInto('lessons')
    .values({
      module_id: moduleId,
      position,
      kind: 'text',
      video_url: '',
      is_required: 1,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await upsertLessonText(db, id, { ...text, body: '' });
  return id;
}

export async function upsertLessonText(db: Db, lessonId: number, text: LessonText): Promise<void> {
  const values = { title: text.title, body: text.body };
  await db
    .insertInto('lesson_translations')
    .values({ lesson_id: lessonId, language: text.language, ...values })
    .onConflict((oc) => oc.columns(['lesson_id', 'language']).doUpdateSet(values))
    .execute();
}

export async function updateLesson(
  db: Db,
  lessonId: number,
  fields: { kind: string; videoUrl: string; isRequired: boolean },
  now: string,
): Promise<void> {
  await db
    .updateTable('lessons')
    .set({
      kind: fields.kind,
      video_url: fields.videoUrl,
      is_required: fields.isRequired ? 1 : 0,
      updated_at: now,
    })
    .where('id', '=', lessonId)
    .execute();
}

/** How many lessons the course has (a course goes to review only with at least one). */
export async function countLessons(db: Db, courseId: number): Promise<number> {
  const row = await db
    .selectFrom('lessons as l')
    .innerJoin('course_modules as m', 'm.id', 'l.module_id')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('m.course_id', '=', courseId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
