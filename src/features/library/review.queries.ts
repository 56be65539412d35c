import type { Db } from '../../db/database.ts';

// SQL for the publishing workflow: status changes, the lists of resources by status and the
// people told about a change.

/**
 * Moves a resource from one of `from` to `to`; false when it was in another state (or another
 * request moved it first), so that a double click changes it once.
 */
export async function updateStatus(
  db: Db,
  id: number,
  change: { from: string[]; to: string; reviewComment?: string; publishedAt?: string },
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('resources')
    .set({
      status: change.to,
      updated_at: now,
      ...(change.reviewComment === undefined ? {} : { review_comment: change.reviewComment }),
      ...(change.publishedAt === undefined ? {} : { published_at: change.publishedAt }),
    })
    .where('id', '=', id)
    .where('status', 'in', change.from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface Recipient {
  email: string;
  name: string;
  preferredLanguage: string;
}

function activeUsers(db: Db) {
  return db
    .selectFrom('users as u')
    .select(['u.email', 'u.name', 'u.preferred_language as preferredLanguage'])
    .where('u.is_disabled', '=', 0)
    .orderBy('u.id');
}

/** Coordinators (and admins), still active: told when a resource waits for review. */
export async function selectCoordinators(db: Db): Promise<Recipient[]> {
  return activeUsers(db)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('user_roles as r')
          .select('r.id')
          .whereRef('r.user_id', '=', 'u.id')
          .where('r.role', 'in', ['coordinator', 'admin']),
      ),
    )
    .execute();
}

/** A resource's author and its organisation's partner editors, still active. */
export async function selectEditors(
  db: Db,
  r: { createdBy: number | null; organisationId: number },
): Promise<Recipient[]> {
  return activeUsers(db)
    .where((eb) =>
      eb.or([
        eb('u.id', '=', r.createdBy ?? -1),
        eb.exists(
          eb
            .selectFrom('user_roles as r')
            .select('r.id')
            .whereRef('r.user_id', '=', 'u.id')
            .where('r.role', '=', 'partner_editor')
            .where('r.organisation_id', '=', r.organisationId),
        ),
      ]),
    )
    .execute();
}

export interface ResourceListRow {
  id: number;
  slug: string;
  kind: string;
  status: string;
  organisationName: string;
  reviewComment: string;
  updatedAt: string;
  titles: Record<string, string>;
}

/**
 * Resources of one organisation (all when `organisationId` is null) in these statuses, the
 * longest-waiting (or the latest changed) first, with their titles in every language.
 */
export async function selectResourceList(
  db: Db,
  filter: { organisationId: number | null; statuses: string[]; newestFirst: boolean },
  limit: number,
): Promise<ResourceListRow[]> {
  let query = db
    .selectFrom('resources as r')
    .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
    .select([
      'r.id',
      'r.slug',
      'r.kind',
      'r.status',
      'o.name as organisationName',
      'r.review_comment as reviewComment',
      'r.updated_at as updatedAt',
    ])
    .where('r.status', 'in', filter.statuses);
  if (filter.organisationId !== null)
    query = query.where('r.organisation_id', '=', filter.organisationId);
  const order = filter.newestFirst ? 'desc' : 'asc';
  const rows = await query
    .orderBy('r.updated_at', order)
    .orderBy('r.id', order)
    .limit(limit)
    .execute();
  if (!rows.length) return [];
  const texts = await db
    .selectFrom('resource_translations')
    .select(['resource_id', 'language', 'title'])
    .where(
      'resource_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  return rows.map((r) => ({
    ...r,
    titles: Object.fromEntries(
      texts.filter((tx) => Number(tx.resource_id) === r.id).map((tx) => [tx.language, tx.title]),
    ),
  }));
}
