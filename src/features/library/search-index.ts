import type { Db, Dialect } from '../../db/database.ts';
import { foldForSearch } from '../../search/text.ts';
import { writeIndexRow } from '../../search/match.queries.ts';
import { selectIndexSources } from './search-index.queries.ts';

/**
 * At most this many characters of a resource's folded body are indexed (summaries, authors, then
 * its files' text): enough for a long report, and under PostgreSQL's 1 MB limit for a tsvector.
 */
export const MAX_INDEXED_BODY = 300_000;

/**
 * Rebuilds one resource's row of the search index from its titles, summaries, authors and the
 * text extracted from its files. Every writer of those calls it in the same transaction.
 */
export async function indexResource(db: Db, dialect: Dialect, resourceId: number): Promise<void> {
  const sources = await selectIndexSources(db, resourceId);
  if (!sources) return;
  const title = foldForSearch(sources.titles.join('\n'));
  const body = foldForSearch(
    [...sources.summaries, sources.authors, ...sources.texts].join('\n'),
  ).slice(0, MAX_INDEXED_BODY);
  await writeIndexRow(db, dialect, 'resource_search', { id: resourceId, title, body });
}
