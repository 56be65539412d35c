import type { Deps } from '../../src/deps.ts';
import { inTransaction } from '../../src/db/database.ts';
import type { SubjectRef } from '../../src/features/discussions/subjects.ts';
import { indexThread } from '../../src/features/discussions/thread-search-index.ts';
import {
  insertPost,
  insertThread,
  refreshThreadCounters,
} from '../../src/features/discussions/thread-write.queries.ts';
import { renderMarkdown } from '../../src/web/markdown.ts';

// Threads and posts written straight to the database (tests, benches and demo data); pages and
// services go through discussions' services instead.

export interface ThreadOptions {
  subject: SubjectRef;
  authorId: number;
  title?: string;
  /** The first post's Markdown. */
  body?: string;
  /** Replies after the first post, in order. */
  replies?: Array<{ authorId: number; body: string; at?: Date }>;
  at?: Date;
  isPinned?: boolean;
  isDemo?: boolean;
}

let counter = 0;

/** A thread with its first post and any replies; returns the thread's and the posts' ids. */
export async function createThread(
  deps: Deps,
  o: ThreadOptions,
): Promise<{ id: number; postIds: number[] }> {
  counter++;
  const at = o.at ?? new Date();
  return inTransaction(deps.db, async (tx) => {
    const id = await insertThread(tx, {
      subject: o.subject,
      title: o.title ?? `A question for the group ${counter}`,
      authorId: o.authorId,
      now: at.toISOString(),
      isPinned: o.isPinned,
      isDemo: o.isDemo,
    });
    const posts = [
      { authorId: o.authorId, body: o.body ?? 'How did your city go about this?', at },
      ...(o.replies ?? []),
    ];
    const postIds: number[] = [];
    for (const p of posts)
      postIds.push(
        await insertPost(tx, {
          threadId: id,
          authorId: p.authorId,
          body: p.body,
          bodyHtml: renderMarkdown(p.body),
          now: (p.at ?? at).toISOString(),
          isDemo: o.isDemo,
        }),
      );
    await refreshThreadCounters(tx, id);
    await indexThread(tx, deps.dialect, id);
    return { id, postIds };
  });
}

/** Makes the official's account `days` old (new accounts' links wait for review). */
export async function ageAccount(deps: Deps, userId: number, days = 30): Promise<void> {
  const createdAt = new Date(Date.now() - days * 86_400_000).toISOString();
  await deps.db
    .updateTable('users')
    .set({ created_at: createdAt })
    .where('id', '=', userId)
    .execute();
}
