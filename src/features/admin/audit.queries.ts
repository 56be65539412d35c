import type { Db } from '../../db/database.ts';

// The audit trail: who did what to whom, with the facts of the moment as JSON.

export interface NewAuditEvent {
  actorId: number | null;
  action: string;
  subjectType: string;
  subjectId: number | null;
  details: Record<string, unknown>;
}

export interface AuditEventRow {
  id: number;
  actorId: number | null;
  actorName: string | null;
  action: string;
  details: Record<string, unknown>;
  createdAt: string;
}

export async function insertAuditEvent(db: Db, event: NewAuditEvent, now: string): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      actor_id: event.actorId,
      action: event.action,
      subject_type: event.subjectType,
      subject_id: event.subjectId,
      details: JSON.stringify(event.details),
      created_at: now,
    })
    .execute();
}

/** The latest events about one subject, newest first. */
export async function selectAuditEventsAbout(
  db: Db,
  subject: { type: string; id: number },
  limit: number,
): Promise<AuditEventRow[]> {
  const rows = await db
    .selectFrom('audit_events as e')
    .leftJoin('users as a', 'a.id', 'e.actor_id')
    .select([
      'e.id',
      'e.actor_id as actorId',
      'a.name as actorName',
      'e.action',
      'e.details',
      'e.created_at as createdAt',
    ])
    .where('e.subject_type', '=', subject.type)
    .where('e.subject_id', '=', subject.id)
    .orderBy('e.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, details: parseDetails(r.details) }));
}

function parseDetails(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}
