import type { Db } from '../../db/database.ts';

// Writing what is added to an exchange from its page: meetings, notes, agreed actions, documents.

export async function insertMeeting(
  db: Db,
  exchangeId: number,
  m: { title: string; heldOn: string; eventId: number | null },
  now: string,
): Promise<number> {
  const { id } = await db
    .insertInto('exchange_meetings')
    .values({
      exchange_id: exchangeId,
      title: m.title,
      held_on: m.heldOn,
      event_id: m.eventId,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The latest note of this author on the exchange, to tell a double submission from a new note. */
export async function selectLastNoteOf(
  db: Db,
  exchangeId: number,
  authorId: number,
): Promise<{ body: string; createdAt: string } | undefined> {
  return db
    .selectFrom('exchange_notes')
    .select(['body', 'created_at as createdAt'])
    .where('exchange_id', '=', exchangeId)
    .where('author_id', '=', authorId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertNote(
  db: Db,
  exchangeId: number,
  authorId: number,
  body: string,
  now: string,
): Promise<number> {
  const { id } = await db
    .insertInto('exchange_notes')
    .values({ exchange_id: exchangeId, author_id: authorId, body, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function insertExchangeAction(
  db: Db,
  exchangeId: number,
  a: { title: string; organisationId: number | null; dueOn: string | null; isDone?: boolean },
  now: string,
): Promise<number> {
  const { id } = await db
    .insertInto('exchange_actions')
    .values({
      exchange_id: exchangeId,
      title: a.title,
      organisation_id: a.organisationId,
      due_on: a.dueOn,
      is_done: a.isDone ? 1 : 0,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Sets an action done or not done; false when the exchange has no such action. */
export async function updateActionDone(
  db: Db,
  exchangeId: number,
  actionId: number,
  done: boolean,
): Promise<boolean> {
  const r = await db
    .updateTable('exchange_actions')
    .set({ is_done: done ? 1 : 0 })
    .where('exchange_id', '=', exchangeId)
    .where('id', '=', actionId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** The exchange's document with this stored file, if it has one. */
export async function selectDocumentByFile(
  db: Db,
  exchangeId: number,
  fileId: number,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('exchange_documents')
    .select('id')
    .where('exchange_id', '=', exchangeId)
    .where('file_id', '=', fileId)
    .executeTakeFirst();
  return row?.id;
}

export async function insertExchangeDocument(
  db: Db,
  d: {
    exchangeId: number;
    fileId: number;
    fileName: string;
    title: string;
    uploadedBy: number | null;
  },
  now: string,
): Promise<number> {
  const { id } = await db
    .insertInto('exchange_documents')
    .values({
      exchange_id: d.exchangeId,
      file_id: d.fileId,
      file_name: d.fileName,
      title: d.title,
      uploaded_by: d.uploadedBy,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
