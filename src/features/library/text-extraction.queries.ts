import type { Db } from '../../db/database.ts';

// SQL of the text extraction job: the resource file to read, and its result written once.

export interface FileToExtract {
  resourceId: number;
  fileId: number;
  status: string;
}

export async function selectFileToExtract(
  db: Db,
  resourceFileId: number,
): Promise<FileToExtract | undefined> {
  return db
    .selectFrom('resource_files')
    .select(['resource_id as resourceId', 'file_id as fileId', 'extraction_status as status'])
    .where('id', '=', resourceFileId)
    .executeTakeFirst();
}

/**
 * Records the result unless it is recorded already (a second run, or another worker, changes
 * nothing); returns the resource's id when this call recorded it, undefined otherwise (also when
 * the file was removed meanwhile).
 */
export async function recordExtraction(
  db: Db,
  resourceFileId: number,
  r: { status: 'done' | 'failed' | 'not_applicable'; error: string; text: string; at: string },
): Promise<number | undefined> {
  const row = await db
    .updateTable('resource_files')
    .set({
      extraction_status: r.status,
      extraction_error: r.error,
      extracted_text: r.text,
      extracted_at: r.at,
    })
    .where('id', '=', resourceFileId)
    .where('extraction_status', '=', 'pending')
    .returning('resource_id')
    .executeTakeFirst();
  return row?.resource_id;
}
