import type { Db } from '../../db/database.ts';

// What a thread's row of the search index is built from (search/match.queries.ts writes it).

export async function selectThreadIndexSources(
  db: Db,
  threadId: number,
): Promise<{ title: string; posts: string[] } | undefined> {
  const thread = await db
    .selectFrom('threads')
    .select('title')
    .where('id', '=', threadId)
    .executeTakeFirst();
  if (!thread) return undefined;
  const posts = await db
    .selectFrom('posts')
    .select('body')
    .where('thread_id', '=', threadId)
    .where('status', '=', 'visible')
    .orderBy('id')
    .execute();
  return { title: thread.title, posts: posts.map((p) => p.body) };
}
