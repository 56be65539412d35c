import type { Db, Dialect } from '../../db/database.ts';

// SQL for a twinning project's documents: rows of twinning_documents with the stored file's size.

export interface TwinningDocument {
  id: number;
  fileId: number;
  fileName: string;
  title: string;
  size: number;
  uploadedBy: string | null;
  createdAt: string;
}

function documentsQuery(db: Db) {
  return db
    .selectFrom('twinning_documents as d')
    .innerJoin('files as f', 'f.id', 'd.file_id')
    .leftJoin('users as u', 'u.id', 'd.uploaded_by')
    .select([
      'd.id',
      'd.file_id as fileId',
      'd.file_name as fileName',
      'd.title',
      'f.size',
      'u.name as uploadedBy',
      'd.created_at as createdAt',
    ]);
}

const normalise = (r: TwinningDocument): TwinningDocument => ({ ...r, size: Number(r.size) });

export async function selectTwinningDocuments(
  db: Db,
  twinningId: number,
): Promise<TwinningDocument[]> {
  const rows = await documentsQuery(db)
    .where('d.twinning_id', '=', twinningId)
    .orderBy('d.created_at')
    .orderBy('d.id')
    .execute();
  return rows.map(normalise);
}

export async function selectTwinningDocument(
  db: Db,
  twinningId: number,
  documentId: number,
): Promise<TwinningDocument | undefined> {
  const row = await documentsQuery(db)
    .where('d.twinning_id', '=', twinningId)
    .where('d.id', '=', documentId)
    .executeTakeFirst();
  return row && normalise(row);
}

/** Locks the project's row until the transaction ends, so two uploads to it take turns (PostgreSQL). */
export async function lockTwinning(db: Db, dialect: Dialect, twinningId: number): Promise<void> {
  const query = db.selectFrom('twinnings').select('id').where('id', '=', twinningId);
  await (dialect === 'postgres' ? query.forUpdate() : query).execute();
}

export async function selectDocumentByFile(
  db: Db,
  twinningId: number,
  fileId: number,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('twinning_documents')
    .select('id')
    .where('twinning_id', '=', twinningId)
    .where('file_id', '=', fileId)
    .executeTakeFirst();
  return row?.id;
}

export async function insertTwinningDocument(
  db: Db,
  doc: { twinningId: number; fileId: number; fileName: string; title: string; uploadedBy: number },
  now: string,
): Promise<number> {
  const { id } = await db
    .insertInto('twinning_documents')
    .values({
      twinning_id: doc.twinningId,
      file_id: doc.fileId,
      file_name: doc.fileName,
      title: doc.title,
      uploaded_by: doc.uploadedBy,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function deleteTwinningDocument(
  db: Db,
  twinningId: number,
  documentId: number,
): Promise<boolean> {
  const r = await db
    .deleteFrom('twinning_documents')
    .where('twinning_id', '=', twinningId)
    .where('id', '=', documentId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}
