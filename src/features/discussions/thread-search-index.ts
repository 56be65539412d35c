import type { Db, Dialect } from '../../db/database.ts';
import { writeIndexRow } from '../../search/match.queries.ts';
import { foldForSearch } from '../../search/text.ts';
import { selectThreadIndexSources } from './thread-search.queries.ts';

/** At most this many characters of a thread's folded posts are indexed (under PostgreSQL's limit). */
const MAX_INDEXED_BODY = 300_000;

/**
 * Rebuilds a thread's row of the search index from its title and its visible posts. Every writer
 * of a post (new, edited, deleted, hidden, restored) calls it in the same transaction.
 */
export async function indexThread(db: Db, dialect: Dialect, threadId: number): Promise<void> {
  const sources = await selectThreadIndexSources(db, threadId);
  if (!sources) return;
  const title = foldForSearch(sources.title);
  const body = foldForSearch(sources.posts.join('\n')).slice(0, MAX_INDEXED_BODY);
  await writeIndexRow(db, dialect, 'thread_search', { id: threadId, title, body });
}
