import type { Db, Dialect } from '../../db/database.ts';

// SQL for events' outcome documents: rows of event_documents with the stored file's size.

export interface EventDocument {
  id: number;
  eventId: number;
  fileId: number;
  fileName: string;
  title: string;
  language: string;
  size: number;
  createdAt: string;
}

function documentsQuery(db: Db) {
  return db
    .selectFrom('event_documents as d')
    .innerJoin('files as f', 'f.id', 'd.file_id')
    .select([
      'd.id',
      'd.event_id as eventId',
      'd.file_id as fileId',
      'd.file_name as fileName',
      'd.title',
      'd.language',
      'f.size',
      'd.created_at as createdAt',
    ]);
}

const normalise = (r: EventDocument): EventDocument => ({ ...r, size: Number(r.size) });

/** An event's documents, oldest first. */
export async function selectEventDocuments(db: Db, eventId: number): Promise<EventDocument[]> {
  const rows = await documentsQuery(db)
    .where('d.event_id', '=', eventId)
    .orderBy('d.created_at')
    .orderBy('d.id')
    .execute();
  return rows.map(normalise);
}

/** One document of an event (undefined when it is another event's or does not exist). */
export async function selectEventDocument(
  db: Db,
  eventId: number,
  documentId: number,
): Promise<EventDocument | undefined> {
  const row = await documentsQuery(db)
    .where('d.event_id', '=', eventId)
    .where('d.id', '=', documentId)
    .executeTakeFirst();
  return row && normalise(row);
}

/** How many documents an event has (the event page links to them when there are any). */
export async function countEventDocuments(db: Db, eventId: number): Promise<number> {
  const row = await db
    .selectFrom('event_documents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('event_id', '=', eventId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Locks the event's row until the transaction ends, so that two uploads to one event take turns
 * (PostgreSQL; SQLite has one writer at a time already).
 */
export async function lockEvent(db: Db, dialect: Dialect, eventId: number): Promise<void> {
  const query = db.selectFrom('events').select('id').where('id', '=', eventId);
  await (dialect === 'postgres' ? query.forUpdate() : query).execute();
}

/** The event's document with this stored file, if it has one. */
export async function selectDocumentByFile(
  db: Db,
  eventId: number,
  fileId: number,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('event_documents')
    .select('id')
    .where('event_id', '=', eventId)
    .where('file_id', '=', fileId)
    .executeTakeFirst();
  return row?.id;
}

export async function insertEventDocument(
  db: Db,
  doc: { eventId: number; fileId: number; fileName: string; language: string; title: string },
  now: string,
): Promise<number> {
  const { id } = await db
    .insertInto('event_documents')
    .values({
      event_id: doc.eventId,
      file_id: doc.fileId,
      file_name: doc.fileName,
      language: doc.language,
      title: doc.title,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Deletes one document of an event; false when it had no such document. */
export async function deleteEventDocument(
  db: Db,
  eventId: number,
  documentId: number,
): Promise<boolean> {
  const result = await db
    .deleteFrom('event_documents')
    .where('event_id', '=', eventId)
    .where('id', '=', documentId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
