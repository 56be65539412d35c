import { nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import * as q from './courses.queries.ts';
import { canDeleteContent } from './courses.policy.ts';
import { parseId, type LessonInput, type ModuleInput } from './courses.schema.ts';
import { loadEditableCourse, requireAuthor, type Course } from './courses.service.ts';
import * as l from './lessons.queries.ts';
import * as s from './structure.queries.ts';
import { loadModule, retryOnDuplicate } from './structure.service.ts';

// Lessons of a module: add, edit (text per language, kind, video link), reorder and delete. Like
// module changes, each transaction touches (and so locks) the course row first.

/** A lesson the actor may see or change, with its course; another organisation's is 404 / 403. */
export async function loadLesson(
  deps: Deps,
  actor: Actor | null,
  id: string,
  mode: 'view' | 'change',
): Promise<{ who: Actor; course: Course; lesson: l.LessonRow }> {
  requireAuthor(actor);
  const lessonId = parseId(id);
  const lesson = lessonId === null ? undefined : await l.selectLesson(deps.db, lessonId);
  if (!lesson) throw new AppError('NOT_FOUND', 'courses.errors.lessonNotFound');
  const { who, course } = await loadEditableCourse(deps, actor, lesson.courseId, mode);
  return { who, course, lesson };
}

/** Adds a text lesson at the end of a module. */
export async function addLesson(
  deps: Deps,
  actor: Actor | null,
  moduleId: string,
  input: ModuleInput,
): Promise<{ courseId: number; lessonId: number }> {
  const { who, course, module } = await loadModule(deps, actor, moduleId);
  const lessonId = await retryOnDuplicate(() =>
    deps.db.transaction().execute(async (tx) => {
      await q.touchCourse(tx, course.id, nowIso());
      const now = nowIso();
      const id = await l.insertLesson(tx, module.id, input, now);
      await q.insertAuditEvent(
        tx,
        {
          actorId: who.id,
          action: 'course.lesson.add',
          subjectId: course.id,
          details: { lessonId: id },
        },
        now,
      );
      return id;
    }),
  );
  return { courseId: course.id, lessonId };
}

/** A lesson's editing page: the lesson, its texts in every language, and its course. */
export async function getLessonEditor(
  deps: Deps,
  actor: Actor | null,
  id: string,
): Promise<{
  course: Course;
  lesson: l.LessonRow;
  texts: l.LessonText[];
  courseTitles: q.CourseText[];
}> {
  const { course, lesson } = await loadLesson(deps, actor, id, 'view');
  const [texts, courseTitles] = await Promise.all([
    l.selectLessonTexts(deps.db, lesson.id),
    q.selectTranslations(deps.db, course.id),
  ]);
  return { course, lesson, texts, courseTitles };
}

/** Saves a lesson's text in one language and its kind, video link and required flag. */
export async function saveLesson(
  deps: Deps,
  actor: Actor | null,
  id: string,
  input: LessonInput,
): Promise<{ lessonId: number }> {
  const { who, course, lesson } = await loadLesson(deps, actor, id, 'change');
  await deps.db.transaction().execute(async (tx) => {
    await q.touchCourse(tx, course.id, nowIso());
    const now = nowIso();
    await l.upsertLessonText(tx, lesson.id, {
      language: input.language,
      title: input.title,
      body: input.body,
    });
    await l.updateLesson(
      tx,
      lesson.id,
      {
        kind: input.kind,
        videoUrl: input.kind === 'video' ? input.video_url : '',
        isRequired: input.is_required,
      },
      now,
    );
    await q.insertAuditEvent(
      tx,
      {
        actorId: who.id,
        action: 'course.lesson.update',
        subjectId: course.id,
        details: { lessonId: lesson.id, language: input.language },
      },
      now,
    );
  });
  return { lessonId: lesson.id };
}

/** Moves a lesson one place up or down within its module (400 at either end). */
export async function moveLesson(
  deps: Deps,
  actor: Actor | null,
  id: string,
  direction: 'up' | 'down',
): Promise<{ courseId: number }> {
  const { course, lesson } = await loadLesson(deps, actor, id, 'change');
  await deps.db.transaction().execute(async (tx) => {
    await q.touchCourse(tx, course.id, nowIso());
    const current = await l.selectLesson(tx, lesson.id);
    const moved =
      current !== undefined &&
      (await s.swapWithNeighbour(
        tx,
        'lessons',
        { id: current.id, parentId: current.moduleId, position: current.position },
        direction,
      ));
    if (!moved) throw new AppError('VALIDATION', 'courses.errors.cannotMove');
  });
  return { courseId: course.id };
}

/** Deletes a lesson while the course is a draft; audited. */
export async function deleteLesson(
  deps: Deps,
  actor: Actor | null,
  id: string,
): Promise<{ courseId: number }> {
  const { who, course, lesson } = await loadLesson(deps, actor, id, 'change');
  if (!canDeleteContent(course)) throw new AppError('CONFLICT', 'courses.errors.deleteOnlyDraft');
  await deps.db.transaction().execute(async (tx) => {
    await q.touchCourse(tx, course.id, nowIso());
    const current = await l.selectLesson(tx, lesson.id);
    if (!current) throw new AppError('NOT_FOUND', 'courses.errors.lessonNotFound');
    const now = nowIso();
    await s.deleteAndClose(tx, 'lessons', {
      id: current.id,
      parentId: current.moduleId,
      position: current.position,
    });
    await q.insertAuditEvent(
      tx,
      {
        actorId: who.id,
        action: 'course.lesson.delete',
        subjectId: course.id,
        details: { lessonId: lesson.id },
      },
      now,
    );
  });
  return { courseId: course.id };
}
