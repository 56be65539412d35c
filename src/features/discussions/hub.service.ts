import type { Deps } from '../../deps.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import { selectSubjectStats, type SubjectStats } from './hub.queries.ts';
import {
  describeSubject,
  subjectsOf,
  type SubjectDescription,
  type SubjectRef,
} from './subjects.ts';
import { findThreads } from './thread-search.service.ts';
import { threadsInOrder, withNewPosts, type ListedThread } from './thread-list.service.ts';

// The discussions hub: the actor's subjects with their figures, and search across all of them.

export interface HubSubject extends SubjectStats {
  subject: SubjectRef;
  description: SubjectDescription;
}

/** The actor's runs, events, exchanges and twinnings, then the themes, with threads and news. */
export async function hubSubjects(
  deps: Deps,
  actor: Actor | null,
  lang: string,
): Promise<HubSubject[]> {
  const signedIn = requireActor(actor);
  const subjects = await subjectsOf(deps, signedIn);
  const [stats, descriptions] = await Promise.all([
    selectSubjectStats(deps.db, signedIn.id, subjects),
    Promise.all(subjects.map((s) => describeSubject(deps, s, lang))),
  ]);
  const list: HubSubject[] = [];
  subjects.forEach((subject, i) => {
    const description = descriptions[i];
    if (!description) return;
    const figures = stats.get(`${subject.kind}:${subject.id}`) ?? { threads: 0, withNew: 0 };
    list.push({ subject, description, ...figures });
  });
  return list;
}

export interface SearchResult extends ListedThread {
  where: SubjectDescription;
}

/** Threads matching the query in every subject of the actor (themes included), best first. */
export async function searchAllThreads(
  deps: Deps,
  actor: Actor | null,
  query: string,
  lang: string,
): Promise<{ results: SearchResult[]; total: number }> {
  const signedIn = requireActor(actor);
  if (query === '') return { results: [], total: 0 };
  const subjects = await subjectsOf(deps, signedIn);
  const matches = await findThreads(deps, subjects, query, signedIn.id);
  const rows = await threadsInOrder(deps, matches.ids);
  const threads = await withNewPosts(deps, signedIn, rows, matches.mark);
  // Each subject's name once, however many of its threads were found.
  const names = new Map<string, SubjectDescription | undefined>();
  for (const t of threads) {
    const key = `${t.subject.kind}:${t.subject.id}`;
    if (!names.has(key)) names.set(key, await describeSubject(deps, t.subject, lang));
  }
  const results = threads.flatMap((t) => {
    const where = names.get(`${t.subject.kind}:${t.subject.id}`);
    return where ? [{ ...t, where }] : [];
  });
  return { results, total: matches.total };
}
