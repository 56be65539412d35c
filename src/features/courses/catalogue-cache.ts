import { bumpCacheVersion, type CacheScope } from '../../db/cache-versions.queries.ts';
import type { Db } from '../../db/database.ts';

// The anonymous catalogue and course pages are page-cached. They show courses (with their runs
// and seats left, and the runs' live sessions, which are events), theme names and partner names,
// so they are current while none of those four versions moved. Triggers on every table those
// pages show bump 'courses' (migration 20261128T0009) and 'events' (20261128T0016) in the writing
// transaction, so no writer can forget, and the page cache reads those versions on every use.

export const CATALOGUE_SCOPES: CacheScope[] = ['courses', 'events', 'themes', 'organisations'];

/**
 * Marks the public catalogue changed, for a change the triggers do not see. Call it last in the
 * writing transaction (after the rows it changed, in the order the triggers lock them).
 */
export function bumpCatalogue(deps: { db: Db }): Promise<void> {
  return bumpCacheVersion(deps.db, 'courses');
}
