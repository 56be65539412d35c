import { inTransaction, nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { isCoordinator, requireActor, type Actor } from '../accounts/actor.ts';
import { notify } from '../notifications/notify.ts';
import { insertAction, selectOfficial } from './moderation.queries.ts';
import { maySuspend, maySuspendEverywhere } from './moderation.policy.ts';
import type { SuspensionInput, SuspensionTarget } from './moderation.schema.ts';
import { rightsIn, subjectExists, type SubjectRef } from './subjects.ts';
import * as q from './suspensions-write.queries.ts';

// Suspending an official from posting: in a subject by its moderators, everywhere by coordinators.

export interface SuspensionForm {
  official: { id: number; name: string };
  subject: SubjectRef | null;
  mayChooseEverywhere: boolean;
}

/** 404 for a subject the actor cannot see (or that does not exist); 403 if they do not moderate it. */
async function requireModeratorOf(deps: Deps, actor: Actor, subject: SubjectRef): Promise<void> {
  if (!(await subjectExists(deps, subject)))
    throw new AppError('NOT_FOUND', 'discussions.errors.notFound');
  const rights = await rightsIn(deps, actor, subject);
  if (!rights.read && !isCoordinator(actor))
    throw new AppError('NOT_FOUND', 'discussions.errors.notFound');
  if (!rights.moderate && !isCoordinator(actor))
    throw new AppError('FORBIDDEN', 'discussions.errors.notAllowed');
}

/** Whom the form suspends and where, once the actor may do so (else 403/404). */
export async function getSuspensionForm(
  deps: Deps,
  actor: Actor | null,
  target: SuspensionTarget,
): Promise<SuspensionForm> {
  const who = requireActor(actor);
  const subject = target.kind && target.subject ? { kind: target.kind, id: target.subject } : null;
  if (subject) await requireModeratorOf(deps, who, subject);
  else if (!maySuspendEverywhere(who))
    throw new AppError('FORBIDDEN', 'moderation.errors.notModerator');
  const official = await selectOfficial(deps.db, target.user);
  if (!official) throw new AppError('NOT_FOUND', 'moderation.errors.officialNotFound');
  if (!maySuspend(who, official))
    throw new AppError('FORBIDDEN', 'moderation.errors.cannotSuspend');
  return {
    official: { id: official.id, name: official.name },
    subject,
    mayChooseEverywhere: maySuspendEverywhere(who),
  };
}

/**
 * Suspends the official from posting in the subject (or everywhere, coordinators only) until the
 * end date's end or until lifted; logs it and tells them, in one transaction. Returns its id.
 */
export async function suspend(
  deps: Deps,
  actor: Actor | null,
  target: SuspensionTarget,
  input: SuspensionInput,
): Promise<number> {
  const form = await getSuspensionForm(deps, actor, target);
  const who = requireActor(actor);
  const everywhere = input.scope === 'everywhere';
  if (everywhere && !form.mayChooseEverywhere)
    throw new AppError('FORBIDDEN', 'moderation.errors.notModerator');
  if (!everywhere && !form.subject)
    throw new AppError('VALIDATION', 'moderation.errors.subjectRequired', {
      fields: { scope: 'moderation.errors.subjectRequired' },
    });
  const subject = everywhere ? null : form.subject;
  // The suspension ends when the chosen day is over (UTC).
  const endsAt = input.endsOn
    ? new Date(Date.parse(`${input.endsOn}T00:00:00Z`) + 86_400_000).toISOString()
    : null;
  return inTransaction(deps.db, async (tx) => {
    const now = nowIso();
    const id = await q.insertSuspension(tx, {
      userId: form.official.id,
      subject,
      reason: input.reason,
      endsAt,
      by: who.id,
      now,
    });
    await insertAction(tx, {
      actorId: who.id,
      action: 'suspend',
      subject,
      userId: form.official.id,
      reason: input.reason,
      now,
    });
    await notify(tx, deps.config, {
      kind: 'moderation',
      message: 'moderation.notify.suspended',
      params: { reason: input.reason },
      link: subject ? `/discussions/${subject.kind}/${subject.id}` : '/discussions',
      recipients: [form.official.id],
      actorId: who.id,
      source: `suspension:${id}`,
    });
    return id;
  });
}

/** Lifts a suspension in force (409 if lifted already); logs it and tells the official. */
export async function liftSuspension(deps: Deps, actor: Actor | null, id: number): Promise<void> {
  const who = requireActor(actor);
  const row = await q.selectSuspension(deps.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'moderation.errors.suspensionNotFound');
  const subject =
    row.subjectKind !== null && row.subjectId !== null
      ? ({ kind: row.subjectKind, id: row.subjectId } as SubjectRef)
      : null;
  if (subject) await requireModeratorOf(deps, who, subject);
  else if (!maySuspendEverywhere(who))
    throw new AppError('FORBIDDEN', 'moderation.errors.notModerator');
  await inTransaction(deps.db, async (tx) => {
    const now = nowIso();
    if (!(await q.liftSuspension(tx, id, who.id, now)))
      throw new AppError('CONFLICT', 'moderation.errors.suspensionLifted');
    await insertAction(tx, { actorId: who.id, action: 'lift', subject, userId: row.userId, now });
    await notify(tx, deps.config, {
      kind: 'moderation',
      message: 'moderation.notify.lifted',
      link: subject ? `/discussions/${subject.kind}/${subject.id}` : '/discussions',
      recipients: [row.userId],
      actorId: who.id,
      source: `lift:${id}`,
    });
  });
}
