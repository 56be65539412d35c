import { nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { openFile, storeUpload, type FileContent, type Upload } from '../../files/index.ts';
import { AppError } from '../../web/errors.ts';
import type { Language } from '../../web/i18n.ts';
import type { Actor } from '../accounts/actor.ts';
import * as q from './courses.queries.ts';
import type { Course, CourseText } from './courses.service.ts';
import * as d from './document.queries.ts';
import { pickByLanguage } from './learning-path.ts';
import { openLesson } from './learning.service.ts';
import { loadLesson } from './lessons.service.ts';
import { selectLesson, type LessonRow } from './lessons.queries.ts';
import { contentLanguage } from './route-helpers.ts';

// Document lessons: editors of the course upload one file per content language; learners in a
// run download the one in their language (or another, said so).

export interface DocumentSetup {
  course: Course;
  courseTitles: CourseText[];
  lesson: LessonRow;
  documents: d.LessonDocument[];
}

/** A document lesson the actor may edit; another kind of lesson is a 409 (change its kind first). */
async function loadDocumentLesson(
  deps: Deps,
  actor: Actor | null,
  id: string,
  mode: 'view' | 'change',
) {
  const loaded = await loadLesson(deps, actor, id, mode);
  if (loaded.lesson.kind !== 'document')
    throw new AppError('CONFLICT', 'learning.document.errors.notDocument');
  return loaded;
}

/** The set-up page of a document lesson: its files per language. Editors of the course only. */
export async function getDocumentSetup(
  deps: Deps,
  actor: Actor | null,
  id: string,
): Promise<DocumentSetup> {
  const { course, lesson } = await loadDocumentLesson(deps, actor, id, 'view');
  const [courseTitles, documents] = await Promise.all([
    q.selectTranslations(deps.db, course.id),
    d.selectLessonDocuments(deps.db, lesson.id),
  ]);
  return { course, courseTitles, lesson, documents };
}

/** Checks, before a file is read, that the actor may change the document lesson. */
export async function requireDocumentEditor(
  deps: Deps,
  actor: Actor | null,
  id: string,
): Promise<void> {
  await loadDocumentLesson(deps, actor, id, 'change');
}

/** Stores an accepted upload as the lesson's file in one language (replacing one); audited. */
export async function saveLessonDocument(
  deps: Deps,
  actor: Actor | null,
  id: string,
  input: { language: Language; upload: Upload },
): Promise<{ lessonId: number }> {
  const { who, course, lesson } = await loadDocumentLesson(deps, actor, id, 'change');
  await deps.db.transaction().execute(async (tx) => {
    const now = nowIso();
    await q.touchCourse(tx, course.id, now);
    const file = await storeUpload(tx, input.upload);
    await d.upsertLessonDocument(
      tx,
      {
        lessonId: lesson.id,
        language: input.language,
        fileId: file.id,
        fileName: input.upload.name,
        uploadedBy: who.id,
      },
      now,
    );
    await q.insertAuditEvent(
      tx,
      {
        actorId: who.id,
        action: 'course.lesson.document',
        subjectId: course.id,
        details: { lessonId: lesson.id, language: input.language, fileId: file.id },
      },
      now,
    );
  });
  return { lessonId: lesson.id };
}

/**
 * A document lesson's file for a learner in the run, in the asked language or a fallback; 404
 * when the actor is not learning in the run, or the lesson has no file.
 */
export async function getLessonFile(
  deps: Deps,
  actor: Actor | null,
  params: { run: string; lesson: string },
  asked: unknown,
  reader: Language,
): Promise<{ name: string; file: FileContent }> {
  const { lessonId } = await openLesson(deps, actor, params);
  const [lesson, documents] = await Promise.all([
    selectLesson(deps.db, lessonId),
    d.selectLessonDocuments(deps.db, lessonId),
  ]);
  const language = contentLanguage(
    asked,
    documents.map((x) => x.language),
    reader,
  );
  // A lesson whose kind was changed keeps its files, but learners no longer see them.
  const chosen =
    lesson?.kind === 'document' ? pickByLanguage(documents, language, reader) : undefined;
  const file = chosen && (await openFile(deps.db, chosen.fileId));
  if (!chosen || !file) throw new AppError('NOT_FOUND', 'learning.errors.noDocument');
  return { name: chosen.fileName, file };
}
