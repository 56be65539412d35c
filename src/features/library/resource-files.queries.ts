import type { Db } from '../../db/database.ts';

// SQL for a resource's files: language, size and type for its page, extraction status for its
// editors.

export interface ResourceFileRow {
  id: number;
  fileId: number;
  fileName: string;
  language: string;
  size: number;
  mediaType: string;
  extractionStatus: string;
  extractionError: string;
  createdAt: string;
}

function filesQuery(db: Db) {
  return db
    .selectFrom('resource_files as rf')
    .innerJoin('files as f', 'f.id', 'rf.file_id')
    .select([
      'rf.id',
      'rf.file_id as fileId',
      'rf.file_name as fileName',
      'rf.language',
      'f.size',
      'f.media_type as mediaType',
      'rf.extraction_status as extractionStatus',
      'rf.extraction_error as extractionError',
      'rf.created_at as createdAt',
    ]);
}

/** A resource's files, oldest first (for its editors) or by language then as added (its page). */
export async function selectResourceFiles(
  db: Db,
  resourceId: number,
  order: 'added' | 'language' = 'added',
): Promise<ResourceFileRow[]> {
  const query = filesQuery(db).where('rf.resource_id', '=', resourceId);
  const rows = await (
    order === 'added' ? query.orderBy('rf.created_at') : query.orderBy('rf.language')
  )
    .orderBy('rf.id')
    .execute();
  return rows.map((r) => ({ ...r, size: Number(r.size) }));
}

/** One file of a resource (undefined when it is another resource's or does not exist). */
export async function selectResourceFile(
  db: Db,
  resourceId: number,
  id: number,
): Promise<ResourceFileRow | undefined> {
  const row = await filesQuery(db)
    .where('rf.resource_id', '=', resourceId)
    .where('rf.id', '=', id)
    .executeTakeFirst();
  return row && { ...row, size: Number(row.size) };
}

/** Whether the resource has this stored file already. */
export async function hasResourceFile(
  db: Db,
  resourceId: number,
  fileId: number,
): Promise<boolean> {
  const row = await db
    .selectFrom('resource_files')
    .select('id')
    .where('resource_id', '=', resourceId)
    .where('file_id', '=', fileId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Deletes one file of a resource; false when it had no such file. */
export async function deleteResourceFile(db: Db, resourceId: number, id: number): Promise<boolean> {
  const result = await db
    .deleteFrom('resource_files')
    .where('resource_id', '=', resourceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
