import type { Deps } from '../../deps.ts';
import { openFile, storeUpload, type FileContent, type Upload } from '../../files/index.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { recordActivity } from '../courses/progress.service.ts';
import { requireLearnerEnrolment, requireLessonOfCourse } from '../courses/run-access.service.ts';
import * as q from './assignments.queries.ts';
import { defaultSettings, submissionRefusal } from './assignments.policy.ts';
import { parseId, type SubmissionInput } from './assignments.schema.ts';

// A learner's side of an assignment: read it, submit (and resubmit until graded), download the
// file they sent. Only the learner's own enrolment is ever used: another's is never reachable.

async function learnerTarget(deps: Deps, actor: Actor | null, run: string, lesson: string) {
  const runId = parseId(run);
  const lessonId = parseId(lesson);
  if (runId === null || lessonId === null)
    throw new AppError('NOT_FOUND', 'assignments.errors.notFound');
  const enrolment = await requireLearnerEnrolment(deps, actor, runId);
  await requireLessonOfCourse(deps, lessonId, enrolment.courseId);
  const texts = await q.selectLessonTexts(deps.db, lessonId);
  if (!texts || texts.kind !== 'assignment')
    throw new AppError('NOT_FOUND', 'assignments.errors.notAssignment');
  const settings =
    (await q.selectAssignment(deps.db, lessonId)) ??
    defaultSettings(deps.config.UPLOAD_LIMIT_BYTES);
  return { enrolment, runId, lessonId, texts: texts.texts, settings };
}

/** The assignment page: instructions, settings, the learner's submission and whether they may submit. */
export async function getLearnerAssignment(
  deps: Deps,
  actor: Actor | null,
  run: string,
  lesson: string,
) {
  const target = await learnerTarget(deps, actor, run, lesson);
  const submission = await q.selectOwnSubmission(
    deps.db,
    target.enrolment.enrolmentId,
    target.lessonId,
  );
  const refusal = submissionRefusal(target.settings, submission, new Date());
  return { ...target, submission, refusal };
}
export type LearnerAssignment = Awaited<ReturnType<typeof getLearnerAssignment>>;

/**
 * Submits text and/or a file, replacing an ungraded earlier submission (a new file replaces the
 * old one; without one the old file stays). After the deadline or once graded: 409.
 */
export async function submitAssignment(
  deps: Deps,
  actor: Actor | null,
  run: string,
  lesson: string,
  input: SubmissionInput & { file?: Upload },
): Promise<void> {
  const target = await learnerTarget(deps, actor, run, lesson);
  const { settings, enrolment, lessonId } = target;
  const current = await q.selectOwnSubmission(deps.db, enrolment.enrolmentId, lessonId);
  const refusal = submissionRefusal(settings, current, new Date());
  if (refusal) throw new AppError('CONFLICT', refusal);
  const text = settings.acceptsText ? input.text : '';
  if (input.file && !settings.acceptsFile)
    throw new AppError('VALIDATION', 'assignments.errors.fileNotAccepted', {
      fields: { file: 'assignments.errors.fileNotAccepted' },
    });
  if (text === '' && !input.file && !current?.fileId) {
    const field = settings.acceptsText ? 'text' : 'file';
    throw new AppError('VALIDATION', 'assignments.errors.nothingSubmitted', {
      fields: { [field]: 'assignments.errors.nothingSubmitted' },
    });
  }
  const upload = input.file;
  await deps.db.transaction().execute(async (tx) => {
    const file = upload ? await storeUpload(tx, upload) : null;
    const saved = await q.upsertSubmission(
      tx,
      {
        runId: target.runId,
        lessonId,
        enrolmentId: enrolment.enrolmentId,
        text,
        file: file && upload ? { id: file.id, name: upload.name } : null,
      },
      new Date().toISOString(),
    );
    // Graded between the check and the write: the grade stands, and the file is not kept.
    if (!saved) throw new AppError('CONFLICT', 'assignments.errors.alreadyGraded');
  });
  await recordActivity(deps, enrolment.enrolmentId, lessonId);
}

/** The file of the learner's own submission, with its name; 404 when there is none. */
export async function ownSubmissionFile(
  deps: Deps,
  actor: Actor | null,
  run: string,
  lesson: string,
): Promise<FileContent & { name: string }> {
  const { enrolment, lessonId } = await learnerTarget(deps, actor, run, lesson);
  const submission = await q.selectOwnSubmission(deps.db, enrolment.enrolmentId, lessonId);
  const file = submission?.fileId ? await openFile(deps.db, submission.fileId) : undefined;
  if (!submission || !file) throw new AppError('NOT_FOUND', 'assignments.errors.noFile');
  return { ...file, name: submission.fileName };
}
