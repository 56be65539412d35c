import { nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { isCoordinator, requireActor, type Actor } from '../accounts/actor.ts';
import * as queue from './moderation-queue.queries.ts';
import { mayOpenModeration } from './moderation.policy.ts';
import { subjectsOf } from './moderation.queries.ts';
import { rightsIn, type SubjectRef } from './subjects.ts';
import { selectActiveSuspensions, type SuspensionRow } from './suspensions-write.queries.ts';

// The moderators' queue and log: coordinators see every subject, facilitators the subjects they
// moderate (asked of each subject present, so the cost follows the queue, not the platform).

export interface ReportedPost extends queue.QueuedPost {
  reports: queue.OpenReport[];
  /** Reason → how many open reports give it. */
  reasons: Array<{ reason: string; count: number }>;
}

export interface ModerationQueue {
  reported: ReportedPost[];
  held: queue.QueuedPost[];
  suspensions: SuspensionRow[];
}

const LOG_PAGE_SIZE = 50;

function requireModerator(actor: Actor | null): Actor {
  const who = requireActor(actor);
  if (!mayOpenModeration(who)) throw new AppError('FORBIDDEN', 'moderation.errors.notModerator');
  return who;
}

/** Which of the subjects the actor moderates (all of them for a coordinator). */
async function moderated(deps: Deps, actor: Actor, subjects: SubjectRef[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const s of subjects)
    if (isCoordinator(actor) || (await rightsIn(deps, actor, s)).moderate)
      out.add(`${s.kind}:${s.id}`);
  return out;
}

const key = (s: { kind: string; id: number }) => `${s.kind}:${s.id}`;

/** Open reports, held posts and suspensions in force that the actor moderates, oldest first. */
export async function getQueue(deps: Deps, actor: Actor | null): Promise<ModerationQueue> {
  const who = requireModerator(actor);
  const [{ posts, reports }, held, suspensions] = await Promise.all([
    queue.selectReportedPosts(deps.db),
    queue.selectHeldPosts(deps.db),
    selectActiveSuspensions(deps.db, nowIso()),
  ]);
  const subjects = new Map<string, SubjectRef>();
  for (const p of [...posts, ...held]) subjects.set(key(p.subject), p.subject);
  for (const s of suspensions)
    for (const ref of subjectsOf([{ kind: s.subjectKind ?? '', id: s.subjectId ?? 0 }]))
      subjects.set(key(ref), ref);
  const mine = await moderated(deps, who, [...subjects.values()]);
  const reported = posts
    .filter((p) => mine.has(key(p.subject)))
    .map((p) => {
      const own = reports.filter((r) => r.postId === p.postId);
      const counts = new Map<string, number>();
      for (const r of own) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
      return {
        ...p,
        reports: own,
        reasons: [...counts].map(([reason, count]) => ({ reason, count })),
      };
    });
  return {
    reported,
    held: held.filter((p) => mine.has(key(p.subject))),
    suspensions: suspensions.filter((s) =>
      s.subjectKind === null ? isCoordinator(who) : mine.has(`${s.subjectKind}:${s.subjectId}`),
    ),
  };
}

/** A page of the log of the subjects the actor moderates (coordinators: all), newest first. */
export async function getLog(
  deps: Deps,
  actor: Actor | null,
  page: number,
): Promise<{ entries: queue.LogEntry[]; hasNext: boolean }> {
  const who = requireModerator(actor);
  let subjects: SubjectRef[] | 'all' = 'all';
  if (!isCoordinator(who)) {
    const logged = await queue.selectLoggedSubjects(deps.db);
    const mine = await moderated(deps, who, logged);
    subjects = logged.filter((s) => mine.has(key(s)));
  }
  const rows = await queue.selectLog(
    deps.db,
    subjects,
    (page - 1) * LOG_PAGE_SIZE,
    LOG_PAGE_SIZE + 1,
  );
  return { entries: rows.slice(0, LOG_PAGE_SIZE), hasNext: rows.length > LOG_PAGE_SIZE };
}
