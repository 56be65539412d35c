import type { Db } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { enqueueJob, type JobHandler } from '../../jobs/jobs.ts';
import { selectLearnersToEvaluate } from './enrolments.queries.ts';
import { tellOfficials } from './run-mail.ts';
import { claimEvaluationInvite, selectRun } from './runs.queries.ts';

// The day after a dated run ends, its learners who have not evaluated it yet are invited to.
// (A learner who completes a run also finds the link in the certificate e-mail.) A job is queued
// whenever a run gets a new end date; the job whose date is no longer the run's does nothing, and
// the claim on the run row makes the invitation go out once per end date across processes.

export const RUN_EVALUATION_JOB = 'run.evaluation-invite';
// Nine in the morning UTC the day after the last day: after the last session everywhere on Earth
// but the Pacific's far east, and during working hours in Europe and Africa.
const AFTER_END_MS = 33 * 3_600_000;

interface InvitePayload {
  runId: number;
  endsOn: string;
}

/** Queues the invitation for a run ending on `endsOn` (nothing for an end already past). */
export async function scheduleEvaluationInvite(
  db: Db,
  run: { id: number; endsOn: string | null },
  now = new Date(),
): Promise<void> {
  if (!run.endsOn) return;
  const due = new Date(`${run.endsOn}T00:00:00Z`).getTime() + AFTER_END_MS;
  if (due <= now.getTime()) return;
  const payload: InvitePayload = { runId: run.id, endsOn: run.endsOn };
  await enqueueJob(db, RUN_EVALUATION_JOB, payload, new Date(due));
}

/** Runs an invitation job: e-mails the run's learners who have not evaluated it yet. */
export const evaluationInviteJob: JobHandler = async (deps: Deps, payload) => {
  const { runId, endsOn } = payload as InvitePayload;
  await deps.db.transaction().execute(async (tx) => {
    if (!(await claimEvaluationInvite(tx, runId, endsOn))) return;
    const run = await selectRun(tx, runId);
    if (!run) return;
    const to = await selectLearnersToEvaluate(tx, runId);
    await tellOfficials(tx, deps.config, 'evaluate', run, to);
  });
};
