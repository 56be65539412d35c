import { liveSessionsOfRun } from '../events/calendar.service.ts';
import type { EventSummary } from '../events/event-text.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Language } from '../../web/i18n.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import { selectCourseTexts } from './catalogue.queries.ts';
import { parseId } from './courses.schema.ts';
import { selectLessonDocuments, type LessonDocument } from './document.queries.ts';
import {
  continueLessonId,
  neighbours,
  offeredLanguages,
  pickByLanguage,
  pickText,
  progressOf,
  type Localised,
  type Progress,
} from './learning-path.ts';
import { canLearnIn, canMarkDone, canPreview } from './learning.policy.ts';
import * as lq from './learning.queries.ts';
import { selectLesson, selectLessons, selectLessonTexts } from './lessons.queries.ts';
import { completeLesson, recordActivity } from './progress.service.ts';
import { contentLanguage } from './route-helpers.ts';
import { requireLearnerEnrolment, requireLessonOfCourse } from './run-access.service.ts';
import { selectRunFor, type EnrolmentRef } from './run-access.queries.ts';
import { selectModules } from './structure.queries.ts';

// A learner's course home, lesson pages and "mark as done". Every entry point checks first that
// the actor is enrolled in the run (or may preview it) and that the lesson belongs to its course.

export interface SyllabusLesson {
  id: number;
  title: Localised;
  kind: string;
  videoUrl: string;
  isRequired: boolean;
  done: boolean;
}

export interface LearnerCourse {
  /** The enrolment's status; null when an editor or facilitator previews the run unenrolled. */
  status: string | null;
  run: lq.RunSummary;
  title: Localised;
  /** The content languages the course is offered in, and the one chosen. */
  languages: string[];
  language: Language;
  /** The language the learner wants: the one asked for, else the interface's (fallbacks say so). */
  wanted: Language;
  modules: Array<{ id: number; title: Localised; lessons: SyllabusLesson[] }>;
  progress: Progress;
  continueLessonId: number | null;
}

export interface LearnerLesson {
  course: LearnerCourse;
  lesson: SyllabusLesson & { body: Localised; moduleTitle: Localised };
  previous: SyllabusLesson | null;
  next: SyllabusLesson | null;
  /** A document lesson's file in the chosen language, or a visible fallback. */
  document?: LessonDocument;
}

/**
 * The run and the actor's enrolment in it (enrolled or completed); null for the course's editors
 * and the run's facilitators, who may preview it without one. Anyone else gets 404 (or signs in).
 */
async function openRun(
  deps: Deps,
  actor: Actor | null,
  runParam: string,
): Promise<{ enrolment: EnrolmentRef | null; run: lq.RunSummary }> {
  const official = requireActor(actor);
  const runId = parseId(runParam);
  if (runId === null) throw new AppError('NOT_FOUND', 'courses.errors.notEnrolled');
  const enrolment = await requireLearnerEnrolment(deps, official, runId).catch(async (err) => {
    const ref = await selectRunFor(deps.db, runId, official.id);
    if (ref && canPreview(official, ref)) return null;
    throw err;
  });
  const run = await lq.selectRunSummary(deps.db, runId);
  if (!run || !canLearnIn(run)) throw new AppError('NOT_FOUND', 'learning.errors.runCancelled');
  return { enrolment, run };
}

/**
 * The actor's enrolment in the run (null when previewing) and a lesson of its course, from URL
 * parameters; 404 when the actor may not open the run or the lesson is not part of its course.
 */
export async function openLesson(
  deps: Deps,
  actor: Actor | null,
  params: { run: string; lesson: string },
): Promise<{ enrolment: EnrolmentRef | null; run: lq.RunSummary; lessonId: number }> {
  const { enrolment, run } = await openRun(deps, actor, params.run);
  const lessonId = parseId(params.lesson);
  if (lessonId === null) throw new AppError('NOT_FOUND', 'courses.errors.lessonNotFound');
  await requireLessonOfCourse(deps, lessonId, run.courseId);
  return { enrolment, run, lessonId };
}

async function loadCourse(
  deps: Deps,
  enrolment: EnrolmentRef | null,
  run: lq.RunSummary,
  asked: unknown,
  reader: Language,
): Promise<LearnerCourse> {
  const [texts, modules, lessons, doneRows, lastLessonId] = await Promise.all([
    selectCourseTexts(deps.db, [run.courseId]),
    selectModules(deps.db, run.courseId),
    selectLessons(deps.db, run.courseId),
    lq.selectDoneLessons(deps.db, enrolment ? [enrolment.enrolmentId] : []),
    enrolment ? lq.selectLastLessonId(deps.db, enrolment.enrolmentId) : null,
  ]);
  const languages = offeredLanguages(texts.map((x) => x.language));
  const language = contentLanguage(asked, languages, reader);
  const done = new Set(doneRows.map((r) => r.lessonId));
  const syllabus = (moduleId: number): SyllabusLesson[] =>
    lessons
      .filter((l) => l.moduleId === moduleId)
      .map((l) => ({
        id: l.id,
        title: pickText(l.titles, language, reader),
        kind: l.kind,
        videoUrl: l.videoUrl,
        isRequired: l.isRequired,
        done: done.has(l.id),
      }));
  return {
    status: enrolment?.status ?? null,
    run,
    title: pickText(Object.fromEntries(texts.map((x) => [x.language, x.title])), language, reader),
    languages,
    language,
    wanted: asked === undefined ? reader : language,
    modules: modules.map((m) => ({
      id: m.id,
      title: pickText(m.titles, language, reader),
      lessons: syllabus(m.id),
    })),
    progress: progressOf(lessons, done),
    continueLessonId: enrolment ? continueLessonId(lessons, done, lastLessonId) : null,
  };
}

export interface LearnerCourseHome extends LearnerCourse {
  /** The run's live sessions (events linked to it), in order. */
  liveSessions: EventSummary[];
}

/** The learner's course home: syllabus with what is done, progress, where to continue, sessions. */
export async function getLearnerCourse(
  deps: Deps,
  actor: Actor | null,
  runParam: string,
  asked: unknown,
  reader: Language,
): Promise<LearnerCourseHome> {
  const { enrolment, run } = await openRun(deps, actor, runParam);
  const [course, liveSessions] = await Promise.all([
    loadCourse(deps, enrolment, run, asked, reader),
    liveSessionsOfRun(deps, reader, run.id),
  ]);
  return { ...course, liveSessions };
}

/** One lesson in the chosen content language (or a visible fallback); opening it is activity. */
export async function getLearnerLesson(
  deps: Deps,
  actor: Actor | null,
  params: { run: string; lesson: string },
  asked: unknown,
  reader: Language,
): Promise<LearnerLesson> {
  const { enrolment, run, lessonId } = await openLesson(deps, actor, params);
  const [course, texts, documents] = await Promise.all([
    loadCourse(deps, enrolment, run, asked, reader),
    selectLessonTexts(deps.db, lessonId),
    selectLessonDocuments(deps.db, lessonId),
  ]);
  const module = course.modules.find((m) => m.lessons.some((l) => l.id === lessonId));
  const steps = course.modules.flatMap((m) => m.lessons);
  const lesson = steps.find((l) => l.id === lessonId);
  if (!module || !lesson) throw new AppError('NOT_FOUND', 'courses.errors.lessonNotFound');
  // Title and body come from the same translation, so the page never mixes two languages.
  const title = pickText(
    Object.fromEntries(texts.map((x) => [x.language, x.title])),
    course.language,
    reader,
  );
  const body = texts.find((x) => x.language === title.language)?.body ?? '';
  if (enrolment) await recordActivity(deps, enrolment.enrolmentId, lessonId);
  return {
    course,
    lesson: {
      ...lesson,
      title,
      body: { text: body, language: title.language },
      moduleTitle: module.title,
    },
    document:
      lesson.kind === 'document' ? pickByLanguage(documents, course.language, reader) : undefined,
    ...neighbours(steps, lessonId),
  };
}

/**
 * Marks a text, video or document lesson done (idempotent); quizzes and assignments are 403.
 * Says whether this completed the run, and which lesson comes next.
 */
export async function markLessonDone(
  deps: Deps,
  actor: Actor | null,
  params: { run: string; lesson: string },
): Promise<{ runId: number; completed: boolean; nextLessonId: number | null }> {
  const { enrolment, run, lessonId } = await openLesson(deps, actor, params);
  if (!enrolment) throw new AppError('NOT_FOUND', 'courses.errors.notEnrolled');
  const lesson = await selectLesson(deps.db, lessonId);
  if (!lesson || !canMarkDone(lesson))
    throw new AppError('FORBIDDEN', 'learning.errors.notMarkable');
  const completed = await completeLesson(deps, enrolment.enrolmentId, lessonId);
  const order = await lq.selectLessonOrder(deps.db, [run.courseId]);
  return { runId: run.id, completed, nextLessonId: neighbours(order, lessonId).next?.id ?? null };
}
