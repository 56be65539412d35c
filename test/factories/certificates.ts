import type { Deps } from '../../src/deps.ts';
import { selectCertificateOfEnrolment } from '../../src/features/certificates/certificates.queries.ts';
import { completeLesson } from '../../src/features/courses/progress.service.ts';
import { createCourse } from './courses.ts';
import { createOfficial } from './officials.ts';
import { createOrganisation } from './organisations.ts';
import { createRun, enrol } from './runs.ts';

export interface CompletedRun {
  courseId: number;
  runId: number;
  enrolmentId: number;
  lessonIds: number[];
  learnerId: number;
}

/** A published course of `lessons` lessons, a run of it, and the learner enrolled (not done yet). */
export async function createEnrolledRun(
  deps: Deps,
  options: {
    learnerId?: number;
    organisationId?: number;
    title?: string;
    lessons?: number;
    partnerIds?: number[];
    facilitatorIds?: number[];
  } = {},
): Promise<CompletedRun> {
  const organisationId =
    options.organisationId ??
    (await createOrganisation(deps, { name: 'Certificate Partner', isPartner: true })).id;
  const author = await createOfficial(deps, { organisationId });
  const learnerId = options.learnerId ?? (await createOfficial(deps)).id;
  const course = await createCourse(deps, {
    organisationId,
    createdBy: author.id,
    status: 'published',
    modules: [options.lessons ?? 1],
    ...(options.title ? { title: options.title } : {}),
    ...(options.partnerIds ? { partnerIds: options.partnerIds } : {}),
  });
  const run = await createRun(deps, course.id, {
    startsOn: '2013-05-15',
    endsOn: '2013-05-16',
    facilitatorIds: options.facilitatorIds ?? [],
  });
  const enrolment = await enrol(deps, run.id, learnerId);
  return {
    courseId: course.id,
    runId: run.id,
    enrolmentId: enrolment.id,
    lessonIds: course.lessonIds.flat(),
    learnerId,
  };
}

/** A learner who has completed a run, and so holds its certificate: returns its code. */
export async function createCertificate(
  deps: Deps,
  options: Parameters<typeof createEnrolledRun>[1] = {},
): Promise<CompletedRun & { code: string }> {
  const run = await createEnrolledRun(deps, options);
  for (const lessonId of run.lessonIds) await completeLesson(deps, run.enrolmentId, lessonId);
  const certificate = await selectCertificateOfEnrolment(deps.db, run.enrolmentId);
  if (!certificate) throw new Error('completing the run issued no certificate');
  return { ...run, code: certificate.code };
}
