import type { Db } from '../../db/database.ts';
import { enqueueJob } from '../../jobs/jobs.ts';

// The job that extracts a resource file's text (text-extraction.ts) is queued here, in the
// transaction that records the file, so that a file is never left without its job.

export const EXTRACT_TEXT_JOB = 'library.extract-text';

export interface ExtractTextPayload {
  resourceFileId: number;
}

export async function queueTextExtraction(db: Db, resourceFileId: number): Promise<void> {
  const payload: ExtractTextPayload = { resourceFileId };
  await enqueueJob(db, EXTRACT_TEXT_JOB, payload);
}
