import type { Db } from '../../db/database.ts';

// SQL for a resource's record of changes: who, when, what (details are JSON text).

export interface ChangeRow {
  id: number;
  action: string;
  actorName: string | null;
  createdAt: string;
  details: Record<string, unknown>;
}

function parseDetails(text: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** A resource's changes, newest first (at most `limit`). */
export async function selectChanges(
  db: Db,
  resourceId: number,
  limit: number,
): Promise<ChangeRow[]> {
  const rows = await db
    .selectFrom('resource_changes as c')
    .leftJoin('users as u', 'u.id', 'c.actor_id')
    .select(['c.id', 'c.action', 'u.name as actorName', 'c.created_at as createdAt', 'c.details'])
    .where('c.resource_id', '=', resourceId)
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(({ details, ...r }) => ({ ...r, details: parseDetails(details) }));
}
