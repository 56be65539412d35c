import type { Db } from '../../db/database.ts';

// SQL for the files of document lessons: one per lesson and content language.

export interface LessonDocument {
  language: string;
  fileId: number;
  fileName: string;
  size: number;
  uploadedAt: string;
}

export async function selectLessonDocuments(db: Db, lessonId: number): Promise<LessonDocument[]> {
  return db
    .selectFrom('lesson_documents as d')
    .innerJoin('files as f', 'f.id', 'd.file_id')
    .select([
      'd.language',
      'd.file_id as fileId',
      'd.file_name as fileName',
      'f.size',
      'd.uploaded_at as uploadedAt',
    ])
    .where('d.lesson_id', '=', lessonId)
    .orderBy('d.language')
    .execute()
    .then((rows) => rows.map((r) => ({ ...r, size: Number(r.size) })));
}

/** Sets the lesson's file in one language, replacing the one it had. */
export async function upsertLessonDocument(
  db: Db,
  doc: { lessonId: number; language: string; fileId: number; fileName: string; uploadedBy: number },
  now: string,
): Promise<void> {
  const values = {
    file_id: doc.fileId,
    file_name: doc.fileName,
    uploaded_by: doc.uploadedBy,
    uploaded_at: now,
  };
  await db
    .insertInto('lesson_documents')
    .values({ lesson_id: doc.lessonId, language: doc.language, ...values })
    .onConflict((oc) => oc.columns(['lesson_id', 'language']).doUpdateSet(values))
    .execute();
}
