import type { Db } from '../../db/database.ts';
import { titleOf, toLink, type ResourceLink } from './related.queries.ts';
import { publishedBy } from './resources-for.queries.ts';

// SQL of a partner workspace's library part: how many resources it publishes (as owner or
// co-publisher), and its own resources in one status, most recently changed first.

/** Published resources the organisation owns or co-publishes. */
export async function countPublishedFor(db: Db, organisationId: number): Promise<number> {
  const row = await db
    .selectFrom('resources as r')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('r.status', '=', 'published')
    .where((eb) => publishedBy(eb, organisationId))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The organisation's own resources in this status, most recently changed first. */
export async function selectOwnResourcesInStatus(
  db: Db,
  language: string,
  organisationId: number,
  status: 'draft' | 'in_review',
  limit: number,
): Promise<ResourceLink[]> {
  const rows = await db
    .selectFrom('resources as r')
    .select(['r.slug', 'r.kind', 'r.year', titleOf(language).as('title')])
    .where('r.organisation_id', '=', organisationId)
    .where('r.status', '=', status)
    .orderBy('r.updated_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toLink);
}
