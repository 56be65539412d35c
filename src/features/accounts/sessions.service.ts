import type { Db } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { hashToken, randomToken } from '../../web/tokens.ts';
import { requireActor, type Actor } from './actor.ts';
import * as q from './sessions.queries.ts';
import { describeUserAgent } from './user-agent.ts';

export interface SessionSettings {
  idleMinutes: number;
  absoluteHours: number;
}

/** The idle and absolute time-outs of sessions, as configured. */
export function sessionSettings(config: Deps['config']): SessionSettings {
  return { idleMinutes: config.SESSION_IDLE_MINUTES, absoluteHours: config.SESSION_ABSOLUTE_HOURS };
}

// last_seen_at is written at most once a minute, so reading pages does not mean writing rows.
const TOUCH_AFTER_MS = 60_000;

/** Starts a new session for an official: a fresh token (never reused from before sign-in). */
export async function startSession(
  db: Db,
  settings: SessionSettings,
  input: { userId: number; ip: string; userAgent: string; now?: Date },
): Promise<{ token: string; csrfToken: string }> {
  const now = input.now ?? new Date();
  const token = randomToken();
  const csrfToken = randomToken();
  await q.insertSession(db, {
    tokenHash: hashToken(token),
    userId: input.userId,
    csrfToken,
    now: now.toISOString(),
    expiresAt: new Date(now.getTime() + settings.absoluteHours * 3_600_000).toISOString(),
    ip: input.ip,
    userAgent: input.userAgent,
  });
  return { token, csrfToken };
}

/** The live session behind a cookie token, or undefined when it is unknown, revoked, idle or expired. */
export async function resumeSession(
  db: Db,
  settings: SessionSettings,
  token: string,
  now: Date = new Date(),
): Promise<q.SessionRow | undefined> {
  if (token.length > 100) return undefined;
  const idleSince = new Date(now.getTime() - settings.idleMinutes * 60_000).toISOString();
  const row = await q.selectLiveSession(db, hashToken(token), now.toISOString(), idleSince);
  if (row && now.getTime() - Date.parse(row.lastSeenAt) > TOUCH_AFTER_MS) {
    await q.updateLastSeen(db, row.sessionId, now.toISOString());
  }
  return row;
}

export async function endSession(db: Db, sessionId: number): Promise<void> {
  await q.revokeSession(db, sessionId, new Date().toISOString());
}

/** Ends every session of an official at once (password change, disabled account). */
export async function endAllSessions(
  db: Db,
  userId: number,
  exceptSessionId?: number,
): Promise<void> {
  await q.revokeSessionsOfUser(db, userId, new Date().toISOString(), exceptSessionId);
}

export interface SessionSummary extends q.SessionListRow {
  isCurrent: boolean;
  browser: string | null;
  system: string | null;
}

/** The actor's own live sessions, for the "where you are signed in" page. */
export async function listOwnSessions(
  deps: Deps,
  actor: Actor | null,
  currentSessionId: number | null,
  now: Date = new Date(),
): Promise<SessionSummary[]> {
  const me = requireActor(actor);
  const idleSince = new Date(now.getTime() - deps.config.SESSION_IDLE_MINUTES * 60_000);
  const rows = await q.selectLiveSessionsOfUser(
    deps.db,
    me.id,
    now.toISOString(),
    idleSince.toISOString(),
  );
  return rows.map((row) => ({
    ...row,
    isCurrent: row.id === currentSessionId,
    ...describeUserAgent(row.userAgent),
  }));
}

/** Ends one of the actor's own sessions; anyone else's (or an ended one) is NOT_FOUND. */
export async function revokeOwnSession(
  deps: Deps,
  actor: Actor | null,
  sessionId: number,
): Promise<void> {
  const me = requireActor(actor);
  if (!(await q.revokeSessionOfUser(deps.db, sessionId, me.id, new Date().toISOString())))
    throw new AppError('NOT_FOUND');
}

/** How many sessions would still let an official in (shown to admins on the official's page). */
export async function countLiveSessions(
  deps: Deps,
  userId: number,
  now: Date = new Date(),
): Promise<number> {
  const idleSince = new Date(now.getTime() - deps.config.SESSION_IDLE_MINUTES * 60_000);
  return q.countLiveSessions(deps.db, userId, now.toISOString(), idleSince.toISOString());
}
