import type { Db } from '../../db/database.ts';

// Support requests of a twinning project and their history of messages and status changes.

export const SUPPORT_KINDS = [
  'expertise',
  'training',
  'introductions',
  'funding_advice',
  'other',
] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];
export const SUPPORT_STATUSES = ['open', 'in_progress', 'answered', 'closed'] as const;
export type SupportStatus = (typeof SUPPORT_STATUSES)[number];

export interface SupportRequestRow {
  id: number;
  twinningId: number;
  organisationId: number;
  cityName: string;
  kind: SupportKind;
  title: string;
  body: string;
  status: SupportStatus;
  createdBy: number | null;
  authorName: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SupportMessage {
  id: number;
  authorId: number | null;
  authorName: string | null;
  body: string;
  status: SupportStatus | null;
  createdAt: string;
}

function requests(db: Db) {
  return db
    .selectFrom('support_requests as r')
    .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
    .leftJoin('users as u', 'u.id', 'r.created_by')
    .select([
      'r.id',
      'r.twinning_id as twinningId',
      'r.organisation_id as organisationId',
      'o.name as cityName',
      'r.kind',
      'r.title',
      'r.body',
      'r.status',
      'r.created_by as createdBy',
      'u.name as authorName',
      'r.created_at as createdAt',
      'r.updated_at as updatedAt',
    ]);
}

const typed = (r: { kind: string; status: string }) =>
  r as typeof r & { kind: SupportKind; status: SupportStatus };

/** The project's requests, newest first. */
export async function selectSupportRequests(
  db: Db,
  twinningId: number,
): Promise<SupportRequestRow[]> {
  const rows = await requests(db)
    .where('r.twinning_id', '=', twinningId)
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id', 'desc')
    .execute();
  return rows.map((r) => typed(r) as SupportRequestRow);
}

export async function selectSupportRequest(
  db: Db,
  twinningId: number,
  id: number,
): Promise<SupportRequestRow | undefined> {
  const row = await requests(db)
    .where('r.twinning_id', '=', twinningId)
    .where('r.id', '=', id)
    .executeTakeFirst();
  return row ? (typed(row) as SupportRequestRow) : undefined;
}

/** The request's messages and status changes, oldest first. */
export async function selectSupportMessages(db: Db, requestId: number): Promise<SupportMessage[]> {
  const rows = await db
    .selectFrom('support_request_messages as m')
    .leftJoin('users as u', 'u.id', 'm.author_id')
    .select([
      'm.id',
      'm.author_id as authorId',
      'u.name as authorName',
      'm.body',
      'm.status',
      'm.created_at as createdAt',
    ])
    .where('m.support_request_id', '=', requestId)
    .orderBy('m.created_at')
    .orderBy('m.id')
    .execute();
  return rows.map((r) => ({ ...r, status: r.status as SupportStatus | null }));
}

export interface NewSupportRequest {
  twinningId: number;
  organisationId: number;
  kind: SupportKind;
  title: string;
  body: string;
  createdBy: number;
}

/** The same request by the same official still open: what a double submission would repeat. */
export async function selectOpenDuplicate(
  db: Db,
  r: NewSupportRequest,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('support_requests')
    .select('id')
    .where('twinning_id', '=', r.twinningId)
    .where('organisation_id', '=', r.organisationId)
    .where('created_by', '=', r.createdBy)
    .where('kind', '=', r.kind)
    .where('title', '=', r.title)
    .where('body', '=', r.body)
    .where('status', '<>', 'closed')
    .executeTakeFirst();
  return row?.id;
}

export async function insertSupportRequest(
  db: Db,
  r: NewSupportRequest,
  now: string,
): Promise<number> {
  const { id } = await db
    .insertInto('support_requests')
    .values({
      twinning_id: r.twinningId,
      organisation_id: r.organisationId,
      kind: r.kind,
      title: r.title,
      body: r.body,
      status: 'open',
      created_by: r.createdBy,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Moves the request from `from` to `to` (or only touches it); false when it changed meanwhile. */
export async function updateSupportStatus(
  db: Db,
  id: number,
  from: SupportStatus,
  to: SupportStatus,
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('support_requests')
    .set({ status: to, updated_at: now })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function insertSupportMessage(
  db: Db,
  m: { requestId: number; authorId: number; body: string; status: SupportStatus | null },
  now: string,
): Promise<void> {
  await db
    .insertInto('support_request_messages')
    .values({
      support_request_id: m.requestId,
      author_id: m.authorId,
      body: m.body,
      status: m.status,
      created_at: now,
    })
    .execute();
}

/** Everyone who has written in the request's history. */
export async function selectSupportAuthorIds(db: Db, requestId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('support_request_messages')
    .select('author_id')
    .distinct()
    .where('support_request_id', '=', requestId)
    .where('author_id', 'is not', null)
    .execute();
  return rows.map((r) => r.author_id!);
}

/** The request's latest message: a repeat of it by the same author is a double submission. */
export async function selectLastSupportMessage(
  db: Db,
  requestId: number,
): Promise<{ authorId: number | null; body: string; status: string | null } | undefined> {
  return db
    .selectFrom('support_request_messages')
    .select(['author_id as authorId', 'body', 'status'])
    .where('support_request_id', '=', requestId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}
