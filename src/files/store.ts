import type { Db } from '../db/database.ts';
import { nowIso } from '../db/database.ts';
import { insertFileOnce, selectBytes, type FileRow } from './files.queries.ts';

/**
 * Where file bytes live, addressed by their SHA-256. The `files` table always holds each file's
 * row (id, hash, size, type) so that features can refer to it; this store keeps the bytes in that
 * row too. Another backend (a directory, an object store) would implement the same two calls.
 */
export interface FileStore {
  /** Stores the content once (the same bytes are never stored twice) and returns its row. */
  put(
    db: Db,
    content: { sha256: string; size: number; mediaType: string; bytes: Buffer },
  ): Promise<FileRow>;
  get(db: Db, sha256: string): Promise<Buffer | undefined>;
}

export const databaseStore: FileStore = {
  put: (db, content) => insertFileOnce(db, content, nowIso()),
  get: selectBytes,
};
