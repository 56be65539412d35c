import type { Db, Dialect } from '../../db/database.ts';

// SQL for the documents of good practices: rows of practice_documents with the stored file's size.

export interface PracticeDocument {
  id: number;
  practiceId: number;
  fileId: number;
  fileName: string;
  title: string;
  size: number;
  createdAt: string;
}

function documentsQuery(db: Db) {
  return db
    .selectFrom('practice_documents as d')
    .innerJoin('files as f', 'f.id', 'd.file_id')
    .select([
      'd.id',
      'd.practice_id as practiceId',
      'd.file_id as fileId',
      'd.file_name as fileName',
      'd.title',
      'f.size',
      'd.created_at as createdAt',
    ]);
}

const normalise = (r: PracticeDocument): PracticeDocument => ({ ...r, size: Number(r.size) });

/** A practice's documents, oldest first. */
export async function selectPracticeDocuments(
  db: Db,
  practiceId: number,
): Promise<PracticeDocument[]> {
  const rows = await documentsQuery(db)
    .where('d.practice_id', '=', practiceId)
    .orderBy('d.created_at')
    .orderBy('d.id')
    .execute();
  return rows.map(normalise);
}

/** One document of a practice (undefined when it is another practice's or does not exist). */
export async function selectPracticeDocument(
  db: Db,
  practiceId: number,
  documentId: number,
): Promise<PracticeDocument | undefined> {
  const row = await documentsQuery(db)
    .where('d.practice_id', '=', practiceId)
    .where('d.id', '=', documentId)
    .executeTakeFirst();
  return row && normalise(row);
}

/** Locks the practice's row until the transaction ends, so that two uploads to it take turns. */
export async function lockPractice(db: Db, dialect: Dialect, practiceId: number): Promise<void> {
  const query = db.selectFrom('practices').select('id').where('id', '=', practiceId);
  await (dialect === 'postgres' ? query.forUpdate() : query).execute();
}

/** Whether the practice has a document with this stored file already. */
export async function hasDocumentWithFile(
  db: Db,
  practiceId: number,
  fileId: number,
): Promise<boolean> {
  const row = await db
    .selectFrom('practice_documents')
    .select('id')
    .where('practice_id', '=', practiceId)
    .where('file_id', '=', fileId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertPracticeDocument(
  db: Db,
  doc: { practiceId: number; fileId: number; fileName: string; title: string },
  now: string,
): Promise<number> {
  const { id } = await db
    .insertInto('practice_documents')
    .values({
      practice_id: doc.practiceId,
      file_id: doc.fileId,
      file_name: doc.fileName,
      title: doc.title,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Deletes one document of a practice; false when it had no such document. */
export async function deletePracticeDocument(
  db: Db,
  practiceId: number,
  documentId: number,
): Promise<boolean> {
  const result = await db
    .deleteFrom('practice_documents')
    .where('practice_id', '=', practiceId)
    .where('id', '=', documentId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
