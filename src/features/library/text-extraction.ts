import { z } from 'zod';
import { nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { openFile } from '../../files/index.ts';
import type { JobHandler } from '../../jobs/jobs.ts';
import { extractOfficeText, isOfficeType } from './office-text.ts';
import { extractPdfText } from './pdf-text.ts';
import { indexResource } from './search-index.ts';
import { recordExtraction, selectFileToExtract } from './text-extraction.queries.ts';
import type { Extraction } from './text-extraction-result.ts';

// The background job that reads the text of a resource's file (queued with the file by
// text-extraction-queue.ts) and makes the resource findable by it. The file is read and parsed
// outside any transaction (it may take seconds); the result and the resource's search row are
// then written together, once: a second run, or a file removed meanwhile, writes nothing.

export { EXTRACT_TEXT_JOB } from './text-extraction-queue.ts';

const payloadSchema = z.object({
  resourceFileId: z
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
});

const LEGACY_OFFICE = new Set([
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
]);

/** What the file's text is, by its media type (detected from its content when it was uploaded). */
export async function extractText(
  bytes: Buffer,
  mediaType: string,
): Promise<Extraction | 'not_applicable'> {
  if (mediaType.startsWith('image/')) return 'not_applicable';
  // Legacy .doc/.xls/.ppt are binary formats no installed package reads.
  if (LEGACY_OFFICE.has(mediaType)) return { ok: false, error: 'unsupported' };
  try {
    if (mediaType === 'application/pdf') return await extractPdfText(bytes);
    if (isOfficeType(mediaType)) return await extractOfficeText(bytes, mediaType);
  } catch {
    // Both readers turn a bad file into a reason; this is for a fault of a reader itself.
    return { ok: false, error: 'failed' };
  }
  return { ok: false, error: 'unsupported' };
}

/**
 * EXTRACT_TEXT_JOB: records the text of one resource file (or why there is none) and re-indexes
 * its resource. Never throws for a bad file; a database failure throws, and the queue retries.
 */
export const extractTextJob: JobHandler = async (deps: Deps, payload) => {
  const parsed = payloadSchema.safeParse(payload);
  if (!parsed.success) {
    deps.log.warn({ payload }, 'text extraction: bad payload, ignored');
    return;
  }
  const { resourceFileId } = parsed.data;
  const target = await selectFileToExtract(deps.db, resourceFileId);
  if (!target || target.status !== 'pending') return;
  const file = await openFile(deps.db, target.fileId);
  const result = file ? await extractText(file.bytes, file.mediaType) : null;
  const record =
    result === 'not_applicable'
      ? { status: 'not_applicable' as const, error: '', text: '' }
      : result?.ok
        ? { status: 'done' as const, error: '', text: result.text }
        : { status: 'failed' as const, error: result?.error ?? 'failed', text: '' };
  await deps.db.transaction().execute(async (tx) => {
    const resourceId = await recordExtraction(tx, resourceFileId, { ...record, at: nowIso() });
    if (resourceId !== undefined) await indexResource(tx, deps.dialect, resourceId);
  });
};
