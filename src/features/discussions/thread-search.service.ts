import type { Deps } from '../../deps.ts';
import { highlight, type Highlighted } from '../../search/highlight.ts';
import { matchingIds } from '../../search/match.queries.ts';
import { groupWords, MAX_QUERY_CHARS, queryGroups } from '../../search/text.ts';
import { selectThreadsInSubjects } from './thread-list.queries.ts';
import type { SubjectRef } from './subjects.ts';

// Searching threads: the platform's one search function over thread_search, kept to the subjects
// the reader may read; titles that match come first, then the latest activity.

/** A search shows at most this many threads. */
export const SEARCH_RESULTS = 50;

export interface ThreadMatches {
  /** The threads found, best first, at most SEARCH_RESULTS. */
  ids: number[];
  total: number;
  /** Marks the query's words in a title. */
  mark(title: string): Highlighted;
}

/** The threads of the subjects whose titles or visible posts hold the query's words. */
export async function findThreads(
  deps: Deps,
  subjects: SubjectRef[],
  query: string,
  userId: number,
): Promise<ThreadMatches> {
  const groups = queryGroups(query.slice(0, MAX_QUERY_CHARS));
  const words = groupWords(groups);
  const mark = (title: string) => highlight(title, words, { snippet: false });
  if (groups.length === 0) return { ids: [], total: 0, mark };
  const [anywhere, inTitles] = await Promise.all([
    matchingIds(deps.db, deps.dialect, 'thread_search', groups, 'anywhere'),
    matchingIds(deps.db, deps.dialect, 'thread_search', groups, 'title'),
  ]);
  const titled = new Set(inTitles);
  const found = await selectThreadsInSubjects(deps.db, anywhere, subjects, userId);
  found.sort(
    (a, b) =>
      Number(titled.has(b.id)) - Number(titled.has(a.id)) ||
      b.lastPostAt.localeCompare(a.lastPostAt) ||
      b.id - a.id,
  );
  return { ids: found.slice(0, SEARCH_RESULTS).map((t) => t.id), total: found.length, mark };
}
