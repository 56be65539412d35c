import { nowIso, type Db } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { queueEmail } from '../../mail/mail.ts';
import { AppError } from '../../web/errors.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import { reviewEmail } from './course-mail.ts';
import * as q from './courses.queries.ts';
import { canReview } from './courses.policy.ts';
import { loadEditableCourse } from './courses.service.ts';
import * as l from './lessons.queries.ts';
import * as r from './review.queries.ts';

// The review cycle: an author submits a draft, a coordinator publishes it or sends it back.

export function requireReviewer(actor: Actor | null): Actor {
  const who = requireActor(actor);
  if (!canReview(who)) throw new AppError('FORBIDDEN', 'courses.errors.notReviewer');
  return who;
}

/** The courses waiting for review, oldest first (coordinators). */
export async function listReviewQueue(deps: Deps, actor: Actor | null): Promise<q.CourseListRow[]> {
  requireReviewer(actor);
  return q.selectCourseList(deps.db, {
    organisationId: null,
    status: 'in_review',
    oldestFirst: true,
  });
}

async function changeStatus(
  db: Db,
  who: Actor,
  course: q.Course,
  action: string,
  change: Parameters<typeof r.updateStatus>[2],
  details: Record<string, unknown> = {},
): Promise<string> {
  const now = nowIso();
  if (!(await r.updateStatus(db, course.id, change, now)))
    throw new AppError('CONFLICT', 'courses.errors.wrongStatus');
  await q.insertAuditEvent(
    db,
    { actorId: who.id, action, subjectId: course.id, details: { from: course.status, ...details } },
    now,
  );
  return now;
}

/** Sends a draft to review; it needs at least one lesson. */
export async function submitCourse(deps: Deps, actor: Actor | null, id: string): Promise<number> {
  const { who, course } = await loadEditableCourse(deps, actor, id, 'change');
  if (course.status !== 'draft') throw new AppError('CONFLICT', 'courses.errors.wrongStatus');
  if ((await l.countLessons(deps.db, course.id)) === 0)
    throw new AppError('VALIDATION', 'courses.errors.needsLesson');
  await deps.db
    .transaction()
    .execute((tx) =>
      changeStatus(tx, who, course, 'course.submit', { from: ['draft'], to: 'in_review' }),
    );
  return course.id;
}

/** Publishes a course under review (or a draft); its editors are told by e-mail. */
export async function publishCourse(deps: Deps, actor: Actor | null, id: string): Promise<number> {
  requireReviewer(actor);
  const { who, course } = await loadEditableCourse(deps, actor, id, 'change');
  if ((await l.countLessons(deps.db, course.id)) === 0)
    throw new AppError('VALIDATION', 'courses.errors.needsLesson');
  await deps.db.transaction().execute(async (tx) => {
    const now = nowIso();
    await changeStatus(tx, who, course, 'course.publish', {
      from: ['draft', 'in_review'],
      to: 'published',
      reviewComment: '',
      publishedAt: now,
    });
    await tellEditors(deps, tx, course, 'published', '');
  });
  return course.id;
}

/** Returns a course under review to its authors with a comment they must read; they are e-mailed. */
export async function sendBackCourse(
  deps: Deps,
  actor: Actor | null,
  id: string,
  comment: string,
): Promise<number> {
  requireReviewer(actor);
  const { who, course } = await loadEditableCourse(deps, actor, id, 'change');
  await deps.db.transaction().execute(async (tx) => {
    await changeStatus(
      tx,
      who,
      course,
      'course.send-back',
      { from: ['in_review'], to: 'draft', reviewComment: comment },
      { comment },
    );
    await tellEditors(deps, tx, course, 'sentBack', comment);
  });
  return course.id;
}

async function tellEditors(
  deps: Deps,
  tx: Db,
  course: q.Course,
  outcome: 'published' | 'sentBack',
  comment: string,
): Promise<void> {
  const texts = await q.selectTranslations(tx, course.id);
  const titles = Object.fromEntries(texts.map((t) => [t.language, t.title]));
  for (const editor of await r.selectEditors(tx, course))
    await queueEmail(
      tx,
      reviewEmail(deps.config, editor, outcome, { id: course.id, titles, comment }),
    );
}
