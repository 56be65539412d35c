import type { Db } from '../../db/database.ts';

// The parts of an exchange's page: its cities, themes, participants, meetings, notes, documents
// and agreed actions.

export interface CityRef {
  id: number;
  slug: string;
  name: string;
}

export async function selectExchangeCities(db: Db, id: number): Promise<CityRef[]> {
  return db
    .selectFrom('exchange_cities as xc')
    .innerJoin('organisations as o', 'o.id', 'xc.organisation_id')
    .select(['o.id', 'o.slug', 'o.name'])
    .where('xc.exchange_id', '=', id)
    .orderBy('o.name')
    .execute();
}

export async function selectExchangeThemeIds(db: Db, id: number): Promise<number[]> {
  const rows = await db
    .selectFrom('exchange_themes')
    .select('theme_id')
    .where('exchange_id', '=', id)
    .execute();
  return rows.map((r) => r.theme_id);
}

export interface Person {
  id: number;
  name: string;
  cityId: number | null;
  cityName: string;
}

export async function selectParticipants(db: Db, id: number): Promise<Person[]> {
  const rows = await db
    .selectFrom('exchange_participants as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .leftJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.name', 'o.id as city_id', 'o.name as city_name'])
    .where('p.exchange_id', '=', id)
    .orderBy('u.name')
    .orderBy('u.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    cityId: r.city_id,
    cityName: r.city_name ?? '',
  }));
}

/** The active officials of these cities (the people who may take part), by city and name. */
export interface Meeting {
  id: number;
  title: string;
  heldOn: string;
  eventId: number | null;
}

export async function selectMeetings(db: Db, id: number): Promise<Meeting[]> {
  return db
    .selectFrom('exchange_meetings')
    .select(['id', 'title', 'held_on as heldOn', 'event_id as eventId'])
    .where('exchange_id', '=', id)
    .orderBy('held_on')
    .orderBy('id')
    .execute();
}

export interface Note {
  id: number;
  authorName: string;
  body: string;
  createdAt: string;
}

export async function selectNotes(db: Db, id: number): Promise<Note[]> {
  const rows = await db
    .selectFrom('exchange_notes as n')
    .leftJoin('users as u', 'u.id', 'n.author_id')
    .select(['n.id', 'u.name', 'n.body', 'n.created_at'])
    .where('n.exchange_id', '=', id)
    .orderBy('n.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    authorName: r.name ?? '',
    body: r.body,
    createdAt: r.created_at,
  }));
}

export interface ExchangeDocument {
  id: number;
  fileId: number;
  fileName: string;
  title: string;
  size: number;
  uploaderName: string;
  createdAt: string;
}

function documentsQuery(db: Db, exchangeId: number) {
  return db
    .selectFrom('exchange_documents as d')
    .innerJoin('files as f', 'f.id', 'd.file_id')
    .leftJoin('users as u', 'u.id', 'd.uploaded_by')
    .select([
      'd.id',
      'd.file_id',
      'd.file_name',
      'd.title',
      'f.size',
      'u.name as uploader',
      'd.created_at',
    ])
    .where('d.exchange_id', '=', exchangeId);
}

type DocRow = Awaited<ReturnType<ReturnType<typeof documentsQuery>['executeTakeFirstOrThrow']>>;
const toDocument = (r: DocRow): ExchangeDocument => ({
  id: r.id,
  fileId: r.file_id,
  fileName: r.file_name,
  title: r.title,
  size: Number(r.size),
  uploaderName: r.uploader ?? '',
  createdAt: r.created_at,
});

export async function selectDocuments(db: Db, id: number): Promise<ExchangeDocument[]> {
  const rows = await documentsQuery(db, id).orderBy('d.id').execute();
  return rows.map(toDocument);
}

export async function selectDocument(
  db: Db,
  exchangeId: number,
  documentId: number,
): Promise<ExchangeDocument | undefined> {
  const row = await documentsQuery(db, exchangeId)
    .where('d.id', '=', documentId)
    .executeTakeFirst();
  return row && toDocument(row);
}

export interface Action {
  id: number;
  title: string;
  cityName: string;
  dueOn: string | null;
  isDone: boolean;
}

export async function selectActions(db: Db, id: number): Promise<Action[]> {
  const rows = await db
    .selectFrom('exchange_actions as a')
    .leftJoin('organisations as o', 'o.id', 'a.organisation_id')
    .select(['a.id', 'a.title', 'o.name', 'a.due_on', 'a.is_done'])
    .where('a.exchange_id', '=', id)
    .orderBy('a.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    cityName: r.name ?? '',
    dueOn: r.due_on,
    isDone: Number(r.is_done) === 1,
  }));
}
