import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { isRole, type Actor, type Role } from './actor.ts';

// Sign-in sessions: a row per session, found by the hash of the cookie's token.

export interface SessionRow {
  sessionId: number;
  csrfToken: string;
  lastSeenAt: string;
  actor: Actor;
  /** The time zone the official chose on their profile, if any. */
  timeZone: string | null;
  /** Unread notifications for the header, counted up to 100 (shown as "99+"). */
  unreadNotifications: number;
}

// Counted in the session's own query, so that the header costs no query of its own.
const UNREAD_CAP = 100;

export async function insertSession(
  db: Db,
  row: {
    tokenHash: string;
    userId: number;
    csrfToken: string;
    now: string;
    expiresAt: string;
    ip: string;
    userAgent: string;
  },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: row.tokenHash,
      user_id: row.userId,
      csrf_token: row.csrfToken,
      created_at: row.now,
      last_seen_at: row.now,
      expires_at: row.expiresAt,
      ip: row.ip.slice(0, 64),
      user_agent: row.userAgent.slice(0, 300),
    })
    .execute();
}

/** The live session of a token with its official and roles, in one query. */
export async function selectLiveSession(
  db: Db,
  tokenHash: string,
  now: string,
  idleSince: string,
): Promise<SessionRow | undefined> {
  const rows = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('user_roles as r', 'r.user_id', 'u.id')
    .select([
      's.id as sessionId',
      's.csrf_token as csrfToken',
      's.last_seen_at as lastSeenAt',
      'u.id as userId',
      'u.name',
      'u.email',
      'u.preferred_language as preferredLanguage',
      'u.organisation_id as organisationId',
      'u.time_zone as timeZone',
      'r.role',
      'r.organisation_id as roleOrganisationId',
      sql<number | string>`(select count(*) from (select 1 from notifications n
        where n.user_id = u.id and n.read_at is null limit ${UNREAD_CAP}) unread)`.as('unread'),
    ])
    .where('s.token_hash', '=', tokenHash)
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', now)
    .where('s.last_seen_at', '>', idleSince)
    .where('u.is_disabled', '=', 0)
    .execute();
  const first = rows[0];
  if (!first) return undefined;
  const roles = new Set<Role>();
  let partnerOrganisationId: number | null = null;
  for (const r of rows) {
    if (isRole(r.role)) roles.add(r.role);
    if (r.role === 'partner_editor') partnerOrganisationId = r.roleOrganisationId;
  }
  return {
    sessionId: first.sessionId,
    csrfToken: first.csrfToken,
    lastSeenAt: first.lastSeenAt,
    actor: {
      id: first.userId,
      name: first.name,
      email: first.email,
      preferredLanguage: first.preferredLanguage,
      organisationId: first.organisationId,
      roles,
      partnerOrganisationId,
    },
    timeZone: first.timeZone,
    unreadNotifications: Number(first.unread),
  };
}

export async function updateLastSeen(db: Db, sessionId: number, now: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', sessionId).execute();
}

export async function revokeSession(db: Db, sessionId: number, now: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('id', '=', sessionId)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Ends every session of an official, optionally sparing one (the one that changed the password). */
export async function revokeSessionsOfUser(
  db: Db,
  userId: number,
  now: string,
  exceptSessionId?: number,
): Promise<void> {
  let q = db
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null);
  if (exceptSessionId !== undefined) q = q.where('id', '!=', exceptSessionId);
  await q.execute();
}

/** Sessions that would still let the official in: not revoked, not expired, not idle. */
export async function countLiveSessions(
  db: Db,
  userId: number,
  now: string,
  idleSince: string,
): Promise<number> {
  const row = await db
    .selectFrom('sessions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .where('last_seen_at', '>', idleSince)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface SessionListRow {
  id: number;
  createdAt: string;
  lastSeenAt: string;
  ip: string;
  userAgent: string;
}

/** An official's live sessions, most recently used first. */
export async function selectLiveSessionsOfUser(
  db: Db,
  userId: number,
  now: string,
  idleSince: string,
): Promise<SessionListRow[]> {
  return db
    .selectFrom('sessions')
    .select([
      'id',
      'created_at as createdAt',
      'last_seen_at as lastSeenAt',
      'ip',
      'user_agent as userAgent',
    ])
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .where('last_seen_at', '>', idleSince)
    .orderBy('last_seen_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Ends one session if it belongs to the official; returns whether a live one was ended. */
export async function revokeSessionOfUser(
  db: Db,
  sessionId: number,
  userId: number,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('id', '=', sessionId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
