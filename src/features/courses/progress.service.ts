import type { Deps } from '../../deps.ts';
import { issueRunCertificate } from '../certificates/issue.service.ts';
import {
  countRequiredLessonsLeft,
  insertLessonDone,
  markEnrolmentCompleted,
  updateLastActivity,
} from './progress.queries.ts';

// The one way any feature records progress: lessons marked done, quizzes passed and assignments
// graded all end here, so completion is judged in one place.

/**
 * Records that the enrolment has done the lesson (idempotent) and completes the run when no
 * required lesson is left, issuing its certificate. The caller has already checked that the actor
 * may do this. Returns true when this call completed the run. Given deps whose db is a
 * transaction, it joins it, so a grade or a quiz result and the progress it earns commit together.
 */
export async function completeLesson(
  deps: Deps,
  enrolmentId: number,
  lessonId: number,
): Promise<boolean> {
  const at = new Date().toISOString();
  const record = async (tx: Deps['db']) => {
    await insertLessonDone(tx, enrolmentId, lessonId, at);
    await updateLastActivity(tx, enrolmentId, lessonId, at);
    if ((await countRequiredLessonsLeft(tx, enrolmentId)) > 0) return false;
    if (!(await markEnrolmentCompleted(tx, enrolmentId, at))) return false;
    // Same transaction: a completed run always has exactly one certificate.
    await issueRunCertificate({ ...deps, db: tx }, enrolmentId);
    return true;
  };
  return deps.db.isTransaction ? record(deps.db) : deps.db.transaction().execute(record);
}

/** Notes the learner's latest lesson and activity time (opening a lesson, starting a quiz). */
export async function recordActivity(
  deps: Deps,
  enrolmentId: number,
  lessonId: number | null,
): Promise<void> {
  await updateLastActivity(deps.db, enrolmentId, lessonId, new Date().toISOString());
}
