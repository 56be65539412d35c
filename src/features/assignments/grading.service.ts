import type { Deps } from '../../deps.ts';
import { openFile, type FileContent } from '../../files/index.ts';
import { AppError } from '../../web/errors.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import { completeLesson } from '../courses/progress.service.ts';
import { requireFacilitation } from '../courses/run-access.service.ts';
import { tellGraded } from './assignment-mail.ts';
import * as q from './assignments.queries.ts';
import * as g from './grading.queries.ts';
import { defaultSettings, isPassing } from './assignments.policy.ts';
import { parseId, type GradeInput } from './assignments.schema.ts';

// The facilitators' side: the run's grading queue, one submission, its grade. A grade is final:
// it may complete the learner's lesson and is announced to the learner, so it is not changed later.

function runIdOf(run: string): number {
  const id = parseId(run);
  if (id === null) throw new AppError('NOT_FOUND', 'courses.errors.runNotFound');
  return id;
}

/** The run's submissions, ungraded first and oldest first, with their lessons' titles. */
export async function listSubmissions(deps: Deps, actor: Actor | null, run: string) {
  const { runId } = await requireFacilitation(deps, actor, runIdOf(run));
  const rows = await g.selectQueue(deps.db, runId);
  const titles = await g.selectLessonTitles(
    deps.db,
    rows.map((r) => r.lessonId),
  );
  return { runId, rows: rows.map((r) => ({ ...r, lessonTitles: titles.get(r.lessonId) ?? {} })) };
}

/** One submission of a facilitated run, with its learner, lesson and assignment settings. */
export async function getSubmissionForGrading(
  deps: Deps,
  actor: Actor | null,
  run: string,
  id: string,
) {
  const { runId } = await requireFacilitation(deps, actor, runIdOf(run));
  const submissionId = parseId(id);
  const submission =
    submissionId === null ? undefined : await q.selectSubmission(deps.db, submissionId);
  // A submission of another run is not found here, whoever facilitates that one.
  if (!submission || submission.runId !== runId)
    throw new AppError('NOT_FOUND', 'assignments.errors.submissionNotFound');
  const [settings, learner, titles] = await Promise.all([
    q.selectAssignment(deps.db, submission.lessonId),
    g.selectLearner(deps.db, submission.learnerId),
    g.selectLessonTitles(deps.db, [submission.lessonId]),
  ]);
  return {
    runId,
    submission,
    settings: settings ?? defaultSettings(deps.config.UPLOAD_LIMIT_BYTES),
    learner: learner ?? { id: submission.learnerId, name: '', email: '', preferredLanguage: 'en' },
    lessonTitles: titles.get(submission.lessonId) ?? {},
  };
}
export type SubmissionForGrading = Awaited<ReturnType<typeof getSubmissionForGrading>>;

/**
 * Grades a submission once: the learner is notified, and a score at or above the pass mark
 * completes the lesson (and the run, if it was the last). Sending the same grade twice (a double
 * click) changes nothing; another grade for a graded submission is a 409.
 */
export async function gradeSubmission(
  deps: Deps,
  actor: Actor | null,
  run: string,
  id: string,
  input: GradeInput,
): Promise<void> {
  const found = await getSubmissionForGrading(deps, actor, run, id);
  const { submission, settings, learner } = found;
  const grader = requireActor(actor).id;
  if (input.score > settings.maxScore)
    throw new AppError('VALIDATION', 'assignments.errors.scoreRange', {
      fields: { score: 'assignments.errors.scoreRange' },
    });
  const passed = isPassing(input.score, settings);
  const graded = await deps.db.transaction().execute(async (tx) => {
    const now = new Date().toISOString();
    if (!(await q.gradeIfUngraded(tx, submission.id, { ...input, gradedBy: grader }, now)))
      return false;
    const graded = {
      submissionId: submission.id,
      runId: found.runId,
      lessonId: submission.lessonId,
      titles: found.lessonTitles,
      score: input.score,
      maxScore: settings.maxScore,
      passed,
    };
    await tellGraded(tx, deps.config, learner, graded, grader);
    // In the same transaction: a passing grade never commits without the progress it earns.
    if (passed)
      await completeLesson({ ...deps, db: tx }, submission.enrolmentId, submission.lessonId);
    return true;
  });
  if (!graded) {
    const now = await q.selectSubmission(deps.db, submission.id);
    const same =
      now?.gradedBy === grader && now.score === input.score && now.feedback === input.feedback;
    if (!same) throw new AppError('CONFLICT', 'assignments.errors.alreadyGraded');
  }
}

/** The file of a submission in a run the actor facilitates. */
export async function submissionFile(
  deps: Deps,
  actor: Actor | null,
  run: string,
  id: string,
): Promise<FileContent & { name: string }> {
  const { submission } = await getSubmissionForGrading(deps, actor, run, id);
  const file = submission.fileId ? await openFile(deps.db, submission.fileId) : undefined;
  if (!file) throw new AppError('NOT_FOUND', 'assignments.errors.noFile');
  return { ...file, name: submission.fileName };
}
