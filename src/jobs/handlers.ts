import { SEND_EMAIL_JOB, sendEmailJob } from '../mail/mail.ts';
import { REMINDER_JOB, reminderJob } from '../features/events/registration-reminders.ts';
import {
  evaluationInviteJob,
  RUN_EVALUATION_JOB,
} from '../features/courses/run-evaluation-invite.ts';
import { CHECK_IN_SWEEP_JOB, checkInSweepJob } from '../features/twinning/check-in-reminders.ts';
import { EXTRACT_TEXT_JOB, extractTextJob } from '../features/library/text-extraction.ts';
import { DIGEST_JOB, digestJob } from '../features/notifications/digest.ts';
import type { JobHandler } from './jobs.ts';

/** Every kind of background job and the function that runs it. */
export const jobHandlers: Record<string, JobHandler> = {
  [SEND_EMAIL_JOB]: sendEmailJob,
  [REMINDER_JOB]: reminderJob,
  [RUN_EVALUATION_JOB]: evaluationInviteJob,
  [CHECK_IN_SWEEP_JOB]: checkInSweepJob,
  [EXTRACT_TEXT_JOB]: extractTextJob,
  [DIGEST_JOB]: digestJob,
};
