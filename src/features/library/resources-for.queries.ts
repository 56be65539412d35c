import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Tables } from '../../db/tables.ts';
import { titleOf, toLink, type ResourceLink } from './related.queries.ts';

// SQL of the resources other features list: an organisation's or an expert's published
// resources, and an organisation's counts by status.

/** Whether resource `r` is the organisation's: it owns or co-publishes it. */
export function publishedBy(
  eb: ExpressionBuilder<Tables & { r: Tables['resources'] }, 'r'>,
  organisationId: number,
) {
  return eb.or([
    eb('r.organisation_id', '=', organisationId),
    eb.exists(
      eb
        .selectFrom('resource_organisations as ro')
        .select('ro.resource_id')
        .whereRef('ro.resource_id', '=', 'r.id')
        .where('ro.organisation_id', '=', organisationId),
    ),
  ]);
}

/**
 * Published resources that the organisation publishes (owner or co-publisher), the expert wrote
 * or that are filed under the theme, newest first.
 */
export async function selectPublishedResourcesFor(
  db: Db,
  language: string,
  filter: { organisationId?: number; expertId?: number; themeId?: number; limit: number },
): Promise<ResourceLink[]> {
  let query = db
    .selectFrom('resources as r')
    .select(['r.slug', 'r.kind', 'r.year', titleOf(language).as('title')])
    .where('r.status', '=', 'published');
  const { organisationId, expertId, themeId } = filter;
  if (organisationId !== undefined) query = query.where((eb) => publishedBy(eb, organisationId));
  if (expertId !== undefined)
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('resource_experts as re')
          .select('re.resource_id')
          .whereRef('re.resource_id', '=', 'r.id')
          .where('re.expert_id', '=', expertId),
      ),
    );
  if (themeId !== undefined)
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('resource_themes as rt')
          .select('rt.resource_id')
          .whereRef('rt.resource_id', '=', 'r.id')
          .where('rt.theme_id', '=', themeId),
      ),
    );
  const rows = await query
    .orderBy('r.published_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(filter.limit)
    .execute();
  return rows.map(toLink);
}

/** How many resources the organisation owns in each status. */
export async function selectStatusCounts(
  db: Db,
  organisationId: number,
): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('resources')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('organisation_id', '=', organisationId)
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}
