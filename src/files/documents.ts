import type { Db } from '../db/database.ts';
import { AppError } from '../web/errors.ts';
import { openFile, storeUpload, type FileContent } from './files.service.ts';
import type { Upload } from './upload.ts';

// The steps that every "documents of X" feature (events, practices, twinning projects) shares;
// the feature's queries do what is particular to its table.

/** How a feature records a document of one owner (an event, a practice, a project). */
export interface DocumentSteps {
  /** Makes uploads to this owner take turns until the transaction ends. */
  lock: (tx: Db) => Promise<void>;
  /** Whether the owner already has a document with this stored file. */
  hasFile: (tx: Db, fileId: number) => Promise<boolean>;
  insert: (tx: Db, fileId: number) => Promise<void>;
}

/**
 * Stores an upload and records it as a document, once: the same file sent twice to one owner (a
 * double submission) makes one document, as the second upload waits for the first and finds it.
 */
export async function addDocumentOnce(
  db: Db,
  upload: Upload,
  steps: DocumentSteps,
): Promise<{ created: boolean }> {
  return db.transaction().execute(async (tx) => {
    await steps.lock(tx);
    const file = await storeUpload(tx, upload);
    if (await steps.hasFile(tx, file.id)) return { created: false };
    await steps.insert(tx, file.id);
    return { created: true };
  });
}

/**
 * A document's name and bytes to download, found by `find` (the owner's document of that id);
 * NOT_FOUND (`notFoundKey`) for no id, no such document or no stored file.
 */
export async function openDocument(
  db: Db,
  documentId: number | undefined,
  find: (id: number) => Promise<{ fileId: number; fileName: string } | undefined>,
  notFoundKey: string,
): Promise<{ name: string; file: FileContent }> {
  const doc = documentId === undefined ? undefined : await find(documentId);
  const file = doc && (await openFile(db, doc.fileId));
  if (!doc || !file) throw new AppError('NOT_FOUND', notFoundKey);
  return { name: doc.fileName, file };
}
