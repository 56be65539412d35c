import type { Deps } from '../../deps.ts';
import type { Language } from '../../web/i18n.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import { selectCourseTexts } from './catalogue.queries.ts';
import {
  continueLessonId,
  pickText,
  progressOf,
  type Localised,
  type Progress,
} from './learning-path.ts';
import { canLearnIn, DASHBOARD_STATUSES, isLearning } from './learning.policy.ts';
import * as lq from './learning.queries.ts';

// "My learning": every run the official is in or waiting for, with progress and where to go on.

export interface DashboardEntry {
  status: string;
  run: lq.RunSummary;
  title: Localised;
  /** Null while the official only waits for a place, or when the run was cancelled. */
  progress: Progress | null;
  continueLessonId: number | null;
}

/** The actor's enrolments, with course titles in the reader's language; four queries in all. */
export async function getDashboard(
  deps: Deps,
  actor: Actor | null,
  reader: Language,
): Promise<DashboardEntry[]> {
  const official = requireActor(actor);
  const enrolments = await lq.selectMyEnrolments(deps.db, official.id, DASHBOARD_STATUSES);
  const learning = enrolments.filter((e) => isLearning(e.status) && canLearnIn(e.run));
  const courseIds = [...new Set(enrolments.map((e) => e.run.courseId))];
  const [texts, steps, doneRows] = await Promise.all([
    selectCourseTexts(deps.db, courseIds),
    lq.selectLessonOrder(
      deps.db,
      learning.map((e) => e.run.courseId),
    ),
    lq.selectDoneLessons(
      deps.db,
      learning.map((e) => e.enrolmentId),
    ),
  ]);
  return enrolments.map((e) => {
    const titles = Object.fromEntries(
      texts.filter((x) => x.courseId === e.run.courseId).map((x) => [x.language, x.title]),
    );
    const entry = { status: e.status, run: e.run, title: pickText(titles, reader, reader) };
    if (!learning.includes(e)) return { ...entry, progress: null, continueLessonId: null };
    const own = steps.filter((s) => s.courseId === e.run.courseId);
    const done = new Set(
      doneRows.filter((r) => r.enrolmentId === e.enrolmentId).map((r) => r.lessonId),
    );
    return {
      ...entry,
      progress: progressOf(own, done),
      continueLessonId: continueLessonId(own, done, e.lastLessonId),
    };
  });
}
