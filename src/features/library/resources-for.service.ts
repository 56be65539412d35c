import type { Deps } from '../../deps.ts';
import type { ResourceLink } from './related.queries.ts';
import { selectPublishedResourcesFor, selectStatusCounts } from './resources-for.queries.ts';

// The library as other features read it (partner workspaces, expert profiles).

export type { ResourceLink };

/**
 * Published resources of an organisation (as owner or co-publisher), by an expert and/or on a
 * theme, newest
 * first, titled in `lang` (else English, else their first language). Public data: no actor.
 */
export async function publishedResourcesFor(
  deps: Deps,
  lang: string,
  filter: { organisationId?: number; expertId?: number; themeId?: number; limit: number },
): Promise<ResourceLink[]> {
  const limit = Math.max(0, Math.min(Math.trunc(filter.limit), 200));
  if (limit === 0) return [];
  return selectPublishedResourcesFor(deps.db, lang, { ...filter, limit });
}

/**
 * How many resources the organisation owns, by status. The caller shows drafts and those in
 * review only to the organisation's editors and coordinators (library.policy actsForOrganisation).
 */
export async function resourceCountsFor(
  deps: Deps,
  organisationId: number,
): Promise<{ published: number; draft: number; inReview: number }> {
  const counts = await selectStatusCounts(deps.db, organisationId);
  return {
    published: counts.published ?? 0,
    draft: counts.draft ?? 0,
    inReview: counts.in_review ?? 0,
  };
}
