import type { Db } from '../db/database.ts';

// SQL of the database file store: metadata and bytes in one row per distinct content.

export interface FileRow {
  id: number;
  sha256: string;
  size: number;
  mediaType: string;
}

const META = ['id', 'sha256', 'size', 'media_type as mediaType'] as const;

/** Inserts the content unless the same bytes are stored already (concurrent uploads included). */
export async function insertFileOnce(
  db: Db,
  file: { sha256: string; size: number; mediaType: string; bytes: Buffer },
  now: string,
): Promise<FileRow> {
  await db
    .insertInto('files')
    .values({
      sha256: file.sha256,
      size: file.size,
      media_type: file.mediaType,
      bytes: file.bytes,
      created_at: now,
    })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
  return db
    .selectFrom('files')
    .select(META)
    .where('sha256', '=', file.sha256)
    .executeTakeFirstOrThrow();
}

export async function selectFile(db: Db, id: number): Promise<FileRow | undefined> {
  return db.selectFrom('files').select(META).where('id', '=', id).executeTakeFirst();
}

export async function selectBytes(db: Db, sha256: string): Promise<Buffer | undefined> {
  const row = await db
    .selectFrom('files')
    .select('bytes')
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  // Both drivers return a Buffer already: no copy (a 20 MB file would be held twice).
  return row?.bytes;
}
