import type { Db } from '../db/database.ts';
import { selectFile, type FileRow } from './files.queries.ts';
import { databaseStore, type FileStore } from './store.ts';
import type { Upload } from './upload.ts';

export type StoredFile = FileRow;

export interface FileContent extends StoredFile {
  bytes: Buffer;
}

const store: FileStore = databaseStore;

/**
 * Stores an accepted upload and returns its row; pass the transaction that records the reference
 * to it, so that a failed write leaves no reference behind.
 */
export async function storeUpload(db: Db, upload: Upload): Promise<StoredFile> {
  return store.put(db, upload);
}

/** A stored file with its bytes, by id (the caller has checked that the actor may have it). */
export async function openFile(db: Db, fileId: number): Promise<FileContent | undefined> {
  const file = await selectFile(db, fileId);
  const bytes = file && (await store.get(db, file.sha256));
  return file && bytes ? { ...file, bytes } : undefined;
}
